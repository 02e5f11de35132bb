package store_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"storyline/internal/article"
	"storyline/internal/dedup"
	"storyline/internal/event"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// copiesCorpus is n articles of made-up prose, a third of them copies
// (verbatim, trimmed or with words swapped) of an earlier-generated one,
// often published before it, so that later batches displace the originals
// of earlier ones; each carries a report of a meeting between two of a few
// countries on a day near its publication, so groups span batches.
func copiesCorpus(n int, seed uint64) []store.Record {
	r := rand.New(rand.NewPCG(seed, 1))
	words := strings.Fields("the minister said talks would go on after a meeting on trade and security " +
		"officials from both sides met again to discuss border issues while markets rose and fell " +
		"analysts expect further rounds of negotiation over tariffs energy and defence spending")
	names := strings.Fields("Tokyo Berlin Ankara Lagos Lima Oslo Quito Hanoi Accra Doha Riga Sofia")
	countries := []string{"JPN", "USA", "DEU", "FRA", "TUR", "NGA"}
	var bodies []string
	var out []store.Record
	for i := range n {
		var body string
		if i > 10 && r.IntN(3) == 0 {
			src := strings.Split(bodies[r.IntN(len(bodies))], ". ")
			switch r.IntN(3) {
			case 1: // trimmed
				src = src[:len(src)*3/4]
			case 2: // a few words swapped
				src = slices.Clone(src)
				for range 3 {
					k := r.IntN(len(src))
					src[k] = strings.Replace(src[k], "the", "a", 1)
				}
			}
			body = strings.Join(src, ". ")
		} else {
			var sentences []string
			for range 12 + r.IntN(10) {
				var s []string
				for range 10 + r.IntN(8) {
					switch r.IntN(8) {
					case 0:
						s = append(s, names[r.IntN(len(names))])
					case 1:
						s = append(s, fmt.Sprint(r.IntN(500)))
					default:
						s = append(s, words[r.IntN(len(words))])
					}
				}
				sentences = append(sentences, strings.Join(s, " "))
			}
			body = strings.Join(sentences, ". ")
		}
		bodies = append(bodies, body)
		day := 1 + r.IntN(28)
		var published *string
		if r.IntN(10) > 0 {
			published = ptr(fmt.Sprintf("2024-03-%02d", day))
		}
		a, b := countries[r.IntN(len(countries))], countries[r.IntN(len(countries))]
		text := body[:40]
		e := report("CONSULT", event.Occurred, fmt.Sprintf("2024-03-%02d", max(1, day-r.IntN(2))), "", event.GrainDay, "", "", text, a, b)
		e.Date.End = e.Date.Start
		e.Evidence[0].Start, e.Evidence[0].End = 0, len(text)
		source := fmt.Sprintf("in/%04d.txt", i)
		e.Evidence[0].Source = source
		out = append(out, store.Record{
			Article: article.Article{Source: source, Title: "Title " + source, Published: published, Publisher: ptr("Outlet"), Language: "en", Body: body},
			Events:  []event.Event{e},
		})
	}
	return out
}

// TestIncrementalLinksMatchFullRebuild ingests a corpus in shuffled batches,
// each followed by an incremental rebuild, and checks that the store then
// equals a full rebuild of itself, one rebuild of the whole corpus in
// another store, and the links a dedup.Index gives over the articles in
// canonical order.
func TestIncrementalLinksMatchFullRebuild(t *testing.T) {
	t.Run("one step a batch", func(t *testing.T) { testIncrementalLinks(t) })
	// Batches of 100 linked in steps of 37, keeping the articles one step
	// read for the next (up to 150 of them, then none).
	t.Run("in steps", func(t *testing.T) {
		store.LinkInSteps(t, 37, 150)
		testIncrementalLinks(t)
	})
}

