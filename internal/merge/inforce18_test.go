package merge

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// A plan dated to the day a measure comes into force, told after the
// measure was announced, is of the announced act; a plan told before it, a
// meeting planned after one, or a plan more than a month later stays apart
// (stop 36).
func TestPlanOfComingIntoForceJoinsTheAct(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	measure := func(id, typ, day string, status event.Status, published string) Report {
		// A plan states the day in full ("from March 16"), which outranks
		// the announcement's "on Monday" when the event's day is chosen.
		basis := "relative"
		if status == event.Planned {
			basis = "explicit"
		}
		r := rep(id, id, id, [4]string{day, day, "day", basis}, status, "", "", "CHN", "CAN")
		r.Event.Type, r.Event.Mode = typ, ""
		r.Published = published
		return r
	}
	announced := []Report{
		measure("a1", "SANCTION", "2024-03-04", event.Occurred, "2024-03-04"),
		measure("a2", "SANCTION", "2024-03-04", event.Occurred, "2024-03-05"),
	}
	tests := []struct {
		name  string
		plans []Report
		joins bool
	}{
		// "Beijing said on Monday it will impose the duties from March 16."
		{"must join: duties told after their announcement, dated to the day they take effect",
			[]Report{measure("p1", "SANCTION", "2024-03-16", event.Planned, "2024-03-05")}, true},
		// "The troops are to leave by April 1", told the day after the order.
		{"must join: two outlets date the measure by its deadline four weeks on",
			[]Report{measure("p1", "SANCTION", "2024-04-01", event.Planned, "2024-03-05"), measure("p2", "SANCTION", "2024-04-01", event.Planned, "2024-03-06")}, true},
		// "Beijing will impose duties from March 16", told before any announcement.
		{"stay apart: a plan told before the act was announced",
			[]Report{measure("p1", "SANCTION", "2024-03-16", event.Planned, "2024-03-01")}, false},
		{"stay apart: a plan more than a month after the act",
			[]Report{measure("p1", "SANCTION", "2024-04-20", event.Planned, "2024-03-05")}, false},
		// "They met on Monday and will meet again next week."
		{"stay apart: a meeting planned after a meeting",
			[]Report{measure("p1", "CONSULT", "2024-03-12", event.Planned, "2024-03-05")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(announced)
			if tc.plans[0].Event.Type == "CONSULT" {
				for i := range in {
					in[i].Event.Type = "CONSULT"
				}
			}
			for _, act := range joinedWithA1(t, opts, in, tc.plans, tc.joins) {
				if tc.joins {
					if d := act.Event.Date; d == nil || d.Start != "2024-03-04" {
						t.Errorf("the event is dated %+v, want the announcement's day 2024-03-04", d)
					}
				}
			}
		})
	}
}

// A measure told done on the day it takes effect ("the ban went into force
// on Monday") is of the act that decided it weeks before, and the article
// that told both the decision and the coming into force stays one telling;
// a report of that day with no such words, or a threat, stays apart (stop
// 36).
func TestComingIntoForceToldDoneJoinsTheAct(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	report := func(id, art, typ, day string, status event.Status, text string) Report {
		r := withText(rep(id, art, art, [4]string{day, day, "day", "relative"}, status, "", "", "RUS", "GEO"), text)
		r.Event.Type, r.Event.Mode = typ, ""
		r.Event.Actors[0].Role, r.Event.Actors[1].Role = event.RoleSource, event.RoleTarget
		return r
	}
	decided := func(typ string) []Report {
		return []Report{
			report("a1", "a", typ, "2024-06-07", event.Occurred, "Moscow suspended the flights on Friday."),
			report("a2", "b", typ, "2024-06-07", event.Occurred, "The government ordered the suspension of the flights on Friday."),
		}
	}
	tests := []struct {
		name  string
		typ   string
		later []Report
		joins bool
	}{
		{"must join: a ban that went into force on its day, told by another outlet", "SANCTION", []Report{
			report("f1", "c", "SANCTION", "2024-07-01", event.Occurred, "The ban on direct flights went into force on Monday, stranding travellers."),
		}, true},
		{"must join: duties that took effect, and an article telling both the order and the day it starts", "SANCTION", []Report{
			report("f1", "d", "SANCTION", "2024-07-01", event.Occurred, "The new duties took effect at midnight on Monday."),
			report("f2", "c", "SANCTION", "2024-07-01", event.Planned, "The duties apply from July 1."),
			byPublication(report("f3", "c", "SANCTION", "2024-06-09", event.Occurred, "Moscow has ordered duties on Georgian wine."), "2024-06-09"),
		}, true},
		{"stay apart: a measure of that day told without coming into force", "SANCTION", []Report{
			report("f1", "c", "SANCTION", "2024-07-01", event.Occurred, "Moscow expelled two diplomats on Monday."),
		}, false},
		{"stay apart: a threat does not take effect", "THREATEN", []Report{
			report("f1", "c", "THREATEN", "2024-07-01", event.Occurred, "Hours after the tariffs took effect, Moscow threatened to cut the gas."),
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joinedWithA1(t, opts, decided(tc.typ), tc.later, tc.joins)
		})
	}
}

// joinedWithA1 merges acts and more, in both orders, and fails t unless
// each report of more is in the event holding a1 exactly when joins. It
// returns that event of each order.
func joinedWithA1(t *testing.T, opts Options, acts, more []Report, joins bool) []Merged {
	t.Helper()
	var out []Merged
	for _, order := range [][]Report{append(slices.Clone(acts), more...), append(slices.Clone(more), acts...)} {
		got := Merge(order, opts)
		with := slices.IndexFunc(got, func(m Merged) bool { return slices.Contains(m.Reports, "a1") })
		if with < 0 {
			t.Fatalf("a1 is in no event: %+v", got)
		}
		for _, r := range more {
			if in := slices.Contains(got[with].Reports, r.Event.ID); in != joins {
				t.Errorf("%s with the act: %v, want %v (%+v)", r.Event.ID, in, joins, got)
			}
		}
		out = append(out, got[with])
	}
	return out
}

// byPublication leaves a report dated only by its article's publication.
func byPublication(r Report, published string) Report {
	r.Event.Date = &event.Date{Start: published, End: published, Grain: event.GrainDay, Basis: event.BasisPublication}
	r.Published = published
	return r
}
