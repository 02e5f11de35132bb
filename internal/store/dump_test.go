package store_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// TestDumpContentIgnoresArchives stores the same web captures twice: once
// from one archive in one round, once from three archives, shuffled, in
// three rounds with a rebuild after each, as several watch processes
// would. The captures' sources (archive file and offset) differ, so Dump
// differs; DumpContent, ids and duplicate links included, must not.
func TestDumpContentIgnoresArchives(t *testing.T) {
	recs := copiesCorpus(300, 11)
	for i := range recs {
		// Two days of news: most copies are published the day of the
		// article they copy, where only the tie-break decides which is
		// the original.
		recs[i].Article.URI = ptr(fmt.Sprintf("https://news%d.example/story/%d", i%3, i))
		recs[i].Article.Published = ptr(fmt.Sprintf("2024-03-%02d", 1+i%2))
	}
	// at names a record as read from an archive at offset.
	at := func(r store.Record, archive string, offset int) store.Record {
		r.Article.Source = fmt.Sprintf("%s#%d", archive, offset)
		r.Events = slices.Clone(r.Events)
		for k := range r.Events {
			r.Events[k].Evidence = slices.Clone(r.Events[k].Evidence)
			for j := range r.Events[k].Evidence {
				r.Events[k].Evidence[j].Source = r.Article.Source
			}
		}
		return r
	}
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			one := open(t, storetest.URL(t, engine))
			b := store.Batch{Input: "crawl/one.warc.gz", Done: true}
			for i, r := range recs {
				b.Records = append(b.Records, at(r, b.Input, 1000*i))
			}
			ingest(t, one, []store.Batch{b})

			three := open(t, storetest.URL(t, engine))
			order := rand.New(rand.NewPCG(5, 6)).Perm(len(recs))
			for round := range 3 {
				input := fmt.Sprintf("watch-%d/storyline-2021.warc.gz", round)
				b := store.Batch{Input: input, Done: true}
				for i, k := range order[round*100 : (round+1)*100] {
					b.Records = append(b.Records, at(recs[k], input, 777*i+round))
				}
				ingest(t, three, []store.Batch{b})
			}

			if dump(t, one) == dump(t, three) {
				t.Fatal("the two stores' Dump is the same: the test does not vary the archives")
			}
			want, got := dumpContent(t, one), dumpContent(t, three)
			if got != want {
				t.Fatalf("DumpContent differs between one archive and three:\n%s", diff(want, got))
			}
			// The tie-break the archives used to decide: a copy published
			// the same day as the article it copies.
			var sameDay int
			err := one.DB().QueryRow(`SELECT count(*) FROM articles a JOIN articles d ON d.id = a.duplicate_of
    WHERE a.published = d.published`).Scan(&sameDay)
			if err != nil {
				t.Fatal(err)
			}
			if sameDay < 10 {
				t.Errorf("%d copies are published the same day as their original: the canonical order's tie-break is hardly tested", sameDay)
			}
		})
	}
}

func dumpContent(t *testing.T, s *store.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.DumpContent(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
