package capture

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// warcRecord builds one WARC record with the given type, headers and block.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-07-22T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, contentType, len(block), block)
}

func httpResponse(headers, body string) string {
	return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body
}

func gzipMembers(parts ...string) []byte {
	var buf bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(p))
		zw.Close()
	}
	return buf.Bytes()
}

// readAll drains a Reader, collecting captures and per-input errors.
func readAll(t *testing.T, r *Reader) ([]Capture, []*InputError) {
	t.Helper()
	var caps []Capture
	var errs []*InputError
	for {
		c, err := r.Next()
		if err == io.EOF {
			return caps, errs
		}
		var ie *InputError
		if errors.As(err, &ie) {
			errs = append(errs, ie)
			continue
		}
		if err != nil {
			t.Fatalf("Next: unexpected final error %v", err)
		}
		caps = append(caps, c)
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReaderWARC(t *testing.T) {
	page := "<html><head><title>T</title></head><body><p>Hello world.</p></body></html>"
	chunk1, chunk2 := "<html><body><p>Chunked pa", "ge.</p></body></html>"
	chunked := fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", len(chunk1), chunk1, len(chunk2), chunk2)
	records := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "http://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\n\r\n"),
		warcRecord("response", "http://a.example/1", "application/http; msgtype=response",
			httpResponse("Content-Type: text/html; charset=utf-8\r\n", page)),
		warcRecord("response", "http://a.example/img", "application/http; msgtype=response",
			httpResponse("Content-Type: image/png\r\n", "\x89PNG....")),
		warcRecord("response", "http://a.example/2", "application/http; msgtype=response",
			httpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked)),
		warcRecord("metadata", "http://a.example/2", "application/warc-fields", "via: x\r\n"),
		warcRecord("conversion", "http://a.example/3", "text/plain", "Plain text of page three."),
	}
	want := []struct{ uri, ct, body string }{
		{"http://a.example/1", "text/html; charset=utf-8", page},
		{"http://a.example/2", "text/html", "<html><body><p>Chunked page.</p></body></html>"},
		{"http://a.example/3", "text/plain", "Plain text of page three."},
	}
	dir := t.TempDir()
	plain := writeFile(t, dir, "a.warc", []byte(strings.Join(records, "")))
	gz := writeFile(t, dir, "a.warc.gz", gzipMembers(records...))
	whole := writeFile(t, dir, "whole.warc.gz", gzipMembers(strings.Join(records, "")))
	for _, path := range []string{plain, gz, whole} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			caps, errs := readAll(t, Open(context.Background(), []string{path}))
			if len(errs) != 0 {
				t.Fatalf("errors: %v", errs)
			}
			if len(caps) != len(want) {
				t.Fatalf("got %d captures, want %d", len(caps), len(want))
			}
			seen := map[string]bool{}
			for i, c := range caps {
				if c.URI != want[i].uri || c.ContentType != want[i].ct || string(c.Body) != want[i].body {
					t.Errorf("capture %d = %q %q %q, want %+v", i, c.URI, c.ContentType, c.Body, want[i])
				}
				if !strings.HasPrefix(c.Source, path+"#") || seen[c.Source] {
					t.Errorf("capture %d source %q: want unique %s#N", i, c.Source, path)
				}
				seen[c.Source] = true
				if c.FetchedAt.IsZero() {
					t.Errorf("capture %d: no FetchedAt", i)
				}
			}
		})
	}
	// Offsets name where the record starts in the file (plain) or where its
	// gzip member starts (compressed).
	caps, _ := readAll(t, Open(context.Background(), []string{plain}))
	data, _ := os.ReadFile(plain)
	for _, c := range caps {
		var off int
		fmt.Sscanf(c.Source[strings.LastIndex(c.Source, "#")+1:], "%d", &off)
		if !bytes.HasPrefix(data[off:], []byte("WARC/1.0")) {
			t.Errorf("%s: no record at that offset", c.Source)
		}
	}
	caps, _ = readAll(t, Open(context.Background(), []string{gz}))
	data, _ = os.ReadFile(gz)
	for _, c := range caps {
		var off int
		fmt.Sscanf(c.Source[strings.LastIndex(c.Source, "#")+1:], "%d", &off)
		zr, err := gzip.NewReader(bytes.NewReader(data[off:]))
		if err != nil {
			t.Errorf("%s: no gzip member at that offset: %v", c.Source, err)
			continue
		}
		zr.Multistream(false)
		rec, _ := io.ReadAll(zr)
		if !strings.Contains(string(rec), c.URI) {
			t.Errorf("%s: member does not hold %s", c.Source, c.URI)
		}
	}
}

func TestReaderBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := warcRecord("conversion", "http://a.example/ok", "text/plain", "Good page text.")
	full := gzipMembers(good, good)
	huge := bytes.Repeat([]byte("a"), MaxPageSize+10) // one line longer than the page cap
	tests := []struct {
		name string
		data []byte
		want string // in the error text
		is   error
		ok   int // captures still read from this input
	}{
		{"empty.txt", nil, "empty", ErrEmpty, 0},
		{"blank.html", []byte(" \n\t\n"), "empty", ErrEmpty, 0},
		{"binary.txt", []byte("abc\x00\x01\x02def"), "binary", ErrBinary, 0},
		{"image.html", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...), "binary", ErrBinary, 0},
		{"huge-line.txt", huge, "limit", ErrTooLarge, 0},
		{"truncated.html.gz", gzipMembers("<html><body><p>some text here</p></body></html>")[:30], "truncated", nil, 0},
		{"truncated.warc.gz", full[:len(full)-20], "truncated", nil, 1},
		{"truncated.warc", []byte(good + good[:len(good)-30]), "truncated", nil, 1},
		{"badlength.warc", []byte("WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: x\r\n\r\n"), "Content-Length", nil, 0},
		{"longheader.warc", []byte("WARC/1.0\r\nX: " + strings.Repeat("y", maxHeaderLine+5) + "\r\n\r\n"), "longer than", nil, 0},
		{"garbage-after.warc.gz", append(gzipMembers(good), "not gzip at all"...), "gzip", nil, 1},
		// A malformed record is reported; the reader goes on at the next
		// line that starts a record, or at the next gzip member.
		{"garbage-between.warc", []byte(good + "stray bytes\r\nmore\r\n" + good), "no WARC version line", nil, 2},
		{"badlength-between.warc", []byte(good + strings.Replace(good, "Length: ", "Length: x", 1) + good), "bad Content-Length", nil, 2},
		{"short-length.warc.gz", gzipMembers(good, strings.Replace(good, "Length: 15", "Length: 5", 1), good), "does not end the record", nil, 2},
		{"long-length.warc", []byte(strings.Replace(good, "Length: 15", "Length: 25", 1) + good + good), "does not end the record", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, dir, tt.name, tt.data)
			caps, errs := readAll(t, Open(context.Background(), []string{path}))
			if len(caps) != tt.ok {
				t.Errorf("got %d captures, want %d", len(caps), tt.ok)
			}
			if len(errs) != 1 {
				t.Fatalf("got %d errors %v, want 1", len(errs), errs)
			}
			msg := errs[0].Error()
			if !strings.HasPrefix(msg, path) || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q: want it to name %s and say %q", msg, path, tt.want)
			}
			if tt.is != nil && !errors.Is(errs[0], tt.is) {
				t.Errorf("error %v is not %v", errs[0], tt.is)
			}
		})
	}
}

func TestReaderOversizeRecordSkipped(t *testing.T) {
	big := warcRecord("conversion", "http://a.example/big", "text/plain", strings.Repeat("x", maxRecordSize+1))
	small := warcRecord("conversion", "http://a.example/small", "text/plain", "small page")
	path := writeFile(t, t.TempDir(), "big.warc", []byte(big+small))
	caps, errs := readAll(t, Open(context.Background(), []string{path}))
	if len(caps) != 1 || caps[0].URI != "http://a.example/small" {
		t.Errorf("captures %v: want the small page only", caps)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || errs[0].Source != path+"#0" {
		t.Errorf("errors %v: want one too-large error for %s#0", errs, path)
	}
}

func TestReaderFoldersAndOrder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/2.txt", []byte("two"))
	writeFile(t, dir, "a.html", []byte("<p>one</p>"))
	writeFile(t, dir, "b/1.htm.gz", gzipMembers("<p>gz</p>"))
	writeFile(t, dir, ".hidden/x.txt", []byte("hidden"))
	writeFile(t, dir, "c.txt", nil)
	single := writeFile(t, t.TempDir(), "z.txt", []byte("last"))
	caps, errs := readAll(t, Open(context.Background(), []string{dir, "/no/such/file", single}))
	var got []string
	for _, c := range caps {
		got = append(got, filepath.Base(c.Source)+"="+string(c.Body)+"("+c.ContentType+")")
	}
	want := "a.html=<p>one</p>(text/html) 1.htm.gz=<p>gz</p>(text/html) 2.txt=two(text/plain) z.txt=last(text/plain)"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	if len(errs) != 2 || !errors.Is(errs[0], ErrEmpty) || errs[1].Source != "/no/such/file" {
		t.Errorf("errors %v: want empty c.txt then missing file", errs)
	}
}

