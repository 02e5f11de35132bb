package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"time"

	"storyline/internal/coder"
	"storyline/internal/store"
	"storyline/internal/watch"
)

// runWatch follows news feeds: a round every --every fetches the new
// articles they list into WARC files and ingests them.
func runWatch(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	feeds := fs.String("feeds", "", "`file` listing feed addresses (RSS, Atom, sitemap or news sitemap), one a line, '#' comments")
	every := fs.Duration("every", 15*time.Minute, "time from the start of one round to the start of the next")
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	archive := fs.String("archive", "archive", "`folder` of the WARC files every fetch is written to")
	contact := fs.String("contact", "", "your e-mail address or web page, sent in the User-Agent so site owners can reach you (required)")
	once := fs.Bool("once", false, "run one round and stop")
	delay := fs.Duration("delay", time.Second, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit of one request, body included")
	maxBytes := fs.Int64("max-bytes", 16<<20, "largest response body kept, in `bytes`; larger pages are dropped")
	maxFile := fs.Int64("max-file", 1<<30, "size in `bytes` at which an archive file is closed and a new one begun (also on the hour)")
	actorsFile := fs.String("actors", "", "extra actor `file` (same format as the embedded tables)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline watch --feeds FILE --contact ADDRESS [--every 15m] [--db URL] [--archive DIR] [--once]\n\n"+
			"Follows news feeds. Each round reads every feed (conditional GET), fetches the\n"+
			"articles not fetched before — obeying robots.txt, one request at a time per host\n"+
			"— writes every fetch to a gzip WARC file in the archive folder, and ingests the\n"+
			"round's file into the store. What was fetched is kept in the store, so a\n"+
			"restarted watch fetches nothing again. One line is logged per round.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *feeds == "" {
		fs.Usage()
		return flag.ErrHelp
	}
	if *every < time.Minute && !*once {
		return errors.New("--every must be at least 1m: feeds are not refreshed faster, and hosts deserve the rest")
	}
	list, err := watch.ReadFeedList(*feeds)
	if err != nil {
		return err
	}
	opts, err := coderOptions(*actorsFile)
	if err != nil {
		return err
	}
	s, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()

	var ingested store.Stats
	w, err := watch.New(watch.Options{
		Feeds: list, Archive: *archive, Contact: *contact, Version: moduleVersion(),
		Delay: *delay, Timeout: *timeout, MaxBytes: *maxBytes, MaxFileSize: *maxFile, Worker: workerName(),
		Ingest: func(ctx context.Context, files []string) error {
			st, err := ingestFiles(ctx, s, files, opts)
			ingested = st
			return err
		},
	}, s)
	if err != nil {
		return err
	}
	defer w.Close()
	return w.Run(ctx, *every, *once, func(r watch.RoundStats) {
		slog.Info("watch: round", "round", r.Round, "feeds", r.Feeds, "unchanged", r.FeedsUnchanged, "feed_errors", r.FeedErrors,
			"listed", r.Listed, "new", r.New, "fetched", r.Fetched, "failed", r.Failed, "bytes", r.Bytes,
			"files", len(r.Files), "articles", ingested.Articles, "events", ingested.Events, "seconds", round(r.Duration.Seconds()))
	})
}

// ingestFiles is `storyline ingest FILES` in this process: the files are
// registered as inputs and the ingester runs over every pending input.
// With nothing new to do it does nothing, so a restart that offers the
// archive folder again costs no rebuild. It gives the store's figures.
func ingestFiles(ctx context.Context, s *store.Store, files []string, opts coder.Options) (store.Stats, error) {
	added, err := s.AddInputs(ctx, files)
	if err != nil {
		return store.Stats{}, err
	}
	if claimable, _, err := s.Pending(ctx); err != nil || (added == 0 && claimable == 0) {
		return store.Stats{}, err
	}
	in := &ingester{
		store: s, workers: 2 * runtime.GOMAXPROCS(0), lease: 30 * time.Second, batch: 64, coder: opts,
		worker: workerName(), finished: make(chan struct{}, 1),
	}
	if err := in.run(ctx, "none"); err != nil && !errors.Is(err, errFailedInputs) {
		return store.Stats{}, err
	}
	return s.Stats(ctx)
}

// moduleVersion is the module version the binary was built as, or "".
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return ""
}
