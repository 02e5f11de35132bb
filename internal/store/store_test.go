package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
	"storyline/internal/merge"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// eachEngine runs test against a fresh store on every engine.
func eachEngine(t *testing.T, test func(t *testing.T, s *store.Store)) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			s := open(t, storetest.URL(t, engine))
			test(t, s)
		})
	}
}

func open(t *testing.T, url string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func ptr[T any](v T) *T { return &v }

// report builds a coded event as the coder gives it.
func report(typ string, status event.Status, start, end string, grain event.Grain, loc string, locCountry string, text string, countries ...string) event.Event {
	e := event.Event{
		Type: typ, Mode: "meet", Status: status,
		Date:       &event.Date{Start: start, End: end, Grain: grain, Basis: event.BasisExplicit},
		Evidence:   []event.Evidence{{Text: text, Start: 0, End: len(text)}},
		Topics:     []string{},
		Confidence: 0.8,
	}
	if loc != "" {
		e.Location = &event.Location{Name: loc, Country: ptr(locCountry)}
	}
	for _, c := range countries {
		e.Actors = append(e.Actors, event.Actor{Name: c + " government", Country: ptr(c), Role: event.RoleParticipant})
	}
	return e
}

// rec builds an article with its events; the body holds every evidence text.
func rec(source, published, extra string, events ...event.Event) store.Record {
	var body strings.Builder
	body.WriteString(extra)
	for i := range events {
		ev := &events[i].Evidence[0]
		ev.Source = source
		ev.Start = body.Len()
		body.WriteString(ev.Text)
		ev.End = body.Len()
		body.WriteString(" ")
	}
	return store.Record{
		Article: article.Article{Source: source, Title: "Title of " + source, Published: ptr(published),
			Publisher: ptr("Outlet"), Language: "en", Body: body.String()},
		Events: events,
	}
}

// corpus is four outlets reporting one Japan–US meeting (planned a week
// ahead, then held), a verbatim copy of one report, and a second meeting of
// the same pair a month later that must stay apart.
func corpus() []store.Batch {
	planned := "Japanese and US foreign ministers will hold talks in Tokyo on July 28 about extended deterrence."
	held := "The foreign ministers of Japan and the United States met in Tokyo on Sunday and discussed extended deterrence."
	return []store.Batch{
		{Input: "in/a.txt", Done: true, Records: []store.Record{
			rec("in/a.txt", "2024-07-21", "", report("CONSULT", event.Planned, "2024-07-28", "2024-07-28", event.GrainDay, "Tokyo", "JPN", planned, "JPN", "USA")),
		}},
		{Input: "in/b.txt", Done: true, Records: []store.Record{
			rec("in/b.txt", "2024-07-28", "", report("CONSULT", event.Occurred, "2024-07-28", "2024-07-28", event.GrainDay, "Tokyo", "JPN", held, "JPN", "USA")),
		}},
		{Input: "in/c.txt", Done: true, Records: []store.Record{
			rec("in/c.txt", "2024-07-29", "", report("CONSULT", event.Occurred, "2024-07-28", "2024-07-28", event.GrainDay, "Japan", "JPN", "Japan and the US held security talks, the ministers said.", "USA", "JPN")),
		}},
		{Input: "in/copy-of-b.txt", Done: true, Records: []store.Record{
			rec("in/copy-of-b.txt", "2024-07-30", "", report("CONSULT", event.Occurred, "2024-07-28", "2024-07-28", event.GrainDay, "Tokyo", "JPN", held, "JPN", "USA")),
		}},
		{Input: "in/d.txt", Done: true, Records: []store.Record{
			rec("in/d.txt", "2024-08-30", "", report("CONSULT", event.Occurred, "2024-08-29", "2024-08-29", event.GrainDay, "Washington", "USA", "Japan's and the US defence chiefs met again in Washington on Thursday.", "JPN", "USA"),
				report("THREATEN", event.Occurred, "2024-08-29", "2024-08-29", event.GrainDay, "", "", "North Korea warned Japan of a strong response.", "PRK", "JPN")),
		}},
	}
}

func ingest(t *testing.T, s *store.Store, batches []store.Batch) {
	t.Helper()
	saveAll(t, s, batches)
	if _, err := s.Rebuild(context.Background(), store.RebuildOptions{}); err != nil {
		t.Fatal(err)
	}
}

func dump(t *testing.T, s *store.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestMigrationsRecordedOnce(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		var n int
		if err := s.DB().QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n < 4 {
			t.Fatalf("schema_migrations has %d rows, want every migration file (>= 4)", n)
		}
	})
}

