package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"storyline/internal/article"
	"storyline/internal/event"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func strp(s string) *string { return &s }

// queryFixture is three outlets on one Japan–US meeting (planned, then held),
// a second meeting a month later, and a threat.
func queryFixture(t *testing.T, dbURL string) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ev := func(typ, mode string, status event.Status, date, place, placeCountry, text string, actors ...event.Actor) event.Event {
		e := event.Event{Type: typ, Mode: mode, Status: status, Topics: []string{},
			Date:       &event.Date{Start: date, End: date, Grain: event.GrainDay, Basis: event.BasisExplicit},
			Actors:     actors,
			Evidence:   []event.Evidence{{Text: text}},
			Confidence: 0.75}
		if place != "" {
			e.Location = &event.Location{Name: place, Country: strp(placeCountry)}
		}
		return e
	}
	blinken := event.Actor{Name: "Antony Blinken", Title: strp("Secretary of State"), Country: strp("USA"), Role: event.RoleParticipant}
	kamikawa := event.Actor{Name: "Yoko Kamikawa", Title: strp("Foreign Minister"), Country: strp("JPN"), Role: event.RoleParticipant}
	japan := event.Actor{Name: "Japan", Country: strp("JPN"), Role: event.RoleTarget}
	northKorea := event.Actor{Name: "North Korea", Country: strp("PRK"), Role: event.RoleSource}
	rec := func(source, published, title string, events ...event.Event) store.Record {
		var body strings.Builder
		body.WriteString(title + ".\n\n")
		for i := range events {
			e := &events[i].Evidence[0]
			e.Source, e.Start = source, body.Len()
			body.WriteString(e.Text)
			e.End = body.Len()
			body.WriteString("\n\n")
		}
		return store.Record{Article: article.Article{Source: source, Title: title, Published: strp(published),
			Publisher: strp("Example News"), URI: strp("https://news.example/" + source), Language: "en", Body: body.String()}, Events: events}
	}
	batches := []store.Batch{
		{Input: "in/a.txt", Done: true, Records: []store.Record{rec("in/a.txt", "2024-07-21", "Ministers to meet in Tokyo",
			ev("CONSULT", "meet", event.Planned, "2024-07-28", "Tokyo", "JPN",
				"Blinken will hold talks with Kamikawa in Tokyo on July 28 on extended deterrence.", blinken, kamikawa))}},
		{Input: "in/b.txt", Done: true, Records: []store.Record{rec("in/b.txt", "2024-07-28", "Blinken and Kamikawa meet",
			ev("CONSULT", "meet", event.Occurred, "2024-07-28", "Japan", "JPN",
				"Blinken and Kamikawa met on Sunday and reaffirmed extended deterrence.", blinken, kamikawa))}},
		{Input: "in/c.txt", Done: true, Records: []store.Record{rec("in/c.txt", "2024-08-30", "Ministers meet again; Pyongyang warns",
			ev("CONSULT", "phone", event.Occurred, "2024-08-29", "", "",
				"Blinken spoke by phone with Kamikawa on Thursday.", blinken, kamikawa),
			ev("THREATEN", "", event.Occurred, "2024-08-29", "", "",
				"North Korea warned Japan of \"overwhelming\" countermeasures.", northKorea, japan))}},
	}
	var inputs []string
	for _, b := range batches {
		inputs = append(inputs, b.Input)
	}
	if _, err := s.AddInputs(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if _, err := s.Save(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Rebuild(ctx, store.RebuildOptions{}); err != nil {
		t.Fatal(err)
	}
}

// runQuery runs a query command and returns what it printed.
func runQuery(t *testing.T, run func(context.Context, []string) error, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	queryOutput = &out
	defer func() { queryOutput = os.Stdout }()
	err := run(context.Background(), args)
	return out.String(), err
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "query", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (go test -run Query -update writes it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

func TestQueryCommandsGolden(t *testing.T) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			url := storetest.URL(t, engine)
			queryFixture(t, url)
			tests := []struct {
				golden string
				run    func(context.Context, []string) error
				args   []string
			}{
				{"events.table", runEvents, nil},
				{"events-pair.jsonl", runEvents, []string{"--format", "jsonl", "--pair", "jpn,usa"}},
				{"events-occurred.csv", runEvents, []string{"--format", "csv", "--status", "occurred"}},
				{"events-text.table", runEvents, []string{"--text", "deterrence", "--from", "2024-07-01", "--to", "2024-07-31"}},
				{"events-actor-page.table", runEvents, []string{"--actor", "antony blinken", "--limit", "1", "--offset", "1"}},
				{"timeline", runTimeline, []string{"USA", "JPN"}},
				{"timeline-none", runTimeline, []string{"JPN", "FRA", "--type", "CONSULT"}},
				{"export.jsonl", runExport, nil},
				{"export.csv", runExport, []string{"--format", "csv"}},
				{"export.polecat.tsv", runExport, []string{"--format", "polecat"}},
				{"export.cameo.tsv", runExport, []string{"--format", "cameo"}},
				{"timeline-month.csv", runTimeline, []string{"USA", "JPN", "--by", "month", "--format", "csv"}},
				{"timeline-month.table", runTimeline, []string{"--by", "month", "JPN", "USA"}},
				{"timeline-year.json", runTimeline, []string{"--format", "json", "--by", "year", "JPN", "USA"}},
				// Snippets differ between FTS5 and ts_headline.
				{"search." + engine, runSearch, []string{"extended deterrence"}},
			}
			for _, tt := range tests {
				t.Run(tt.golden, func(t *testing.T) {
					out, err := runQuery(t, tt.run, append([]string{"--db", url}, tt.args...)...)
					if err != nil {
						t.Fatal(err)
					}
					golden(t, tt.golden, out)
				})
			}

			t.Run("jsonl follows the contract", func(t *testing.T) {
				out, _ := runQuery(t, runEvents, "--db", url, "--format", "jsonl")
				for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
					var m map[string]any
					if err := json.Unmarshal([]byte(line), &m); err != nil {
						t.Fatal(err)
					}
					for _, k := range []string{"id", "type", "mode", "status", "date", "location", "actors", "topics", "evidence", "confidence", "sources"} {
						if _, ok := m[k]; !ok {
							t.Errorf("event record lacks %q: %s", k, line)
						}
					}
				}
			})

			t.Run("exports read back", func(t *testing.T) {
				s, err := store.Open(context.Background(), url)
				if err != nil {
					t.Fatal(err)
				}
				events, err := s.Events(context.Background(), store.Filter{})
				s.Close()
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range []struct {
					format  string
					comma   rune
					id, typ string // header names
				}{
					{"csv", ',', "id", "type"},
					{"polecat", '\t', "Event ID", "Event Type"},
					{"cameo", '\t', "Event ID", "PLOVER Type"},
				} {
					out, err := runQuery(t, runExport, "--db", url, "--format", c.format)
					if err != nil {
						t.Fatal(err)
					}
					r := csv.NewReader(strings.NewReader(out))
					r.Comma = c.comma
					rows, err := r.ReadAll()
					if err != nil {
						t.Fatalf("%s: read back: %v", c.format, err)
					}
					if len(rows) != len(events)+1 {
						t.Fatalf("%s: %d rows, want a header and %d events", c.format, len(rows), len(events))
					}
					id, typ := slices.Index(rows[0], c.id), slices.Index(rows[0], c.typ)
					if id < 0 || typ < 0 {
						t.Fatalf("%s: header %q lacks %q or %q", c.format, rows[0], c.id, c.typ)
					}
					for i, e := range events {
						if row := rows[i+1]; row[id] != e.ID || row[typ] != e.Type || len(row) != len(rows[0]) {
							t.Errorf("%s: row %d = %q, want id %s type %s", c.format, i+1, row, e.ID, e.Type)
						}
					}
				}
			})

			t.Run("parquet round trip", func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "events.parquet")
				if _, err := runQuery(t, runExport, "--db", url, "--format", "parquet", "--out", path); err != nil {
					t.Fatal(err)
				}
				rows, err := parquet.ReadFile[eventRow](path)
				if err != nil {
					t.Fatal(err)
				}
				s, err := store.Open(context.Background(), url)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				events, err := s.Events(context.Background(), store.Filter{})
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) != len(events) {
					t.Fatalf("parquet has %d rows, store %d events", len(rows), len(events))
				}
				for i, e := range events {
					if want := flatten(e); !reflect.DeepEqual(rows[i], want) {
						t.Errorf("row %d = %+v, want %+v", i, rows[i], want)
					}
				}
			})
		})
	}
}

