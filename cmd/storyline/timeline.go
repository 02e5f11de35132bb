package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"storyline/internal/event"
	"storyline/internal/store"
	"storyline/internal/trend"
)

// runTimeline prints the events between two parties in date order, a block
// per event, under a heading per month.
func runTimeline(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	by := fs.String("by", "", "count the events by `period` (month or year) in PLOVER's quad categories instead of listing them")
	format := fs.String("format", "text", "output `format`: text, or csv or json for the counts (implies --by month)")
	var f eventFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline timeline [--db URL] [filters] [--by month|year] [--format text|csv|json] A B\n\n"+
			"Shows the events between two parties (ISO alpha-3 codes, e.g. JPN USA) in date\n"+
			"order, with their places, actors, sources and first evidence sentence; with\n"+
			"--by, how many events of each quad category (verbal or material cooperation,\n"+
			"verbal or material conflict) fall in each month or year.\n\n")
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
	switch *format {
	case "text":
	case "csv", "json":
		if *by == "" {
			*by = "month"
		}
	default:
		return fmt.Errorf("unknown --format %q: want text, csv or json", *format)
	}
	if *by != "" && *by != "month" && *by != "year" {
		return fmt.Errorf("--by %q: want month or year", *by)
	}
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	out := bufio.NewWriter(queryOutput)
	defer out.Flush()
	if *by != "" {
		series, err := trend.Build(ctx, s, f.filter, *by)
		if err != nil {
			return err
		}
		return writeTrend(out, series, *format)
	}
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

// writeTrend prints the counts by period as a table, CSV or JSON.
func writeTrend(out *bufio.Writer, s trend.Series, format string) error {
	switch format {
	case "csv":
		return trend.WriteCSV(out, s)
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	if len(s.Periods) == 0 {
		_, err := fmt.Fprintf(out, "no dated events between %s\n", strings.Join(s.Pair, " and "))
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.ToUpper(s.By)+"\tVERBAL COOP.\tMATERIAL COOP.\tVERBAL CONFL.\tMATERIAL CONFL.\tOTHER\tTOTAL\t")
	for _, p := range s.Periods {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t\n", p.Period, p.VerbalCooperation, p.MaterialCooperation,
			p.VerbalConflict, p.MaterialConflict, p.Other, p.Total)
	}
	return tw.Flush()
}