func TestReopenKeepsSchemaAndData(t *testing.T) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			url := storetest.URL(t, engine)
			s := open(t, url)
			ingest(t, s, corpus())
			before := dump(t, s)
			s.Close()
			s2 := open(t, url)
			if after := dump(t, s2); after != before {
				t.Fatalf("reopening changed the store:\n%s", diff(before, after))
			}
		})
	}
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		first := dump(t, s)
		ctx := context.Background()
		for _, b := range corpus() {
			c, err := s.Save(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if c.Articles != 0 || c.Reports != 0 {
				t.Errorf("second save of %s added %d articles, %d reports; want none", b.Input, c.Articles, c.Reports)
			}
		}
		st, err := s.Rebuild(ctx, store.RebuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Inserted+st.Updated+st.Deleted+st.Relinked != 0 {
			t.Errorf("second rebuild changed rows: %+v", st)
		}
		if second := dump(t, s); second != first {
			t.Fatalf("second ingest changed the store:\n%s", diff(first, second))
		}
	})
}

func TestOrderOfIngestDoesNotMatter(t *testing.T) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			a := open(t, storetest.URL(t, engine))
			ingest(t, a, corpus())
			b := open(t, storetest.URL(t, engine))
			rev := corpus()
			slices.Reverse(rev)
			// Store half, rebuild, then the rest: an interrupted run.
			ingest(t, b, rev[:2])
			ingest(t, b, rev[2:])
			if da, db := dump(t, a), dump(t, b); da != db {
				t.Fatalf("ingest order changed the result:\n%s", diff(da, db))
			}
		})
	}
}

func TestMergedEvents(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		ctx := context.Background()
		events, err := s.Events(ctx, store.Filter{Type: "CONSULT"})
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 2 {
			t.Fatalf("got %d CONSULT events, want 2 (one meeting reported four times, one a month later):\n%v", len(events), events)
		}
		first := events[0]
		if first.Status != event.Occurred || first.Date.Start != "2024-07-28" {
			t.Errorf("merged meeting: status %s date %v, want occurred on 2024-07-28", first.Status, first.Date)
		}
		if len(first.Evidence) != 4 {
			t.Errorf("merged meeting keeps %d evidence entries, want 4 (one per report)", len(first.Evidence))
		}
		if first.Sources != 3 {
			t.Errorf("merged meeting has %d sources, want 3 (the copy does not count)", first.Sources)
		}
		if first.Location == nil || first.Location.Name != "Tokyo" {
			t.Errorf("merged meeting location %v, want Tokyo (the city over the country)", first.Location)
		}
		for _, ev := range first.Evidence {
			if ev.ArticleID == "" || ev.Published == "" || ev.Status == "" {
				t.Errorf("evidence %q lacks article id, published or status", ev.Text)
			}
		}
		if events[1].Date.Start != "2024-08-29" || events[1].Sources != 1 {
			t.Errorf("second meeting: %v with %d sources, want 2024-08-29 with 1", events[1].Date, events[1].Sources)
		}

		d, err := s.Event(ctx, first.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Reports) != 4 {
			t.Fatalf("event detail has %d reports, want 4", len(d.Reports))
		}
		for _, r := range d.Reports {
			a, err := s.Article(ctx, r.Evidence[0].ArticleID)
			if err != nil {
				t.Fatal(err)
			}
			ev := r.Evidence[0]
			if got := a.Body[ev.Start:ev.End]; got != ev.Text {
				t.Errorf("evidence offsets of report %s point at %q, want %q", r.ID, got, ev.Text)
			}
			if a.Source == "in/copy-of-b.txt" && (a.DuplicateOf == nil || *a.DuplicateOf != "in/b.txt") {
				t.Errorf("copy-of-b duplicate_of = %v, want in/b.txt", a.DuplicateOf)
			}
		}
		if _, err := s.Event(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Event(nope) error = %v, want ErrNotFound", err)
		}
		if _, err := s.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Article(nope) error = %v, want ErrNotFound", err)
		}
	})
}

