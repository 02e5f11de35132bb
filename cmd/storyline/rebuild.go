package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"storyline/internal/store"
)

// runRebuild links every stored article and merges every report again, from
// scratch: what ingest does for new articles only.
func runRebuild(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("rebuild", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline rebuild [--db URL]\n\n"+
			"Links every stored article to the article it copies and merges every report into\n"+
			"events again, from scratch, writing only what changed. Ingest does the same for the\n"+
			"articles it adds and those they touch, with the same result; a full rebuild is for\n"+
			"after a change of the duplicate or merge rules.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	start := time.Now()
	st, err := s.Rebuild(ctx, store.RebuildOptions{Full: true})
	if err != nil {
		return err
	}
	slog.Info("rebuild: done", "articles", st.Articles, "duplicates", st.Duplicates, "relinked", st.Relinked,
		"reports", st.Reports, "events", st.Events, "inserted", st.Inserted, "updated", st.Updated, "deleted", st.Deleted,
		"seconds", round(time.Since(start).Seconds()))
	return nil
}