func testIncrementalLinks(t *testing.T) {
	recs := copiesCorpus(600, 7)
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		order := rand.New(rand.NewPCG(3, 4)).Perm(len(recs))
		var batches [][]store.Batch
		for i := 0; i < len(order); i += 100 {
			var step []store.Batch
			for _, k := range order[i:min(i+100, len(order))] {
				step = append(step, store.Batch{Input: recs[k].Article.Source, Done: true, Records: []store.Record{recs[k]}})
			}
			batches = append(batches, step)
		}
		var relinkedOld int
		for _, step := range batches {
			before := links(t, s)
			ingest(t, s, step)
			after := links(t, s)
			for id, dup := range before {
				if after[id] != dup {
					relinkedOld++
				}
			}
		}
		if relinkedOld == 0 {
			t.Errorf("no batch changed the link of an article stored before it: the corpus does not test relinking")
		}
		incremental := dump(t, s)

		st, err := s.Rebuild(ctx, store.RebuildOptions{Full: true})
		if err != nil {
			t.Fatal(err)
		}
		if st.Inserted+st.Updated+st.Deleted+st.Relinked != 0 {
			t.Errorf("a full rebuild after incremental ones changed rows: %+v", st)
		}
		if got := dump(t, s); got != incremental {
			t.Fatalf("full rebuild differs from the incremental ones:\n%s", diff(incremental, got))
		}

		// Links as an in-memory index gives them, in canonical order.
		got := links(t, s)
		type art struct{ id, pub, source string }
		var arts []art
		sigs := map[string]dedup.Signature{}
		for _, r := range recs {
			id := store.ArticleID(r.Article.Source, r.Article.Body)
			arts = append(arts, art{id, *cmp.Or(r.Article.Published, ptr("9999")), r.Article.Source})
			sigs[id] = dedup.Sign(r.Article.Body)
		}
		slices.SortFunc(arts, func(a, b art) int {
			return cmp.Or(strings.Compare(a.pub, b.pub), strings.Compare(a.source, b.source), strings.Compare(a.id, b.id))
		})
		ix := dedup.NewIndex(dedup.Options{})
		dups := 0
		for _, a := range arts {
			want, _ := ix.AddSigned(a.id, sigs[a.id])
			if want != "" {
				dups++
			}
			if got[a.id] != want {
				t.Errorf("article %s (%s): duplicate_of %q, the index says %q", a.id, a.source, got[a.id], want)
			}
		}
		if dups < len(recs)/5 {
			t.Errorf("%d copies found among %d articles, want at least %d: the corpus does not test linking", dups, len(recs), len(recs)/5)
		}
	})
}

// TestOneRebuildEqualsManyRebuilds stores the same corpus with one rebuild
// at the end and with one after each batch: the stores are equal.
func TestOneRebuildEqualsManyRebuilds(t *testing.T) {
	all := oneInputEach(copiesCorpus(300, 11))
	eachEngine(t, func(t *testing.T, s *store.Store) {
		for i := 0; i < len(all); i += 37 {
			ingest(t, s, all[i:min(i+37, len(all))])
		}
		many := dump(t, s)
		one := open(t, storetest.URL(t, string(s.Engine())))
		ingest(t, one, all)
		if got := dump(t, one); got != many {
			t.Fatalf("one rebuild differs from many:\n%s", diff(many, got))
		}
	})
}