func TestEventFilters(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		tests := []struct {
			name  string
			f     store.Filter
			dates []string
		}{
			{"all", store.Filter{}, []string{"2024-07-28", "2024-08-29", "2024-08-29"}},
			{"country", store.Filter{Country: "prk"}, []string{"2024-08-29"}},
			{"pair", store.Filter{Pair: []string{"JPN", "USA"}}, []string{"2024-07-28", "2024-08-29"}},
			{"pair absent", store.Filter{Pair: []string{"USA", "PRK"}}, nil},
			{"type", store.Filter{Type: "threaten"}, []string{"2024-08-29"}},
			{"status", store.Filter{Status: "planned"}, nil},
			{"from", store.Filter{From: "2024-08-01"}, []string{"2024-08-29", "2024-08-29"}},
			{"to", store.Filter{To: "2024-07-31"}, []string{"2024-07-28"}},
			{"text", store.Filter{Text: "Extended Deterrence"}, []string{"2024-07-28"}},
			{"text with like wildcard", store.Filter{Text: "100%"}, nil},
			{"actor by name", store.Filter{Actor: "prk government"}, []string{"2024-08-29"}},
			{"actor by id", store.Filter{Actor: store.ActorID("PRK government", "PRK")}, []string{"2024-08-29"}},
			{"page", store.Filter{Limit: 1, Offset: 1}, []string{"2024-08-29"}},
			{"offset only", store.Filter{Offset: 2}, []string{"2024-08-29"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				events, err := s.Events(context.Background(), tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var dates []string
				for _, e := range events {
					dates = append(dates, e.Date.Start)
				}
				if !slices.Equal(dates, tt.dates) {
					t.Errorf("dates %v, want %v", dates, tt.dates)
				}
				if tt.f.Limit == 0 && tt.f.Offset == 0 {
					n, err := s.CountEvents(context.Background(), tt.f)
					if err != nil {
						t.Fatal(err)
					}
					if n != len(tt.dates) {
						t.Errorf("CountEvents = %d, want %d", n, len(tt.dates))
					}
				}
			})
		}
	})
}

func TestActors(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		ctx := context.Background()
		actors, err := s.Actors(ctx, store.ActorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(actors) != 3 || actors[0].Events != 3 || actors[0].Country != "JPN" {
			t.Fatalf("actors = %+v, want 3 with Japan's first in 3 events", actors)
		}
		d, err := s.Actor(ctx, actors[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.ByType["CONSULT"] != 2 || d.ByType["THREATEN"] != 1 {
			t.Errorf("by type = %v, want CONSULT 2, THREATEN 1", d.ByType)
		}
		if len(d.Counterparts) != 2 || d.Counterparts[0].Country != "USA" || d.Counterparts[0].Events != 2 {
			t.Errorf("counterparts = %+v, want USA (2 events) then PRK", d.Counterparts)
		}
		only, err := s.Actors(ctx, store.ActorFilter{Query: "prk"})
		if err != nil || len(only) != 1 {
			t.Errorf("Actors(query prk) = %v, %v; want one", only, err)
		}
		if _, err := s.Actor(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Actor(nobody) error = %v, want ErrNotFound", err)
		}
	})
}

func TestSearch(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		ctx := context.Background()
		tests := []struct {
			query string
			want  int
		}{
			{"extended deterrence", 3}, // a.txt, b.txt and its copy
			{`"extended deterrence"`, 3},
			{"deterrence -tokyo", 0},
			{"warned", 1},
			{"warn", 1}, // stemmed
			{`NEAR AND "`, 0},
			{"nothinglikethis", 0},
			{"", 0},
		}
		for _, tt := range tests {
			hits, err := s.Search(ctx, tt.query, 10)
			if err != nil {
				t.Errorf("Search(%q): %v", tt.query, err)
				continue
			}
			if len(hits) != tt.want {
				t.Errorf("Search(%q) = %d hits, want %d", tt.query, len(hits), tt.want)
			}
			for _, h := range hits {
				if !strings.Contains(h.Snippet, store.MarkStart) {
					t.Errorf("Search(%q) snippet %q has no highlighted match", tt.query, h.Snippet)
				}
			}
		}
	})
}

