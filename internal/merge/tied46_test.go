package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Stop 46: a plan its own text dates to a month ("Chile will recognise
// the state at the October summit") whose month holds several events of
// its group joins the one clearly most told, as an act told of the month
// does; two events equally told, a meeting planned for the month, and a
// plan only its publication dates stay apart, and the events of the
// month stay two.

// recognition is Chile's support for Palau, dated by date, with the
// article's publication.
func recognition(id, art, published string, date [4]string, status event.Status, text string) Report {
	r := withSides(rep(id, art, art, date, status, "", "", "CHL", "PLW"), "SUPPORT", "CHL", "PLW")
	r.Published = published
	return withText(r, text)
}

func TestPlanOfTheMonthJoinsTheEventMostTold(t *testing.T) {
	month := span("2030-10-01", "2030-10-31", "month")
	// The recognition on Monday 14 October, told by three outlets with
	// varied dating; a vote of support on the 3rd, told by one.
	acts := []Report{
		recognition("a1", "a", "2030-10-14", relDay("2030-10-14"), event.Occurred, "Chile on Monday formally recognised Palau's claim at the summit."),
		recognition("a2", "b", "2030-10-15", relDay("2030-10-14"), event.Occurred, "Chile recognised the claim on Monday, its foreign minister said."),
		recognition("a3", "c", "2030-10-14", dayOf("2030-10-14"), event.Occurred, "SANTIAGO, Oct 14 - Chile recognised Palau's claim on October 14."),
		recognition("b1", "d", "2030-10-03", relDay("2030-10-03"), event.Occurred, "Chile's parliament on Thursday voted to back Palau."),
	}
	plans := []Report{
		recognition("x", "e", "2030-08-02", month, event.Planned, "Chile will formally recognise Palau's claim at the summit in October, the president announced Thursday."),
		recognition("y", "f", "2030-08-05", month, event.Planned, "Chile will also recognise the claim in October, days after its neighbour said so."),
	}
	tests := []struct {
		name  string
		in    []Report
		joins string // the report whose event the plans join; "" stand apart
	}{
		{"must join: plans of the month join the recognition most told", append(slices.Clone(acts), plans...), "a1"},
		{"stay apart: two events of the month equally told", append([]Report{acts[0], acts[1], acts[3],
			recognition("b2", "g", "2030-10-03", relDay("2030-10-03"), event.Occurred, "Chile backed Palau on Thursday in a parliamentary vote.")}, plans...), ""},
		{"stay apart: a meeting planned for the month", []Report{
			withMode(rep("a1", "a", "a", relDay("2030-10-14"), event.Occurred, "", "", "CHL", "PLW"), "meet"),
			withMode(rep("a2", "b", "b", relDay("2030-10-14"), event.Occurred, "", "", "CHL", "PLW"), "meet"),
			withMode(rep("a3", "c", "c", relDay("2030-10-14"), event.Occurred, "", "", "CHL", "PLW"), "meet"),
			withMode(rep("b1", "d", "d", relDay("2030-10-03"), event.Occurred, "", "", "CHL", "PLW"), "meet"),
			withMode(rep("x", "e", "e", month, event.Planned, "", "", "CHL", "PLW"), "meet"),
		}, ""},
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
					if slices.Contains(m.Reports, "a1") && slices.Contains(m.Reports, "b1") {
						t.Fatalf("the events of the 3rd and the 14th joined: %s", groups(ms))
					}
					for _, p := range []string{"x", "y"} {
						if !slices.Contains(m.Reports, p) {
							continue
						}
						if tc.joins == "" && slices.ContainsFunc(m.Reports, func(id string) bool { return id != "x" && id != "y" }) {
							t.Fatalf("%s joined an event: %s", p, groups(ms))
						}
						if tc.joins != "" && !slices.Contains(m.Reports, tc.joins) {
							t.Fatalf("%s not with %s: %s", p, tc.joins, groups(ms))
						}
					}
				}
			})
		}
	}
}