// links maps every article to its duplicate_of ("" for none).
func links(t *testing.T, s *store.Store) map[string]string {
	t.Helper()
	rows, err := s.DB().Query(`SELECT id, coalesce(duplicate_of, '') FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, dup string
		if err := rows.Scan(&id, &dup); err != nil {
			t.Fatal(err)
		}
		out[id] = dup
	}
	return out
}

// TestBatchesIntoLargeEventsMatchFullRebuild ingests one group in batches
// that grow a large event and change it in place: the first makes a
// meeting of 40 reports, which a report dated only to its month joins; the
// second adds reports to it and a second meeting that month, so the
// month-dated report can be either and leaves; the third bridges the two
// meetings with reports dated to the days from one to the other, so they
// are one event and the month-dated report joins it again. After each
// batch the store equals one ingest of everything so far.
func TestBatchesIntoLargeEventsMatchFullRebuild(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	words := strings.Fields("budget harbour railway festival orchard bridge tariff museum council rainfall " +
		"vaccine satellite election stadium wheat copper pension glacier drought bakery")
	n := 0
	article := func(published string, e event.Event) store.Batch {
		n++
		source := fmt.Sprintf("in/large-%03d.txt", n)
		var extra []string
		for range 40 {
			extra = append(extra, words[r.IntN(len(words))], fmt.Sprint(r.IntN(10000)))
		}
		return store.Batch{Input: source, Done: true, Records: []store.Record{rec(source, published, strings.Join(extra, " ")+". ", e)}}
	}
	day := func(d string, i int) event.Event {
		return report("CONSULT", event.Occurred, d, d, event.GrainDay, "Tokyo", "JPN",
			fmt.Sprintf("Japanese and US officials met in Tokyo, outlet %d said.", i), "JPN", "USA")
	}
	var first, second, third []store.Batch
	for i := range 40 {
		first = append(first, article("2024-03-11", day("2024-03-10", i)))
	}
	first = append(first, article("2024-04-02", report("CONSULT", event.Occurred, "2024-03-01", "2024-03-31", event.GrainMonth, "", "",
		"Japan and the US held talks in March, a spokesman said.", "JPN", "USA")))
	for i := range 10 {
		second = append(second, article("2024-03-12", day("2024-03-10", 100+i)))
	}
	for i := range 20 {
		second = append(second, article("2024-03-21", day("2024-03-20", 200+i)))
	}
	for i := range 5 {
		third = append(third, article("2024-03-22", report("CONSULT", event.Occurred, "2024-03-10", "2024-03-20", event.GrainRange, "Tokyo", "JPN",
			fmt.Sprintf("Japanese and US officials held talks in Tokyo from March 10 to 20, outlet %d said.", 300+i), "JPN", "USA")))
	}
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var all []store.Batch
		for i, step := range []struct {
			batches []store.Batch
			sizes   []int // reports per event, largest first
		}{
			{first, []int{41}},
			{second, []int{50, 20, 1}},
			{third, []int{76}},
		} {
			all = append(all, step.batches...)
			var paths []string
			for _, b := range step.batches {
				paths = append(paths, b.Input)
			}
			if _, err := s.AddInputs(ctx, paths); err != nil {
				t.Fatal(err)
			}
			for _, b := range step.batches {
				if _, err := s.Save(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			st, err := s.Rebuild(ctx, store.RebuildOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if i > 0 && st.Updated == 0 {
				t.Errorf("batch %d changed no stored event: %+v", i+1, st)
			}
			if sizes := meetingSizes(t, s); !slices.Equal(sizes, step.sizes) {
				t.Errorf("batch %d: events of %v reports, want %v", i+1, sizes, step.sizes)
			}
			one := open(t, storetest.URL(t, string(s.Engine())))
			ingest(t, one, all)
			if got, want := dump(t, s), dump(t, one); got != want {
				t.Fatalf("batch %d: the store differs from one ingest of the same articles:\n%s", i+1, diff(want, got))
			}
		}
	})
}

// meetingSizes gives the number of reports of each stored CONSULT event,
// largest first.
func meetingSizes(t *testing.T, s *store.Store) []int {
	t.Helper()
	events, err := s.Events(context.Background(), store.Filter{Type: "CONSULT"})
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, e := range events {
		sizes = append(sizes, len(e.Evidence))
	}
	slices.SortFunc(sizes, func(a, b int) int { return b - a })
	return sizes
}

// TestRebuildKilledBetweenPartsIsFinishedByTheNext merges one group a
// transaction and stops the rebuild after its first commit, as a kill
// would: the events of that group are already there for readers, the other
// groups' reports (the new ones, and those of the older articles the links
// changed) are still marked for merging, and the next rebuild ends with the
// store one rebuild of everything gives.
func TestRebuildKilledBetweenPartsIsFinishedByTheNext(t *testing.T) {
	all := oneInputEach(copiesCorpus(120, 23))
	eachEngine(t, func(t *testing.T, s *store.Store) {
		whole := open(t, storetest.URL(t, string(s.Engine())))
		ingest(t, whole, all)
		want := dump(t, whole)

		// The first half merged; the second relinks some of its articles.
		ingest(t, s, all[:60])
		before := links(t, s)
		saveAll(t, s, all[60:])
		ctx, cancel := context.WithCancel(context.Background())
		parts := 0
		store.MergeOneGroupAPart(t, func() {
			parts++
			cancel()
		})
		if _, err := s.Rebuild(ctx, store.RebuildOptions{}); !errors.Is(err, context.Canceled) {
			t.Fatalf("rebuild stopped after its first part: err %v, want context.Canceled", err)
		}
		var events, waiting int
		if err := s.DB().QueryRow(`SELECT count(*) FROM events`).Scan(&events); err != nil {
			t.Fatal(err)
		}
		if err := s.DB().QueryRow(`SELECT count(*) FROM reports WHERE merged = FALSE`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if parts != 1 || events == 0 || waiting == 0 {
			t.Fatalf("after one part: %d parts, %d events visible, %d reports waiting; want 1, some, some", parts, events, waiting)
		}
		relinked := 0
		for id, dup := range links(t, s) {
			if old, ok := before[id]; ok && old != dup {
				relinked++
			}
		}
		if relinked == 0 {
			t.Fatal("the second half relinked no article of the first: the test does not reach relinked groups")
		}
		if _, err := s.Rebuild(context.Background(), store.RebuildOptions{}); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, s); got != want {
			t.Fatalf("a rebuild finished by the next differs from one rebuild:\n%s", diff(want, got))
		}
	})
}

// oneInputEach stores each record as an input of its own.
func oneInputEach(recs []store.Record) []store.Batch {
	var all []store.Batch
	for _, r := range recs {
		all = append(all, store.Batch{Input: r.Article.Source, Done: true, Records: []store.Record{r}})
	}
	return all
}