func TestStats(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		want := store.Stats{Inputs: 5, InputsDone: 5, Articles: 5, Duplicates: 1, Reports: 6, Events: 3, Actors: 3,
			FirstDate: "2024-07-28", LastDate: "2024-08-29"}
		if st != want {
			t.Errorf("stats = %+v, want %+v", st, want)
		}
	})
}

func TestOpenBadURL(t *testing.T) {
	for _, url := range []string{"", "sqlite:", "postgres://%zz"} {
		if _, err := store.Open(context.Background(), url); err == nil {
			t.Errorf("Open(%q) succeeded, want an error", url)
		}
	}
	if _, err := store.Open(context.Background(), "sqlite:/nonexistent-dir/x/y.db"); err == nil || !strings.Contains(err.Error(), "nonexistent-dir") {
		t.Errorf("Open on a missing folder: error %v, want one naming the path", err)
	}
}

// diff shows the lines only one of two dumps has.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for _, l := range al {
		if !slices.Contains(bl, l) {
			out = append(out, "- "+l)
		}
	}
	for _, l := range bl {
		if !slices.Contains(al, l) {
			out = append(out, "+ "+l)
		}
	}
	if len(out) > 40 {
		out = append(out[:40], "...")
	}
	return strings.Join(out, "\n")
}

// TestIncrementalRebuildMatchesFull ingests in three steps — the last one an
// earlier-published original of an article already stored, which relinks
// the copy and changes source counts — and checks that a full rebuild
// afterwards finds nothing to change.
func TestIncrementalRebuildMatchesFull(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		c := corpus()
		ingest(t, s, c[:2])
		ingest(t, s, c[2:])
		held := "The foreign ministers of Japan and the United States met in Tokyo on Sunday and discussed extended deterrence."
		original := store.Batch{Input: "in/original.txt", Done: true, Records: []store.Record{
			rec("in/original.txt", "2024-07-27", "", report("CONSULT", event.Occurred, "2024-07-28", "2024-07-28", event.GrainDay, "Tokyo", "JPN", held, "JPN", "USA")),
		}}
		ingest(t, s, []store.Batch{original})
		st, err := s.Rebuild(ctx, store.RebuildOptions{Full: true})
		if err != nil {
			t.Fatal(err)
		}
		if st.Inserted+st.Updated+st.Deleted+st.Relinked != 0 {
			t.Errorf("a full rebuild after incremental ones changed rows: %+v", st)
		}
		events, err := s.Events(ctx, store.Filter{From: "2024-07-28", To: "2024-07-28"})
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 1 || events[0].Sources != 3 || len(events[0].Evidence) != 5 {
			t.Fatalf("meeting: %d events, want 1 with 3 sources (b and its copy now copy the original) and 5 reports: %+v", len(events), events)
		}
	})
}

func TestConcurrentOpenMigratesOnce(t *testing.T) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			url := storetest.URL(t, engine)
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					s, err := store.Open(context.Background(), url)
					if err != nil {
						t.Error(err)
						return
					}
					s.Close()
				})
			}
			wg.Wait()
			s := open(t, url)
			var n, distinct int
			if err := s.DB().QueryRow(`SELECT count(*), count(DISTINCT version) FROM schema_migrations`).Scan(&n, &distinct); err != nil {
				t.Fatal(err)
			}
			if n != distinct {
				t.Errorf("schema_migrations has %d rows for %d versions", n, distinct)
			}
		})
	}
}

func TestStaleSignaturesAreSignedAgain(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ingest(t, s, corpus())
		want := dump(t, s)
		if _, err := s.DB().Exec(`UPDATE articles SET signature = NULL`); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Rebuild(context.Background(), store.RebuildOptions{Full: true}); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s); got != want {
			t.Fatalf("rebuild after losing signatures changed the store:\n%s", diff(want, got))
		}
	})
}

