package merge

import (
	"testing"

	"storyline/internal/event"
)

// A measure's coming into force is told of the act that announced it,
// though a later report retells the measure a few days after ("He said
// Russia had been forced to halt flights to Georgia", dated to the day he
// said it): the plan was told before that retelling, so the retelling is
// not its announcement, and the act before it is (stop 45). A plan told
// before every act, and a plan whose sides are the other way round from
// the only act it was told after, stay apart.
func TestComingIntoForcePassesOverALaterRetelling(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	measure := func(id, day string, status event.Status, published, source, target string) Report {
		basis := "relative"
		if status == event.Planned {
			basis = "explicit"
		}
		r := withSides(rep(id, id, id, [4]string{day, day, "day", basis}, status, "", ""), "SANCTION", source, target)
		r.Published = published
		return r
	}
	acts := []Report{
		// "On Friday, Putin signed a decree suspending flights to Georgia."
		measure("a1", "2019-06-21", event.Occurred, "2019-06-21", "RUS", "GEO"),
		measure("a2", "2019-06-21", event.Occurred, "2019-06-22", "RUS", "GEO"),
		// "He said on Monday Russia had been forced to halt flights."
		measure("r1", "2019-06-24", event.Occurred, "2019-06-24", "RUS", "GEO"),
	}
	tests := []struct {
		name  string
		plans []Report
		joins bool
	}{
		// "Putin signed a decree suspending air traffic with Georgia
		// starting on 8 July", told the day after the decree.
		{"must join: the plan told before the retelling is of the decree",
			[]Report{measure("p1", "2019-07-08", event.Planned, "2019-06-22", "RUS", "GEO"),
				measure("p2", "2019-07-08", event.Planned, "2019-06-23", "RUS", "GEO")}, true},
		// "Russia will suspend flights to Georgia from July 8", before any decree.
		{"stay apart: a plan told before every act",
			[]Report{measure("p1", "2019-07-08", event.Planned, "2019-06-19", "RUS", "GEO")}, false},
		{"stay apart: a plan with the sides the other way round",
			[]Report{measure("p1", "2019-07-08", event.Planned, "2019-06-22", "GEO", "RUS")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, act := range joinedWithA1(t, opts, acts, tc.plans, tc.joins) {
				if d := act.Event.Date; d == nil || d.Start != "2019-06-21" {
					t.Errorf("the decree is dated %+v, want 2019-06-21", d)
				}
			}
		})
	}
}
