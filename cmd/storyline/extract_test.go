package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	prose := "Foreign ministers of the two countries met in Geneva on Tuesday to discuss regional security and trade."
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rec := func(uri, text string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(text), text)
	}
	var gz bytes.Buffer
	for _, r := range []string{rec("http://a.test/1", "One. "+prose), rec("http://a.test/2", "Two. "+prose)} {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		zw.Close()
	}
	paths := []string{
		write("a.txt", []byte("Home\nMinisters meet in Geneva\n"+prose+"\n")),
		write("b.txt", nil), // empty: an error line, the rest goes on
		write("c.wet.gz", gz.Bytes()),
		write("d.html", []byte("<html><body><article><p>"+prose+"</p></article></body></html>")),
	}
	var out bytes.Buffer
	err := extractTo(context.Background(), &out, paths, "jsonl", 2)
	if !errors.Is(err, errFailedInputs) {
		t.Errorf("extract = %v, want errFailedInputs for the empty file", err)
	}
	var sources []string
	for line := range strings.Lines(out.String()) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		var keys []string
		for k := range rec {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if want := "body duplicate_of kind language language_confidence published publisher source title uri"; strings.Join(keys, " ") != want {
			t.Errorf("fields %v, want %s", keys, want)
		}
		if !strings.Contains(rec["body"].(string), "met in Geneva on Tuesday") {
			t.Errorf("%v: body %q lacks the article", rec["source"], rec["body"])
		}
		sources = append(sources, filepath.Base(rec["source"].(string)))
	}
	want := []string{"a.txt", "c.wet.gz#0", "c.wet.gz#" + fmt.Sprint(gzipMemberLen(t, gz.Bytes())), "d.html"}
	if !slices.Equal(sources, want) {
		t.Errorf("sources %v, want %v (input order, record offsets)", sources, want)
	}
}

// gzipMemberLen is the compressed length of the first gzip member of data.
func gzipMemberLen(t *testing.T, data []byte) int {
	t.Helper()
	r := bytes.NewReader(data)
	zr, err := gzip.NewReader(r)
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	if _, err := zr.Read(make([]byte, 1<<16)); err != nil && err.Error() != "EOF" {
		t.Fatal(err)
	}
	for {
		if _, err := zr.Read(make([]byte, 1<<16)); err != nil {
			break
		}
	}
	return len(data) - r.Len()
}

// TestExtractLinksCopies checks that extract fills duplicate_of: a copy of
// an article, later in the input, points at the first one; distinct
// articles point at nothing.
func TestExtractLinksCopies(t *testing.T) {
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) < 2 {
		t.Fatalf("sample captures missing: %v", err)
	}
	dir := t.TempDir()
	raw, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "copy.txt")
	if err := os.WriteFile(copyPath, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := extractTo(context.Background(), &out, append(slices.Clone(seeds), copyPath), "jsonl", 2); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{}
	for line := range strings.Lines(out.String()) {
		var rec struct {
			Source      string  `json:"source"`
			DuplicateOf *string `json:"duplicate_of"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.DuplicateOf != nil {
			links[rec.Source] = *rec.DuplicateOf
		}
	}
	want := map[string]string{copyPath: seeds[0]}
	if !maps.Equal(links, want) {
		t.Errorf("duplicate links %v, want %v", links, want)
	}
}
