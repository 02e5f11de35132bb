package merge

import (
	"testing"

	"storyline/internal/event"
)

// TestPlanIsOfTheNextEvent: a plan that only its article's publication
// dates ("the two delegations are to meet", "the president will announce
// the withdrawal") is of the next event between its parties, when that
// starts within a week of the publication; a plan with a date of its own,
// an act told done, or a plan whose next events tie or lie weeks ahead are
// left as before (stop 30).
func TestPlanIsOfTheNextEvent(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		want    [][]string // the events holding more than one report
	}{
		{"the delegations are to meet: the talks the next day, not those a week later", []Report{
			pubDated("p", "a", "2025-03-10", event.Planned, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-11"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-11"), event.Occurred, "", "", "ARM", "AZE"),
			rep("3", "d", "d", dayOf("2025-03-16"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
		}, [][]string{{"1", "2", "p"}}},
		{"the president will announce the withdrawal; he ordered it, a report of the next day says", []Report{
			withMode(pubDated("p", "a", "2018-12-19", event.Planned, "", "", "USA", "SYR"), ""),
			withMode(pubDated("d", "b", "2018-12-20", event.Occurred, "", "", "USA", "SYR"), ""),
		}, [][]string{{"d", "p"}}},
		// Not the next event: an act told done is of the latest one
		// (latestEvent, stop 32).
		{"an act told done published the day after one event and six after another", []Report{
			pubDated("o", "a", "2025-03-12", event.Occurred, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-11"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-06"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
		}, [][]string{{"1", "o"}}},
		{"leave alone: two events start the next day, at two places", []Report{
			pubDated("p", "a", "2025-03-10", event.Planned, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-11"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-11"), event.Occurred, "Vienna", "AUT", "ARM", "AZE"),
		}, nil},
		{"leave alone: the events lie weeks after the plan's publication", []Report{
			pubDated("p", "a", "2025-03-10", event.Planned, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-25"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-04-15"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
		}, nil},
		{"leave alone: the act told done weeks after the announcement", []Report{
			withMode(pubDated("p", "a", "2018-12-19", event.Planned, "", "", "USA", "SYR"), ""),
			withMode(pubDated("d", "b", "2019-01-10", event.Occurred, "", "", "USA", "SYR"), ""),
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, m := range Merge(tc.reports, testOptions()) {
				if len(m.Reports) > 1 {
					got = append(got, m.Reports)
				}
			}
			if groups := fmtGroups(got); groups != fmtGroups(tc.want) {
				t.Fatalf("got %s, want %s", groups, fmtGroups(tc.want))
			}
		})
	}
}

func fmtGroups(gs [][]string) string {
	s := ""
	for _, g := range gs {
		s += "["
		for i, id := range g {
			if i > 0 {
				s += " "
			}
			s += id
		}
		s += "]"
	}
	return s
}
