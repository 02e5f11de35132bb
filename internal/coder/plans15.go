package coder

import "storyline/internal/event"

// An undated plan beside an act told done with no day of its own. News
// tells a meeting, an agreement or a request as done and, in the same
// article, as a plan with no day ("ahead of the bilateral meeting", "the
// two sides also agreed to resume talks", "will then meet business
// leaders", "Lee sought to appeal to Trump"). undatedPlanOfDated (stop 30)
// takes such a plan as part of the done act when the act's sentence dates
// it; an act whose sentence gives no day (the page's publication day or
// the lead's dates it when the merged events are finished, or nothing does
// on a page with no date) was left apart, so the same pair of reports
// merged or not by where, or whether, the act's day was written. Now a
// report told done with no day of its own (or with no tense of its own,
// which finish settles as done: "the move follows a bilateral meeting")
// counts as dated for this, and keeps its status when the plan joins it
// (absorb), unless
// it is told as earlier than the news (a pluperfect background act), its
// sides play other parts than in the plan, or the plan is told as one more
// act of its kind ("will hold talks again", "another round of talks").
//
// An act with no day told in a sentence that plans another of its kind is
// what that plan follows or builds on ("the online summit, scheduled for
// Friday, will build on this month's two-plus-two talks"): an earlier
// occasion, not told done beside a plan.
func noteToldDone(rs []*report) {
	for _, r := range rs {
		r.toldDone = r.ev.Date == nil && (r.ev.Status == event.Occurred || r.ev.Status == event.Unknown) && !r.earlier && !besidePlanOfItsKind(r, rs)
	}
}

// besidePlanOfItsKind reports a report whose sentence also tells a plan of
// its type.
func besidePlanOfItsKind(r *report, rs []*report) bool {
	for _, o := range rs {
		if o != r && o.sentIdx == r.sentIdx && o.ev.Type == r.ev.Type && o.ev.Status == event.Planned {
			return true
		}
	}
	return false
}

// datedOrToldDone reports a report its text dates, or one told done with
// no day whose sides play the parts they play in the plan: China's planned
// tariffs on the United States are no part of the American tariffs on
// China the page tells as done.
func datedOrToldDone(r, plan *report) bool {
	return r.ev.Date != nil || r.toldDone && !plan.repeat && rolesAgree(r, plan)
}

// repeatWords tell an act as one more of its kind: "will hold talks
// again", "another round", "the next summit", "a second meeting".
var repeatWords = map[string]bool{"again": true, "another": true, "next": true, "second": true, "further": true,
	"follow-up": true, "follow-on": true, "more": true}

// repeatedAct reports a clause that tells its act as another of its kind.
func repeatedAct(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end; i++ {
		if repeatWords[toks[i].lower] {
			return true
		}
	}
	return false
}

// rolesAgree reports two reports whose countries play the same part in
// each, a participant fitting either part.
func rolesAgree(a, b *report) bool {
	for _, x := range a.ev.Actors {
		if x.Country == nil {
			continue
		}
		for _, y := range b.ev.Actors {
			if y.Country == nil || *y.Country != *x.Country {
				continue
			}
			if x.Role != y.Role && x.Role != event.RoleParticipant && y.Role != event.RoleParticipant {
				return false
			}
		}
	}
	return true
}
