// Command pollevents measures how soon events become visible to queries
// while another process ingests: once a tick it asks the store, through the
// query `serve` answers /api/events?since= with (store.CountEvents with a
// Since filter), how many events there are and how many were written since
// it started, and prints one line a poll. Stopped (SIGINT, SIGTERM, or
// --for elapsed), it prints a summary: events/s visible over the run and the
// longest stretch in which no new event became visible.
//
//	go run ./scripts/pollevents --db sqlite:store.db [--every 1s] [--for 0] > polls.tsv
//
// It opens (and migrates) the store before it prints its first line, so a
// script can start the ingest after that line and know the store exists.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"storyline/internal/store"
)

func main() {
	db := flag.String("db", "", "store `URL` to poll (sqlite:PATH or postgres://...)")
	every := flag.Duration("every", time.Second, "time between polls")
	limit := flag.Duration("for", 0, "stop after this long (0 = at SIGINT or SIGTERM)")
	flag.Parse()
	if *db == "" || *every <= 0 {
		fmt.Fprintln(os.Stderr, "pollevents: --db is required and --every must be positive")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *limit > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *limit)
		defer cancel()
	}
	if err := run(ctx, *db, *every, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pollevents:", err)
		os.Exit(1)
	}
}

// poll is one answer: when it was asked (since the start), the events
// visible, those written since the start, and how long the two counts took.
type poll struct {
	at, took       time.Duration
	total, written int
	err            error
}

func run(ctx context.Context, dbURL string, every time.Duration, out io.Writer) error {
	st, err := store.Open(ctx, dbURL)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	fmt.Fprintf(out, "# polling %s every %s from %s\n", dbURL, every, start.UTC().Format(time.RFC3339))
	fmt.Fprintln(out, "t_s\tvisible\twritten_since_start\tquery_ms\terror")
	var polls []poll
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		p := ask(ctx, st, start)
		if p.err != nil && ctx.Err() != nil {
			break // stopped mid-query
		}
		polls = append(polls, p)
		msg := ""
		if p.err != nil {
			msg = p.err.Error()
		}
		fmt.Fprintf(out, "%.1f\t%d\t%d\t%d\t%s\n", p.at.Seconds(), p.total, p.written, p.took.Milliseconds(), msg)
		select {
		case <-ctx.Done():
			fmt.Fprint(out, summarize(polls))
			return nil
		case <-tick.C:
		}
	}
	fmt.Fprint(out, summarize(polls))
	return nil
}

func ask(ctx context.Context, st *store.Store, start time.Time) poll {
	t0 := time.Now()
	p := poll{at: t0.Sub(start)}
	total, err := st.CountEvents(ctx, store.Filter{})
	if err == nil {
		p.written, err = st.CountEvents(ctx, store.Filter{Since: start})
	}
	p.total, p.err, p.took = total, err, time.Since(t0)
	return p
}

// summarize says how many events became visible a second over the polls
// (the last visible count less the first, over the time between them), the
// longest stretch between two polls that both saw nothing new (neither more
// events nor more written since the start), the slowest poll and the failed
// ones.
func summarize(polls []poll) string {
	var ok []poll
	failed := 0
	for _, p := range polls {
		if p.err != nil {
			failed++
			continue
		}
		ok = append(ok, p)
	}
	if len(ok) < 2 {
		return fmt.Sprintf("# summary: %d polls answered, %d failed: too few to measure\n", len(ok), failed)
	}
	first, last := ok[0], ok[len(ok)-1]
	span := last.at - first.at
	var longest, slowest time.Duration
	since := first.at // when something new was last seen
	seen := first
	for _, p := range ok[1:] {
		if p.total != seen.total || p.written != seen.written {
			since, seen = p.at, p
		}
		longest = max(longest, p.at-since)
		slowest = max(slowest, p.took)
	}
	rate := float64(last.total-first.total) / span.Seconds()
	return fmt.Sprintf("# summary: polls=%d failed=%d span_s=%.1f visible_first=%d visible_last=%d new_visible=%d events_per_s=%.2f written_since_start=%d longest_no_new_s=%.1f slowest_poll_ms=%d\n",
		len(ok), failed, span.Seconds(), first.total, last.total, last.total-first.total, rate, last.written, longest.Seconds(), slowest.Milliseconds())
}