// A folder of links reads as the files and folders they lead to, each
// once, without looping; a dangling link is an error naming it.
func TestReaderFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "real/a.txt", []byte("alpha"))
	writeFile(t, dir, "real/b.txt", []byte("beta"))
	writeFile(t, dir, "real/deep/c.txt", []byte("gamma"))
	link := func(target, name string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("symbolic links: %v", err)
		}
	}
	link("../real/a.txt", "corpus/1.txt")
	link("../real/a.txt", "corpus/2.txt")         // the same file again: read once
	link("1.txt", "corpus/3.txt")                 // a link to a link to it: once
	link("../real", "corpus/more")                // a folder: a.txt taken already, b.txt and deep/ new
	link("..", "corpus/up")                       // back up the tree: no loop
	link("../real/none.txt", "corpus/broken.txt") // leads nowhere
	link("self", "corpus/self")                   // a link to itself
	link("../real/deep/c.txt", "corpus/.hidden")  // a dot name is skipped, link or not
	link("corpus", "top")                         // the input itself a link

	for _, tc := range []struct {
		name   string
		inputs []string
		want   string
	}{
		{"folder of links", []string{filepath.Join(dir, "corpus")}, "corpus/1.txt=alpha corpus/more/b.txt=beta corpus/more/deep/c.txt=gamma"},
		{"input is a link", []string{filepath.Join(dir, "top")}, "top/1.txt=alpha top/more/b.txt=beta top/more/deep/c.txt=gamma"},
		{"links and the files they lead to", []string{dir}, "corpus/1.txt=alpha corpus/more/b.txt=beta corpus/more/deep/c.txt=gamma"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			caps, errs := readAll(t, Open(context.Background(), tc.inputs))
			var got []string
			for _, c := range caps {
				rel, _ := filepath.Rel(dir, c.Source)
				got = append(got, filepath.ToSlash(rel)+"="+string(c.Body))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("got  %s\nwant %s", strings.Join(got, " "), tc.want)
			}
			var failed []string
			for _, e := range errs {
				failed = append(failed, filepath.Base(e.Source))
			}
			if strings.Join(failed, " ") != "broken.txt self" {
				t.Errorf("errors %v: want the dangling link and the link to itself", errs)
			}
		})
	}
}

func TestReaderStdin(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		ct   string
		n    int
	}{
		{"text", []byte("Just some text.\n"), "text/plain", 1},
		{"html", []byte("<!DOCTYPE html><html><body>x</body></html>"), "text/html", 1},
		{"warc.gz", gzipMembers(warcRecord("conversion", "u", "text/plain", "a"), warcRecord("conversion", "v", "text/plain", "b")), "text/plain", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			caps, errs := readAll(t, OpenReader(context.Background(), "-", bytes.NewReader(tt.data)))
			if len(errs) != 0 || len(caps) != tt.n || caps[0].ContentType != tt.ct {
				t.Errorf("got %d captures %v, errors %v; want %d of %s", len(caps), caps, errs, tt.n, tt.ct)
			}
		})
	}
}

func TestReaderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Open(ctx, []string{"x"}).Next(); !errors.Is(err, context.Canceled) {
		t.Errorf("Next after cancel = %v, want context.Canceled", err)
	}
}

// FuzzWARC feeds arbitrary bytes to the archive reader, plain and gzipped:
// it must not panic, must end, and every capture must be a bounded page
// named after the input.
func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRecord("response", "http://a/", "application/http; msgtype=response", httpResponse("Content-Type: text/html\r\n", "<p>x</p>"))))
	f.Add([]byte(warcRecord("conversion", "http://a/", "text/plain", "hello") + warcRecord("resource", "http://b/", "text/html", "<p>b</p>")))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
	f.Add([]byte(warcRecord("conversion", "http://a/", "text/plain", "hello") + "junk\r\n" + warcRecord("conversion", "http://b/", "text/plain", "bye")))
	f.Add([]byte(strings.Replace(warcRecord("conversion", "http://a/", "text/plain", "hello"), "Length: 5", "Length: 2", 1) + warcRecord("conversion", "http://b/", "text/plain", "bye")))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, in := range [][]byte{data, gzipMembers(string(data))} {
			caps, _ := readAll(t, OpenReader(context.Background(), "fuzz.warc", bytes.NewReader(in)))
			last := int64(-1)
			for _, c := range caps {
				if len(c.Body) > MaxPageSize || !strings.HasPrefix(c.Source, "fuzz.warc") {
					t.Fatalf("bad capture %q with %d bytes", c.Source, len(c.Body))
				}
				if c.Source == "fuzz.warc" { // not an archive: one page
					continue
				}
				// Records are read forward, skipping to the next after a
				// malformed one: offsets only grow.
				off, err := strconv.ParseInt(strings.TrimPrefix(c.Source, "fuzz.warc#"), 10, 64)
				if err != nil || off <= last || off >= int64(len(data)) {
					t.Fatalf("capture %q after offset %d in %d bytes", c.Source, last, len(data))
				}
				last = off
			}
		}
	})
}
