package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"storyline/internal/bench"
)

// runGencorpus writes a synthetic corpus for `storyline bench`.
func runGencorpus(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	var opts bench.CorpusOptions
	fs.IntVar(&opts.Articles, "n", 10000, "number of pages to write")
	fs.Uint64Var(&opts.Seed, "seed", 1, "random seed: the same seed and flags give the same corpus")
	format := fs.String("format", "wet", "page format: wet (text captures in WET archives), warc (HTML pages in WARC archives) or txt (one text file per page)")
	fs.IntVar(&opts.PerFile, "per-file", 1000, "pages per archive, or per folder of text files")
	fs.Float64Var(&opts.DuplicateRate, "dup", 0.25, "share of pages that copy an earlier page (exact, trimmed or reworded); 0 or less for none")
	start := fs.String("start", "2022-01-01", "first publication `date`")
	fs.IntVar(&opts.Days, "days", 730, "days the corpus spans")
	order := fs.String("order", "time", "how publication dates follow the archives: time (rising from the first archive to the last, as a process following feeds captures news) or random (each archive's pages from all over the span, as when an archive is loaded out of order)")
	fs.IntVar(&opts.Workers, "workers", 0, "files written at once (0 = GOMAXPROCS)")
	captures := fs.String("captures", "", "more captures whose prose is reused (`file or folder`), beside the bundled ones")
	pages := fs.String("pages", "", "article-extraction benchmark `folder`: prose from ground-truth.json, page templates from html/; gives the variety of the figures in BENCHMARKS.md")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline gencorpus [flags] DIR\n\n"+
			"Writes a synthetic news corpus into DIR for 'storyline bench': new articles recombined\n"+
			"from prose, each with political event sentences, copies and rewordings at the --dup rate,\n"+
			"and page furniture. The prose and page skeletons bundled in the binary (the sample captures\n"+
			"and text the project wrote) need no other file; --captures and --pages add more. Bundled\n"+
			"prose is a few hundred sentences, so originals share runs of it: for dedup figures, add the\n"+
			"extraction benchmark with --pages. DIR/.corpus.json says what was written; DIR/.truth/\n"+
			"holds each page's kind and the page it copies.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return flag.ErrHelp
	}
	opts.Format = bench.Format(strings.ToLower(*format))
	opts.Order = bench.Order(strings.ToLower(*order))
	if opts.DuplicateRate <= 0 {
		opts.DuplicateRate = -1
	}
	t, err := time.Parse("2006-01-02", *start)
	if err != nil {
		return fmt.Errorf("parse --start %q: %w", *start, err)
	}
	opts.Start = t
	m, err := bench.LoadMaterial(ctx, bench.MaterialSources{Bundled: true, Captures: *captures, Pages: *pages})
	if err != nil {
		return err
	}
	st, err := bench.WriteCorpus(ctx, fs.Arg(0), m, opts)
	if err != nil {
		return err
	}
	fmt.Printf("gencorpus %s: format=%s pages=%d original=%d exact=%d trimmed=%d reworded=%d files=%d page_MB=%.1f disk_MB=%.1f seconds=%.1f (material: %d sentences, %d page templates)\n",
		fs.Arg(0), st.Format, st.Articles, st.Kinds["original"], st.Kinds["exact"], st.Kinds["trimmed"], st.Kinds["reworded"],
		st.Files, float64(st.PageBytes)/1e6, float64(st.FileBytes)/1e6, st.Seconds, m.Sentences(), m.Templates())
	return nil
}
