package store_test

import (
	"context"
	"database/sql"
	"testing"

	"storyline/internal/event"
	"storyline/internal/store"
)

// The coordinates of a report's place reach the merged event, in its record
// and in the location columns; a place without them stores NULL.
func TestLocationCoordinates(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		batches := corpus()
		for _, b := range batches {
			for _, r := range b.Records {
				for _, e := range r.Events {
					if l := e.Location; l != nil && l.Name == "Tokyo" {
						l.Lat, l.Lon, l.GeoNamesID = ptr(35.6895), ptr(139.6917), ptr(int64(1850147))
					}
				}
			}
		}
		ingest(t, s, batches)
		ctx := context.Background()
		events, err := s.Events(ctx, store.Filter{Type: "CONSULT"})
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 2 {
			t.Fatalf("got %d CONSULT events, want 2", len(events))
		}
		check := func(e event.Event, name string, lat *float64, id *int64) {
			t.Helper()
			l := e.Location
			if l == nil || l.Name != name || (l.Lat == nil) != (lat == nil) || (lat != nil && *l.Lat != *lat) ||
				(l.GeoNamesID == nil) != (id == nil) || (id != nil && *l.GeoNamesID != *id) {
				t.Errorf("event %s location %+v, want %s at %v (id %v)", e.ID, l, name, lat, id)
			}
			var gotLat sql.NullFloat64
			var gotID sql.NullInt64
			if err := s.DB().QueryRow(`SELECT location_lat, location_geonames_id FROM events WHERE id = '`+e.ID+`'`).Scan(&gotLat, &gotID); err != nil {
				t.Fatal(err)
			}
			if gotLat.Valid != (lat != nil) || (lat != nil && gotLat.Float64 != *lat) || gotID.Valid != (id != nil) || (id != nil && gotID.Int64 != *id) {
				t.Errorf("event %s columns: lat %v id %v, want %v %v", e.ID, gotLat, gotID, lat, id)
			}
		}
		check(events[0], "Tokyo", ptr(35.6895), ptr(int64(1850147)))
		check(events[1], "Washington", nil, nil)
	})
}
