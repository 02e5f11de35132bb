package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"storyline/internal/store"
)

// runSearch prints the articles matching a full-text query, best first, with
// a snippet around the matches.
func runSearch(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	limit := fs.Int("limit", 20, "at most this many articles")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline search [--db URL] [--limit N] [--format text|jsonl] QUERY\n\n"+
			"Full-text search over the stored articles. QUERY takes words (all must match,\n"+
			"stemmed), \"quoted phrases\", -excluded words and OR, e.g.\n"+
			"  storyline search '\"extended deterrence\" -korea'\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	if *limit < 1 {
		return fmt.Errorf("--limit %d: want at least 1", *limit)
	}
	if *format != "text" && *format != "jsonl" {
		return fmt.Errorf("unknown --format %q: want text or jsonl", *format)
	}
	query := strings.Join(fs.Args(), " ")
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	hits, err := s.Search(ctx, query, *limit)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(queryOutput)
	defer out.Flush()
	if *format == "jsonl" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	bold, plain := store.MarkStart, store.MarkEnd
	if f, ok := queryOutput.(*os.File); ok && isTerminal(f) {
		bold, plain = "\x1b[1m", "\x1b[0m"
	}
	for i, h := range hits {
		title := h.Title
		if title == "" {
			title = "(no title)"
		}
		meta := []string{h.Source}
		if h.Publisher != nil {
			meta = append(meta, *h.Publisher)
		}
		if h.Published != nil {
			meta = append(meta, *h.Published)
		}
		snippet := strings.Join(strings.Fields(h.Snippet), " ")
		snippet = strings.NewReplacer(store.MarkStart, bold, store.MarkEnd, plain).Replace(snippet)
		fmt.Fprintf(out, "%d. %s\n   %s · article %s\n   %s\n\n", i+1, title, strings.Join(meta, " · "), h.ArticleID, snippet)
	}
	if len(hits) == 0 {
		fmt.Fprintf(os.Stderr, "no articles match %q\n", query)
	}
	return nil
}
