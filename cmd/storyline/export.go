package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parquet-go/parquet-go"

	"storyline/internal/event"
	"storyline/internal/formats"
	"storyline/internal/store"
)

// runExport writes the whole event table for analysis elsewhere.
func runExport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	format := fs.String("format", "jsonl", "output `format`: jsonl (docs/CONTRACT.md), csv, parquet, polecat or cameo")
	outPath := fs.String("out", "", "write to this `file` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline export [--db URL] --format jsonl|csv|parquet|polecat|cameo [--out FILE]\n\n"+
			"Writes every merged event of the store, in date order: JSON lines as `events`\n"+
			"prints them, or one flat row per event (CSV, Parquet) for pandas, R or DuckDB;\n"+
			"polecat and cameo are tab-separated in the columns of the POLECAT release and\n"+
			"of ICEWS with CAMEO root codes (docs/CONTRACT.md).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	switch *format {
	case "jsonl", "csv", "parquet", "polecat", "cameo":
	default:
		return fmt.Errorf("unknown --format %q: want jsonl, csv, parquet, polecat or cameo", *format)
	}
	if f, ok := queryOutput.(*os.File); ok && *format == "parquet" && *outPath == "" && isTerminal(f) {
		return fmt.Errorf("--format parquet is binary: give --out FILE or redirect standard output")
	}
	s, err := store.OpenExisting(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()

	out := queryOutput
	var file *os.File
	if *outPath != "" {
		// Write beside the target and rename at the end: an interrupted
		// export never leaves a truncated file under the asked name.
		file, err = os.CreateTemp(dirOf(*outPath), ".export-*")
		if err != nil {
			return fmt.Errorf("create %s: %w", *outPath, err)
		}
		defer os.Remove(file.Name())
		defer file.Close()
		out = file
	}
	n := 0
	switch *format {
	case "parquet":
		n, err = exportParquet(ctx, s, out)
	case "polecat", "cameo":
		n, err = exportTable(ctx, s, *format, out)
	default:
		var w *eventWriter
		if w, err = newEventWriter(*format, out); err != nil {
			return err
		}
		err = s.EachEvent(ctx, store.Filter{}, func(e event.Event) error {
			n++
			return w.write(e)
		})
		if err == nil {
			err = w.close()
		}
	}
	if err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("write %s: %w", *outPath, err)
		}
		if err := os.Rename(file.Name(), *outPath); err != nil {
			return fmt.Errorf("write %s: %w", *outPath, err)
		}
		fmt.Fprintf(os.Stderr, "storyline export: %d events to %s\n", n, *outPath)
	}
	return nil
}

func dirOf(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[:i+1]
	}
	return "."
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// eventRow is one event flattened for tables: lists of codes and names, the
// first evidence sentence. Unknown values are null, as in the JSON contract.
type eventRow struct {
	ID              string   `parquet:"id"`
	Type            string   `parquet:"type,dict"`
	Mode            string   `parquet:"mode,dict"`
	Status          string   `parquet:"status,dict"`
	DateStart       *string  `parquet:"date_start,optional"`
	DateEnd         *string  `parquet:"date_end,optional"`
	Grain           *string  `parquet:"grain,optional,dict"`
	Basis           *string  `parquet:"basis,optional,dict"`
	Location        *string  `parquet:"location,optional"`
	LocationCountry *string  `parquet:"location_country,optional,dict"`
	Countries       []string `parquet:"countries,list"`
	Actors          []string `parquet:"actors,list"` // "Name (USA, Secretary of State)"
	Topics          []string `parquet:"topics,list"`
	Sources         int64    `parquet:"sources"`
	Reports         int64    `parquet:"reports"`
	Confidence      float64  `parquet:"confidence"`
	Evidence        string   `parquet:"evidence"` // the first report's sentence
}

func flatten(e event.Event) eventRow {
	r := eventRow{
		ID: e.ID, Type: e.Type, Mode: e.Mode, Status: string(e.Status),
		Countries: e.Countries(), Topics: e.Topics, Sources: int64(e.Sources), Reports: int64(len(e.Evidence)),
		Confidence: e.Confidence,
	}
	if r.Countries == nil {
		r.Countries = []string{}
	}
	if r.Topics == nil {
		r.Topics = []string{}
	}
	if d := e.Date; d != nil {
		r.DateStart, r.DateEnd = &d.Start, &d.End
		g, b := string(d.Grain), string(d.Basis)
		r.Grain, r.Basis = &g, &b
	}
	if l := e.Location; l != nil {
		r.Location, r.LocationCountry = &l.Name, l.Country
	}
	r.Actors = []string{}
	for _, a := range e.Actors {
		var tags []string
		if a.Country != nil {
			tags = append(tags, *a.Country)
		}
		if a.Title != nil && *a.Title != "" {
			tags = append(tags, *a.Title)
		}
		s := a.Name
		if len(tags) > 0 {
			s += " (" + strings.Join(tags, ", ") + ")"
		}
		r.Actors = append(r.Actors, s)
	}
	if len(e.Evidence) > 0 {
		r.Evidence = e.Evidence[0].Text
	}
	return r
}

// exportParquet writes the event table as Parquet, a row group per 10,000
// events so memory stays bounded.
func exportParquet(ctx context.Context, s *store.Store, out io.Writer) (int, error) {
	bw := bufio.NewWriterSize(out, 1<<20)
	pw := parquet.NewGenericWriter[eventRow](bw, parquet.Compression(&parquet.Zstd))
	n := 0
	buf := make([]eventRow, 0, 1024)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if _, err := pw.Write(buf); err != nil {
			return err
		}
		buf = buf[:0]
		return nil
	}
	err := s.EachEvent(ctx, store.Filter{}, func(e event.Event) error {
		buf = append(buf, flatten(e))
		n++
		if len(buf) == cap(buf) {
			if err := flush(); err != nil {
				return err
			}
		}
		if n%10000 == 0 {
			return pw.Flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = pw.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	return n, err
}

// exportTable writes the events in the columns of another data set, with
// the articles that report each.
func exportTable(ctx context.Context, s *store.Store, format string, out io.Writer) (int, error) {
	bw := bufio.NewWriterSize(out, 1<<16)
	w := formats.NewCAMEO(bw)
	if format == "polecat" {
		w = formats.NewPOLECAT(bw)
	}
	n := 0
	err := s.EachEventArticles(ctx, func(e event.Event, articles []string) error {
		n++
		return w.Write(e, articles)
	})
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	return n, err
}