func TestOpenExistingWantsTheFile(t *testing.T) {
	url := "sqlite:" + filepath.Join(t.TempDir(), "none.db")
	if _, err := store.OpenExisting(context.Background(), url); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("OpenExisting on a missing file: %v, want ErrNotFound", err)
	}
	if _, err := os.Stat(strings.TrimPrefix(url, "sqlite:")); err == nil {
		t.Errorf("OpenExisting created the file")
	}
}

// numberedArticles returns a maker of one-article batches: the nth call
// stores its event under in/PREFIX-nnn.txt, as told by outlet n, so every
// article and report is new.
func numberedArticles(prefix string) func(published string, e event.Event) store.Batch {
	n := 0
	return func(published string, e event.Event) store.Batch {
		n++
		source := fmt.Sprintf("in/%s-%03d.txt", prefix, n)
		e.Evidence[0].Text = fmt.Sprintf("%s Outlet %d reported it.", e.Evidence[0].Text, n)
		return store.Batch{Input: source, Done: true, Records: []store.Record{rec(source, published, fmt.Sprintf("Story %d. ", n), e)}}
	}
}

// checkFilledAtRebuild stores three reports of the days given, clears a
// column the store derives from each report (clear, an UPDATE), as a store
// from before that column has it, and checks the next rebuild merges all
// three again, leaves none that missing (a count query) finds, and leaves
// the store as it was.
func checkFilledAtRebuild(t *testing.T, s *store.Store, days []string, clear, missing, what string) {
	t.Helper()
	var batches []store.Batch
	for i, d := range days {
		source := fmt.Sprintf("in/old-%d.txt", i)
		e := report("CONSULT", event.Occurred, d, d, event.GrainDay, "Tokyo", "JPN", fmt.Sprintf("Officials met, outlet %d said.", i), "JPN", "USA")
		batches = append(batches, store.Batch{Input: source, Done: true, Records: []store.Record{rec(source, d, "", e)}})
	}
	ingest(t, s, batches)
	want := dump(t, s)
	if _, err := s.DB().Exec(clear); err != nil {
		t.Fatal(err)
	}
	st, err := s.Rebuild(context.Background(), store.RebuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Reports != len(days) {
		t.Errorf("merged %d reports again, want all %d", st.Reports, len(days))
	}
	var n int
	if err := s.DB().QueryRow(missing).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d reports without their %s", n, what)
	}
	if got := dump(t, s); got != want {
		t.Errorf("filling %ss changed the store:\n%s", what, diff(want, got))
	}
}

// checkRounds saves the rounds of batches into s one after another,
// rebuilding after each, and checks that each round merges the number of
// reports merged gives again, that the store then equals one rebuild of
// everything saved so far in a new store, and that a full rebuild changes
// nothing.
func checkRounds(t *testing.T, s *store.Store, rounds [][]store.Batch, merged []int, opts merge.Options) {
	t.Helper()
	ctx := context.Background()
	var all []store.Batch
	for i, batches := range rounds {
		all = append(all, batches...)
		saveAll(t, s, batches)
		st, err := s.Rebuild(ctx, store.RebuildOptions{Merge: &opts})
		if err != nil {
			t.Fatal(err)
		}
		if st.Reports != merged[i] {
			t.Errorf("round %d merged %d reports again, want %d: %+v", i+1, st.Reports, merged[i], st)
		}
		one := open(t, storetest.URL(t, string(s.Engine())))
		saveAll(t, one, all)
		if _, err := one.Rebuild(ctx, store.RebuildOptions{Merge: &opts}); err != nil {
			t.Fatal(err)
		}
		if got, want := dump(t, s), dump(t, one); got != want {
			t.Fatalf("round %d: the store differs from one rebuild of the same articles:\n%s", i+1, diff(want, got))
		}
		before := dump(t, s)
		if st, err := s.Rebuild(ctx, store.RebuildOptions{Full: true, Merge: &opts}); err != nil {
			t.Fatal(err)
		} else if st.Inserted+st.Updated+st.Deleted != 0 {
			t.Errorf("round %d: a full rebuild changed events: %+v", i+1, st)
		}
		if after := dump(t, s); after != before {
			t.Fatalf("round %d: a full rebuild changed the store:\n%s", i+1, diff(before, after))
		}
	}
}
