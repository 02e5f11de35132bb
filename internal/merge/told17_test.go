package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// An undated act told done joins the event told by half as many articles
// again as any other; an undated plan still needs twice (stop 35).
func TestUndatedActToldDoneNeedsALeadOfHalf(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	held := func(id, day string) Report {
		return rep(id, id, id, [4]string{day, day, "day", "explicit"}, event.Occurred, "", "", "FRA", "IND")
	}
	loose := func(id string, status event.Status) Report {
		return undated(rep(id, id, id, [4]string{"2023-01-01", "2023-01-01", "day", "explicit"}, status, "", "", "FRA", "IND"), "")
	}
	threeTwo := []Report{
		held("a1", "2023-04-10"), held("a2", "2023-04-10"), held("a3", "2023-04-10"),
		held("b1", "2023-07-14"), held("b2", "2023-07-14"),
	}
	tests := []struct {
		name  string
		extra []Report
		with  string // the event the undated reports must join; "" = each alone
	}{
		{"must join: an act told done, three articles against two", []Report{loose("u", event.Occurred)}, "a1"},
		{"must join: two acts told done, both with the event three articles tell", []Report{loose("u", event.Occurred), loose("v", event.Occurred)}, "a1"},
		{"stay apart: a plan, three articles against two", []Report{loose("u", event.Planned)}, ""},
		{"stay apart: an act told done, four articles against three", []Report{loose("u", event.Occurred), held("a4", "2023-04-10"), held("b3", "2023-07-14")}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][]Report{append(slices.Clone(threeTwo), tc.extra...), append(slices.Clone(tc.extra), threeTwo...)} {
				got := Merge(order, opts)
				for _, m := range got {
					for _, id := range []string{"u", "v"} {
						if !slices.Contains(m.Reports, id) {
							continue
						}
						if tc.with == "" && len(m.Reports) != 1 {
							t.Errorf("%s joined %v, want it alone", id, m.Reports)
						}
						if tc.with != "" && !slices.Contains(m.Reports, tc.with) {
							t.Errorf("%s is in %v, want it with %s", id, m.Reports, tc.with)
						}
					}
				}
			}
		})
	}
}
