package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/pipeline"
)

func runExtract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: storyline extract [--format jsonl|text] [--workers N] PATH...

Prints the clean article of every capture in PATH: text and HTML files
(.html.gz too), WARC/WET archives (.warc, .warc.gz, .wet, .wet.gz), folders
(recursively), "-" for standard input, and http(s) addresses of pages and
archives (streamed, resumed by byte range when the connection breaks). One JSON object a line with
--format jsonl (the default). An input that cannot be read or holds no
article gets one line on stderr naming it and why; the others are still
extracted, and the exit status is 1.

`)
		fs.PrintDefaults()
	}
	format := fs.String("format", "jsonl", "output format: jsonl or text")
	workers := fs.Int("workers", 0, "extraction workers (0 = GOMAXPROCS)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "text" {
		return fmt.Errorf("unknown --format %q (want jsonl or text)", *format)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}

	return extractTo(ctx, os.Stdout, fs.Args(), *format, *workers)
}

// extractTo extracts the articles of paths in input order and writes them
// to w in format. Per-input failures are logged; errFailedInputs reports
// them at the end.
func extractTo(ctx context.Context, w io.Writer, paths []string, format string, workers int) error {
	out := bufio.NewWriterSize(w, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)

	// The pipeline stops after extraction and duplicate links: coding is
	// the code command's job.
	failed, n := 0, 0
	opts := pipeline.Options{Workers: workers, SkipCoding: true}
	err := pipeline.Run(ctx, paths, opts, func(r pipeline.Result) error {
		var ie *capture.InputError
		if errors.As(r.Err, &ie) {
			failed++
			slog.Error("skipped input", "input", ie.Source, "reason", ie.Err.Error())
			return nil
		}
		if r.Err != nil {
			return r.Err
		}
		n++
		if format == "text" {
			writeArticleText(out, r.Article)
			return nil
		}
		if err := enc.Encode(r.Article); err != nil {
			return fmt.Errorf("write article %s: %w", r.Article.Source, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed > 0 {
		slog.Error("extract finished with failed inputs", "articles", n, "failed", failed)
		return errFailedInputs
	}
	return nil
}

// writeArticleText prints an article for reading: a header of its metadata,
// then the body.
func writeArticleText(w io.Writer, a article.Article) {
	val := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	fmt.Fprintf(w, "=== %s\n", a.Source)
	fmt.Fprintf(w, "title:     %s\nuri:       %s\npublished: %s\npublisher: %s\nlanguage:  %s\ncopy of:   %s\n\n",
		a.Title, val(a.URI), val(a.Published), val(a.Publisher), a.Language, val(a.DuplicateOf))
	fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(a.Body))
}
