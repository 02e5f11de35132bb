package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Stop 41: a report dated to a week or a month that two events of its
// window could be joins the one clearly more articles tell, as an undated
// report does; meetings, plans, no clear lead and a window of years stay
// apart.

// charge is an accusation of Mali against Algeria, dated by date.
func charge(id, art string, date [4]string, text string) Report {
	r := rep(id, art, art, date, event.Occurred, "", "", "MLI", "DZA")
	r.Event.Type, r.Event.Mode = "ACCUSE", ""
	r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
	return withText(r, text)
}

func span(start, end, grain string) [4]string { return [4]string{start, end, grain, "relative"} }

func TestWeekOrMonthJoinsTheEventMostTold(t *testing.T) {
	// The news of the week: an accusation on Sunday told by three outlets,
	// an earlier one on Tuesday told by one.
	week := []Report{
		charge("a1", "a", relDay("2024-04-07"), "Mali on Sunday accused Algeria of downing its drone."),
		charge("a2", "b", relDay("2024-04-07"), "Bamako accused Algiers on Sunday of shooting down a drone."),
		charge("a3", "c", relDay("2024-04-07"), "The junta accused Algeria of a hostile act on Sunday."),
		charge("b1", "d", relDay("2024-04-02"), "Mali accused Algeria on Tuesday of arming rebels."),
	}
	tests := []struct {
		name  string
		in    []Report
		x     string // the coarse report
		joins string // the report whose event it must join; "" stands apart
	}{
		{"must join: an accusation told as of last week", append(slices.Clone(week),
			charge("x", "e", span("2024-04-01", "2024-04-07", "week"), "Mali accused Algeria of downing one of its drones last week.")), "x", "a1"},
		{"must join: an accusation told as of the month", append(slices.Clone(week),
			charge("x", "e", span("2024-04-01", "2024-04-30", "month"), "In April, Mali accused Algeria of shooting down a drone.")), "x", "a1"},
		{"stay apart: no clear lead", []Report{
			charge("a1", "a", relDay("2024-04-07"), "Mali on Sunday accused Algeria of downing its drone."),
			charge("a2", "b", relDay("2024-04-07"), "Bamako accused Algiers on Sunday of shooting down a drone."),
			charge("b1", "c", relDay("2024-04-02"), "Mali accused Algeria on Tuesday of arming rebels."),
			charge("b2", "d", relDay("2024-04-02"), "On Tuesday Mali blamed Algeria for arming rebels."),
			charge("x", "e", span("2024-04-01", "2024-04-07", "week"), "Mali accused Algeria last week."),
		}, "x", ""},
		{"stay apart: a window of a year", append(slices.Clone(week),
			charge("x", "e", span("2024-01-01", "2024-12-31", "year"), "Mali has accused Algeria several times this year.")), "x", ""},
		{"stay apart: a meeting of the month", []Report{
			withMode(rep("a1", "a", "a", relDay("2024-04-07"), event.Occurred, "", "", "MLI", "DZA"), "meet"),
			withMode(rep("a2", "b", "b", relDay("2024-04-07"), event.Occurred, "", "", "MLI", "DZA"), "meet"),
			withMode(rep("a3", "c", "c", relDay("2024-04-07"), event.Occurred, "", "", "MLI", "DZA"), "meet"),
			withMode(rep("b1", "d", "d", relDay("2024-04-02"), event.Occurred, "", "", "MLI", "DZA"), "meet"),
			withMode(rep("x", "e", "e", span("2024-04-01", "2024-04-30", "month"), event.Occurred, "", "", "MLI", "DZA"), "meet"),
		}, "x", ""},
	}
	for _, tc := range tests {
		for _, order := range []string{"forward", "backward"} {
			t.Run(tc.name+" ("+order+")", func(t *testing.T) {
				in := tc.in
				if order == "backward" {
					in = backwards(in)
				}
				ms := Merge(in, testOptions())
				for _, m := range ms {
					if !slices.Contains(m.Reports, tc.x) {
						continue
					}
					if tc.joins == "" && len(m.Reports) != 1 {
						t.Fatalf("%s joined an event: %s", tc.x, groups(ms))
					}
					if tc.joins != "" && !slices.Contains(m.Reports, tc.joins) {
						t.Fatalf("%s not with %s: %s", tc.x, tc.joins, groups(ms))
					}
				}
			})
		}
	}
}
