package merge

import (
	"testing"

	"storyline/internal/event"
)

// An act told done weeks after it, dated only by the article's
// publication, whose window meets no event, is a retelling of the act
// clearly most told in the month before; a meeting or call, an act told
// by as many articles as the one before, an act more than a month on, and
// an act whose sides are the other way round stay apart (stop 37).
func TestRetellingJoinsTheActOfTheMonthBefore(t *testing.T) {
	opts := Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays}
	act := func(id, typ, day string) Report {
		r := rep(id, id, id, [4]string{day, day, "day", "relative"}, event.Occurred, "", "", "PAN", "CHN")
		r.Event.Type, r.Event.Mode = typ, ""
		return r
	}
	// "Panama has withdrawn from the Belt and Road", published weeks on.
	retold := func(id, typ, published string) Report {
		return byPublication(act(id, typ, published), published)
	}
	told := func(typ string) []Report {
		return []Report{act("a1", typ, "2025-02-06"), act("a2", typ, "2025-02-06"), act("a3", typ, "2025-02-06")}
	}
	// withSides makes r an act of source against target.
	withSides := func(r Report, source, target string) Report {
		name := map[string]string{"PAN": "Panama", "CHN": "China"}
		r.Event.Actors = []event.Actor{
			{Name: name[source], Country: ptr(source), Role: event.RoleSource},
			{Name: name[target], Country: ptr(target), Role: event.RoleTarget},
		}
		return r
	}
	reversed := func(r Report) Report { return withSides(r, "CHN", "PAN") }
	sided := func(rs []Report) []Report {
		for i := range rs {
			rs[i] = withSides(rs[i], "PAN", "CHN")
		}
		return rs
	}
	tests := []struct {
		name  string
		acts  []Report
		more  []Report
		joins bool
	}{
		// "The decision made Panama the first Latin American country to
		// withdraw", published five weeks after the announcement.
		{"must join: a withdrawal retold five weeks on", told("RETREAT"), []Report{retold("r1", "RETREAT", "2025-03-12")}, true},
		// Two follow-ups a few days apart retell the tariffs of three weeks before.
		{"must join: two follow-ups of one week", told("SANCTION"), []Report{retold("r1", "SANCTION", "2025-02-24"), retold("r2", "SANCTION", "2025-02-27")}, true},
		// "The prime minister also spoke to the president before the call."
		{"stay apart: a call named in passing weeks after a meeting", told("CONSULT"), []Report{retold("r1", "CONSULT", "2025-02-24")}, false},
		{"stay apart: an act told by as many articles as the act before", told("RETREAT")[:2], []Report{retold("r1", "RETREAT", "2025-02-24"), retold("r2", "RETREAT", "2025-02-25")}, false},
		{"stay apart: an act more than a month after the window", told("RETREAT"), []Report{retold("r1", "RETREAT", "2025-03-25")}, false},
		{"stay apart: sides the other way round", sided(told("SANCTION")), []Report{reversed(retold("r1", "SANCTION", "2025-02-24"))}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			joinedWithA1(t, opts, tc.acts, tc.more, tc.joins)
		})
	}
	// Three outlets tell the act on three days, none dating it but by
	// its publication; two follow-ups published the same day three weeks
	// on join it and do not date it by their publication.
	t.Run("must join: the retellings' publication does not date the act", func(t *testing.T) {
		acts := []Report{retold("a1", "RETREAT", "2025-02-04"), retold("a2", "RETREAT", "2025-02-05"), retold("a3", "RETREAT", "2025-02-06")}
		more := []Report{retold("r1", "RETREAT", "2025-02-27"), retold("r2", "RETREAT", "2025-02-27")}
		for _, act := range joinedWithA1(t, opts, acts, more, true) {
			if d := act.Event.Date; d == nil || d.Start != "2025-02-04" {
				t.Errorf("the event is dated %+v, want the first publication 2025-02-04", d)
			}
		}
	})
}
