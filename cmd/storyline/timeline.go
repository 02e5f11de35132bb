package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"

	"storyline/internal/event"
	"storyline/internal/store"
)

// runTimeline prints the events between two parties in date order, a block
// per event, under a heading per month.
func runTimeline(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	var f eventFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline timeline [--db URL] [filters] A B\n\n"+
			"Shows the events between two parties (ISO alpha-3 codes, e.g. JPN USA) in date\n"+
			"order, with their places, actors, sources and first evidence sentence.\n\n")
		fs.PrintDefaults()
	}
	// Flags may follow the two codes: parse them where they stand.
	var codes []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		codes = append(codes, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(codes) != 2 || !isCountryCode(codes[0]) || !isCountryCode(codes[1]) {
		fs.Usage()
		return fmt.Errorf("want two alpha-3 country codes such as JPN USA, got %q", codes)
	}
	f.pair = codes[0] + "," + codes[1]
	if err := f.check(); err != nil {
		return err
	}
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	out := bufio.NewWriter(queryOutput)
	defer out.Flush()
	month, n := "", 0
	err = s.EachEvent(ctx, f.filter, func(e event.Event) error {
		n++
		m := "undated"
		if e.Date != nil && len(e.Date.Start) >= 7 {
			m = e.Date.Start[:7]
		}
		if m != month {
			month = m
			fmt.Fprintf(out, "── %s ──\n", m)
		}
		writeTimelineEvent(out, e)
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintf(out, "no events between %s and %s\n", f.filter.Pair[0], f.filter.Pair[1])
	}
	return nil
}

func writeTimelineEvent(out *bufio.Writer, e event.Event) {
	status := string(e.Status)
	if e.Status == event.Planned {
		status = "PLANNED"
	}
	what := e.Type
	if e.Mode != "" {
		what += " (" + e.Mode + ")"
	}
	sources := "1 source"
	if e.Sources != 1 {
		sources = fmt.Sprintf("%d sources", e.Sources)
	}
	fmt.Fprintf(out, "%-23s %-24s %-9s %s · %s\n", dateText(e.Date), what, status, placeText(e.Location), sources)
	var names []string
	for _, a := range e.Actors {
		n := a.Name
		if a.Title != nil && *a.Title != "" {
			n += ", " + *a.Title
		}
		if a.Country != nil && !strings.EqualFold(a.Name, *a.Country) {
			n += " (" + *a.Country + ")"
		}
		names = append(names, n)
	}
	if len(names) > 0 {
		fmt.Fprintf(out, "%24s%s\n", "", clip(strings.Join(names, "; "), 110))
	}
	fmt.Fprintf(out, "%24s“%s”\n\n", "", firstEvidence(e, 108))
}
