package merge

import (
	"testing"

	"storyline/internal/event"
)

// pubDated is a report its text does not date: only its article's
// publication day (pub, "" for none) places it.
func pubDated(id, art, pub string, status event.Status, place, placeCountry string, countries ...string) Report {
	r := rep(id, art, art, dayOf("2000-01-01"), status, place, placeCountry, countries...)
	r.Event.Date = nil
	r.Published = pub
	return r
}

// Articles published a few days apart that tell an act none of them dates
// (a strike, a raid) tell one act when the weeks before their publication
// share a day; an undated report at its place then has one event to join.
func TestShortWindowsShareADay(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{name: "reports published two and four days apart are one act",
			reports: []Report{
				pubDated("1", "a", "2024-03-04", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
				pubDated("2", "b", "2024-03-06", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
				pubDated("3", "c", "2024-03-08", event.Occurred, "", "", "USA", "IRN"),
			}, events: 1},
		{name: "an undated report joins the one act at its place",
			reports: []Report{
				pubDated("1", "a", "2024-03-04", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
				pubDated("2", "b", "2024-03-07", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
				pubDated("3", "c", "", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
			}, events: 1},
		{name: "leave alone: weeks that share no day are two acts",
			reports: []Report{
				pubDated("1", "a", "2024-03-01", event.Occurred, "", "", "USA", "IRN"),
				pubDated("2", "b", "2024-03-20", event.Occurred, "", "", "USA", "IRN"),
			}, events: 2},
		{name: "leave alone: two places are two acts",
			reports: []Report{
				pubDated("1", "a", "2024-03-04", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
				pubDated("2", "b", "2024-03-06", event.Occurred, "Erbil", "IRQ", "USA", "IRN"),
			}, events: 2},
		{name: "leave alone: plans months ahead published a month apart stay apart",
			reports: []Report{
				pubDated("1", "a", "2024-03-04", event.Planned, "", "", "USA", "IRN"),
				pubDated("2", "b", "2024-04-04", event.Planned, "", "", "USA", "IRN"),
			}, events: 2},
	}
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*Report
			for i := range tt.reports {
				ps = append(ps, &tt.reports[i])
			}
			if got := MergeGroup(ps, opts); len(got) != tt.events {
				t.Errorf("got %d events, want %d: %v", len(got), tt.events, got)
			}
		})
	}
}
