package store_test

import (
	"context"
	"testing"

	"storyline/internal/event"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// TestCallsStoredUnderTheOldKeyMergeAgain: a store written when calls had
// a merge key of their own ("...|remote") is moved to the key of its type
// and parties by its migration, and a rebuild then merges a call with a
// report that says only that the two spoke.
func TestCallsStoredUnderTheOldKeyMergeAgain(t *testing.T) {
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			ctx := context.Background()
			url := storetest.URL(t, engine)
			s := open(t, url)
			call := report("CONSULT", event.Occurred, "2025-03-18", "2025-03-18", event.GrainDay, "", "", "The two presidents held a phone call on Tuesday.", "RUS", "USA")
			call.Mode = "phone"
			spoke := report("CONSULT", event.Occurred, "2025-03-18", "2025-03-18", event.GrainDay, "", "", "The two presidents spoke about a ceasefire.", "RUS", "USA")
			spoke.Mode = ""
			ingest(t, s, []store.Batch{
				{Input: "in/call.txt", Done: true, Records: []store.Record{rec("in/call.txt", "2025-03-18", "", call)}},
				{Input: "in/spoke.txt", Done: true, Records: []store.Record{rec("in/spoke.txt", "2025-03-19", "", spoke)}},
			})
			want := dump(t, s)
			// Make it the store an older version wrote: the call's report and
			// event under the old key, the migration not yet applied.
			for _, q := range []string{
				`UPDATE reports SET group_key = group_key || '|remote' WHERE record LIKE '%"phone"%'`,
				`UPDATE events SET group_key = group_key || '|remote'`,
				`DELETE FROM schema_migrations WHERE version = 12`,
			} {
				if _, err := s.DB().ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			s.Close()
			s = open(t, url)
			var old int
			if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM reports WHERE group_key LIKE '%|remote'`).Scan(&old); err != nil {
				t.Fatal(err)
			}
			if old != 0 {
				t.Fatalf("%d reports keep the old key after the migration", old)
			}
			if _, err := s.Rebuild(ctx, store.RebuildOptions{}); err != nil {
				t.Fatal(err)
			}
			if got := dump(t, s); got != want {
				t.Errorf("after migration and rebuild the store differs:\n%s", diff(want, got))
			}
			n, err := s.CountEvents(ctx, store.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Errorf("%d events, want the call and the report that they spoke as one", n)
			}
		})
	}
}
