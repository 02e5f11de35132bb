package merge

import (
	"testing"

	"storyline/internal/event"
)

// A chain of the day a measure starts, holding a plan that names that day
// ("will lift the sanctions effective on March 16") and acts told done on
// it ("lifted the sanctions on March 16"), is the measure's coming into
// force and joins the act announced before it; a chain whose plan names
// no start, whose acts begin the day before the plan's start, or that
// tells a threat, stays apart (stop 37).
func TestPlanNamingItsStartMakesTheDayTheComingIntoForce(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	report := func(id, typ, day string, status event.Status, published, text string) Report {
		r := withText(rep(id, id, id, [4]string{day, day, "day", "relative"}, status, "", "", "USA", "SDN"), text)
		r.Event.Type, r.Event.Mode = typ, ""
		r.Published = published
		return r
	}
	announced := func(typ string) []Report {
		return []Report{
			report("a1", typ, "2024-03-04", event.Occurred, "2024-03-04", "The United States on Monday decided to lift the sanctions on Sudan."),
			report("a2", typ, "2024-03-04", event.Occurred, "2024-03-05", "Washington said on Monday it would end the embargo."),
		}
	}
	tests := []struct {
		name  string
		typ   string
		more  []Report
		joins bool
	}{
		{"must join: a plan effective on a day and the lifting told done that day", "CONCEDE", []Report{
			report("p1", "CONCEDE", "2024-03-16", event.Planned, "2024-03-05", "The United States will lift the sanctions effective on March 16, an official said."),
			report("d1", "CONCEDE", "2024-03-16", event.Occurred, "2024-03-17", "The United States lifted the sanctions on Sudan on 16 March."),
		}, true},
		{"must join: controls tightened on the Thursday a plan said they would start", "SANCTION", []Report{
			report("p1", "SANCTION", "2024-03-07", event.Planned, "2024-03-07", "The government said it will tighten the export rules starting Thursday."),
			report("d1", "SANCTION", "2024-03-07", event.Occurred, "2024-03-07", "Tokyo imposed the tighter export rules on Thursday."),
			report("d2", "SANCTION", "2024-03-07", event.Occurred, "2024-03-08", "The rules were tightened on March 7."),
		}, true},
		{"stay apart: the plan names no start", "CONCEDE", []Report{
			report("p1", "CONCEDE", "2024-03-16", event.Planned, "2024-03-05", "The United States will lift more sanctions on March 16, an official said."),
			report("d1", "CONCEDE", "2024-03-16", event.Occurred, "2024-03-17", "The United States lifted further sanctions on 16 March."),
		}, false},
		{"stay apart: the act told done the day before the start it names", "SANCTION", []Report{
			report("d1", "SANCTION", "2024-03-18", event.Occurred, "2024-03-18", "Beijing said on Monday it imposed new duties."),
			report("p1", "SANCTION", "2024-03-19", event.Planned, "2024-03-18", "The duties will apply starting Tuesday."),
		}, false},
		{"stay apart: a threat", "THREATEN", []Report{
			report("p1", "THREATEN", "2024-03-16", event.Planned, "2024-03-05", "He will threaten new measures starting Monday."),
			report("d1", "THREATEN", "2024-03-16", event.Occurred, "2024-03-17", "He threatened new measures on 16 March."),
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, act := range joinedWithA1(t, opts, announced(tc.typ), tc.more, tc.joins) {
				if d := act.Event.Date; tc.joins && (d == nil || d.Start != "2024-03-04") {
					t.Errorf("the event is dated %+v, want the announcement's day 2024-03-04", d)
				}
			}
		})
	}
}