func TestQueryFlagErrors(t *testing.T) {
	url := storetest.URL(t, "sqlite")
	tests := []struct {
		run  func(context.Context, []string) error
		args []string
		want string
	}{
		{runEvents, []string{"--from", "July 1"}, "--from"},
		{runEvents, []string{"--to", "2024-13-01"}, "--to"},
		{runEvents, []string{"--pair", "JPN"}, "--pair"},
		{runEvents, []string{"--pair", "JPN,United States"}, "--pair"},
		{runEvents, []string{"--status", "done"}, "--status"},
		{runEvents, []string{"--country", "Japan"}, "--country"},
		{runEvents, []string{"--format", "xml"}, "--format"},
		{runEvents, []string{"stray"}, "unexpected"},
		{runTimeline, []string{"JPN"}, "two alpha-3"},
		{runTimeline, []string{"JPN", "USA", "--by", "week"}, "--by"},
		{runTimeline, []string{"JPN", "USA", "--format", "xml"}, "--format"},
		{runSearch, []string{"--limit", "0", "x"}, "--limit"},
		{runExport, []string{"--format", "xlsx"}, "--format"},
		{runEvents, []string{"--db", "postgres://%zz"}, "store url"},
	}
	for _, tt := range tests {
		_, err := runQuery(t, tt.run, append([]string{"--db", url}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want one mentioning %q", tt.args, err, tt.want)
		}
	}
}
