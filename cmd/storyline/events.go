package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"storyline/internal/event"
	"storyline/internal/store"
)

// queryOutput is where the query commands (events, timeline, search,
// export) print; tests point it elsewhere.
var queryOutput io.Writer = os.Stdout

// runEvents lists merged events from a store, filtered, sorted by date.
func runEvents(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	format := fs.String("format", "table", "output `format`: table, jsonl (docs/CONTRACT.md) or csv")
	var f eventFlags
	f.register(fs)
	fs.IntVar(&f.filter.Limit, "limit", 0, "at most this many events (0 = all)")
	fs.IntVar(&f.filter.Offset, "offset", 0, "skip this many events")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline events [--db URL] [filters] [--format table|jsonl|csv]\n\n"+
			"Lists the merged events of a store in date order.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q (filters are flags)", fs.Args())
	}
	if err := f.check(); err != nil {
		return err
	}
	w, err := newEventWriter(*format, queryOutput)
	if err != nil {
		return err
	}
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.EachEvent(ctx, f.filter, w.write); err != nil {
		return err
	}
	return w.close()
}

// eventFlags are the filters shared by events and timeline.
type eventFlags struct {
	filter store.Filter
	pair   string
}

func (f *eventFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.filter.Country, "country", "", "only events with a party of this ISO alpha-3 `code`")
	fs.StringVar(&f.filter.Actor, "actor", "", "only events with this actor (`name` or actor id)")
	fs.StringVar(&f.pair, "pair", "", "only events between both countries `A,B` (alpha-3)")
	fs.StringVar(&f.filter.Type, "type", "", "only this PLOVER event `type` (CONSULT, AGREE, ...)")
	fs.StringVar(&f.filter.Mode, "mode", "", "only this `mode` (visit, meet, phone, virtual, multilateral, ...)")
	fs.StringVar(&f.filter.Status, "status", "", "only this `status`: planned, occurred, cancelled or unknown")
	fs.StringVar(&f.filter.From, "from", "", "only events ending on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&f.filter.To, "to", "", "only events starting on or before this `date` (YYYY-MM-DD)")
	fs.StringVar(&f.filter.Text, "text", "", "only events whose evidence contains these `words`")
}

// check validates the flags and fills in the pair.
func (f *eventFlags) check() error {
	for _, d := range []struct{ name, v string }{{"from", f.filter.From}, {"to", f.filter.To}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("--%s %q: want a date YYYY-MM-DD", d.name, d.v)
		}
	}
	switch f.filter.Status {
	case "", "planned", "occurred", "cancelled", "unknown":
	default:
		return fmt.Errorf("--status %q: want planned, occurred, cancelled or unknown", f.filter.Status)
	}
	if f.filter.Country != "" && !isCountryCode(f.filter.Country) {
		return fmt.Errorf("--country %q: want an ISO 3166-1 alpha-3 code such as JPN", f.filter.Country)
	}
	if f.pair != "" {
		parts := strings.Split(f.pair, ",")
		if len(parts) != 2 || !isCountryCode(parts[0]) || !isCountryCode(parts[1]) {
			return fmt.Errorf("--pair %q: want two alpha-3 codes such as JPN,USA", f.pair)
		}
		f.filter.Pair = []string{strings.ToUpper(parts[0]), strings.ToUpper(parts[1])}
	}
	if f.filter.Limit < 0 || f.filter.Offset < 0 {
		return fmt.Errorf("--limit and --offset must not be negative")
	}
	return nil
}

func isCountryCode(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// eventWriter prints events in one of the output formats.
type eventWriter struct {
	write func(event.Event) error
	close func() error
}

func newEventWriter(format string, out io.Writer) (*eventWriter, error) {
	bw := bufio.NewWriter(out)
	switch format {
	case "jsonl":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &eventWriter{write: func(e event.Event) error { return enc.Encode(e) }, close: bw.Flush}, nil
	case "csv":
		cw := csv.NewWriter(bw)
		if err := cw.Write(csvHeader); err != nil {
			return nil, err
		}
		return &eventWriter{
			write: func(e event.Event) error { return cw.Write(csvRecord(e)) },
			close: func() error {
				cw.Flush()
				if err := cw.Error(); err != nil {
					return err
				}
				return bw.Flush()
			},
		}, nil
	case "table":
		tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tTYPE\tMODE\tSTATUS\tPARTIES\tPLACE\tSOURCES\tEVIDENCE")
		return &eventWriter{
			write: func(e event.Event) error {
				_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", dateText(e.Date), e.Type, dash(e.Mode),
					e.Status, dash(strings.Join(e.Countries(), " ")), placeText(e.Location), e.Sources, firstEvidence(e, 70))
				return err
			},
			close: func() error {
				if err := tw.Flush(); err != nil {
					return err
				}
				return bw.Flush()
			},
		}, nil
	}
	return nil, fmt.Errorf("unknown --format %q: want table, jsonl or csv", format)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dateText(d *event.Date) string {
	if d == nil {
		return "-"
	}
	if d.End == "" || d.End == d.Start {
		return d.Start
	}
	return d.Start + ".." + d.End
}

func placeText(l *event.Location) string {
	if l == nil {
		return "-"
	}
	if l.Country != nil && !strings.EqualFold(l.Name, *l.Country) {
		return l.Name + ", " + *l.Country
	}
	return dash(l.Name)
}

// firstEvidence is the first evidence sentence that reports the event's
// status (the meeting held rather than announced), cut to n characters, on
// one line.
func firstEvidence(e event.Event, n int) string {
	ev, ok := e.StatusEvidence()
	if !ok {
		return "-"
	}
	return clip(strings.Join(strings.Fields(ev.Text), " "), n)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// csvHeader and csvRecord are the flat form of an event, shared by
// `events --format csv` and `export --format csv`.
var csvHeader = []string{"id", "type", "mode", "status", "date_start", "date_end", "grain", "basis",
	"location", "location_country", "countries", "actors", "topics", "sources", "reports", "confidence", "evidence"}

func csvRecord(e event.Event) []string {
	r := flatten(e)
	opt := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return []string{r.ID, r.Type, r.Mode, r.Status, opt(r.DateStart), opt(r.DateEnd), opt(r.Grain), opt(r.Basis),
		opt(r.Location), opt(r.LocationCountry), strings.Join(r.Countries, " "), strings.Join(r.Actors, "; "),
		strings.Join(r.Topics, "; "), fmt.Sprint(r.Sources), fmt.Sprint(r.Reports), fmt.Sprintf("%.3f", r.Confidence),
		r.Evidence}
}
