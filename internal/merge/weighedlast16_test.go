package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// mergedWith returns the reports of the event that holds id.
func mergedWith(got []Merged, id string) []string {
	for _, m := range got {
		if slices.Contains(m.Reports, id) {
			return m.Reports
		}
	}
	return nil
}

// A report nothing dates is weighed once the reports dated by their
// publication have joined the events they overlap: the place and the
// particulars those bring tell which event it is (stop 34).
func TestUndatedWeighedAfterDatedCoarse(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	strike := func(id, art string, date [4]string, place, text string) Report {
		r := rep(id, art, art, date, event.Occurred, place, "IRQ", "USA", "IRN")
		r.Event.Type = "ASSAULT"
		r.Event.Mode = ""
		return withText(r, text)
	}
	loose := func(place, text string) Report {
		return undated(strike("u", "u", dayOf("2020-01-01"), place, text), "")
	}
	tests := []struct {
		name    string
		reports []Report
		with    string // the report u must share its event with
	}{
		{"must merge: the article dated by its publication names the place, and more articles tell its event", []Report{
			strike("a1", "a1", dayOf("2020-01-03"), "", "The United States killed the general in a drone strike."),
			pubDated("b1", "b1", "2020-01-04", event.Occurred, "Baghdad", "IRQ", "USA", "IRN"),
			strike("c1", "c1", dayOf("2020-01-06"), "Baghdad", "A rocket struck near the embassy compound."),
			loose("Baghdad", "The strike near the airport in Baghdad shook the region."),
		}, "a1"},
		{"must merge: the article dated by its publication names the particulars too", []Report{
			strike("a1", "a1", dayOf("2020-01-03"), "", "The United States killed the general in a drone strike."),
			withText(pubDated("b1", "b1", "2020-01-04", event.Occurred, "", "", "USA", "IRN"), "Reaper drones fired Hellfire missiles at the convoy."),
			strike("c1", "c1", dayOf("2020-01-06"), "", "Reaper drones fired Hellfire missiles at a depot of the militia."),
			loose("", "Washington said Reaper drones fired Hellfire missiles at the convoy."),
			strike("f1", "f1", dayOf("2020-03-11"), "", "Artillery shelled the militia's positions."),
			strike("f2", "f2", dayOf("2020-03-21"), "", "Jets bombed a weapons store."),
			strike("f3", "f3", dayOf("2020-04-11"), "", "A raid hit the border crossing."),
			strike("f4", "f4", dayOf("2020-04-21"), "", "Gunboats fired on a tanker."),
		}, "a1"},
		{"stay with the named place: no dated report brings it to another event", []Report{
			strike("a1", "a1", dayOf("2020-01-03"), "", "The United States killed the general in a drone strike."),
			pubDated("b1", "b1", "2020-01-04", event.Occurred, "", "", "USA", "IRN"),
			strike("c1", "c1", dayOf("2020-01-06"), "Baghdad", "A rocket struck near the embassy compound."),
			loose("Baghdad", "The strike near the airport in Baghdad shook the region."),
		}, "c1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.reports {
				tc.reports[i].Event.Type = "ASSAULT"
				tc.reports[i].Event.Mode = ""
			}
			for _, in := range [][]Report{tc.reports, backwards(tc.reports)} {
				if got := mergedWith(Merge(in, opts), "u"); !slices.Contains(got, tc.with) {
					t.Errorf("u is in %v, want it with %s", got, tc.with)
				}
			}
		})
	}
}

// An act told done and dated only by its article's publication is of an
// event over by that day, not of one the reports date over the days after
// it (stop 34).
func TestLatestEventOverByPublication(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	detain := func(id string, date [4]string) Report {
		return rep(id, id, id, date, event.Occurred, "", "", "CHN", "CAN")
	}
	span := func(start, end string) [4]string { return [4]string{start, end, "range", "explicit"} }
	tests := []struct {
		name    string
		reports []Report
		with    string // the report p must share its event with
	}{
		{"must merge: the event that goes on for days after the publication is not the act told done", []Report{
			detain("a1", dayOf("2018-12-10")), detain("b1", span("2018-12-11", "2018-12-20")),
			pubDated("p", "p", "2018-12-11", event.Occurred, "", "", "CHN", "CAN"),
		}, "a1"},
		{"must merge: the event over two days before the publication, not the one that starts on it", []Report{
			detain("a1", dayOf("2018-12-08")), detain("b1", span("2018-12-11", "2018-12-14")),
			pubDated("p", "p", "2018-12-11", event.Occurred, "", "", "CHN", "CAN"),
		}, "a1"},
		{"the latest when both were over by the publication", []Report{
			detain("a1", dayOf("2018-12-06")), detain("b1", dayOf("2018-12-10")),
			pubDated("p", "p", "2018-12-11", event.Occurred, "", "", "CHN", "CAN"),
		}, "b1"},
		{"the latest when none was over by the publication", []Report{
			detain("a1", span("2018-12-05", "2018-12-14")), detain("b1", span("2018-12-09", "2018-12-20")),
			pubDated("p", "p", "2018-12-11", event.Occurred, "", "", "CHN", "CAN"),
		}, "b1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, in := range [][]Report{tc.reports, backwards(tc.reports)} {
				if got := mergedWith(Merge(in, opts), "p"); !slices.Contains(got, tc.with) {
					t.Errorf("p is in %v, want it with %s", got, tc.with)
				}
			}
		})
	}
}
