package coder

import "storyline/internal/event"

// A meeting is told between two sides: who meets (the subject) and whom
// (the object of "met", "talks with", "a visit to"), one name or one list.
// A country named after that object past the head of a phrase of its own
// is the side of what that phrase tells: what was said after it ("...,
// saying he would discuss the results with China"), a topic ("regarding
// possible talks with Russia"), a goal ("to secure that Ankara will not
// attack the Kurds"), or another meeting of the same subject, told in the
// same sentence ("is to meet Moon in April and hold a summit with Trump in
// May", "ahead of proposed summits with Seoul and Washington"), which is
// an event of its own with each partner (twelfth pass).

// meetingBreaks open a phrase of its own after a meeting's object: words of
// time order, of topic and of saying.
var meetingBreaks = map[string]bool{
	"before": true, "after": true, "ahead": true, "following": true,
	"regarding": true, "about": true, "concerning": true,
	"saying": true, "said": true, "says": true, "adding": true, "told": true,
}

// oneMeeting keeps, of a meeting's parties, those named before the cue and
// those named after it in one list with the first: a later party whose
// words since the party before hold the head of another act (a cue of the
// lexicon) or a word of time order, topic or saying is dropped. The
// dropped parties a meeting's own cue and "with" or "between" lead to
// ("and hold a summit with Trump") are returned as later: the partners of
// the subject's other meetings. Meetings of two parties are left as they
// are; parties a place or a trip adds later are not seen here.
func (c *articleCoder) oneMeeting(typ string, toks []token, m match, spans []span, parties []*party) (kept, later []*party) {
	if typ != "CONSULT" || len(parties) < 3 {
		return parties, nil
	}
	prevEnd := -1   // the end of the party named last after the cue
	broken := false // a party after the cue was set apart: the object's list has ended
	inLater := false
	for _, p := range parties {
		if p.at < m.end {
			kept = append(kept, p)
			continue
		}
		end := spanEndAt(spans, p.at)
		if prevEnd < 0 || end < 0 {
			prevEnd = max(prevEnd, end)
			if !broken {
				kept = append(kept, p)
			}
			continue
		}
		if meeting, ok := c.opensOtherAct(toks, prevEnd, p.at); ok {
			broken, inLater = true, meeting // "and hold a summit with Trump": another meeting
		}
		prevEnd = end
		switch {
		case inLater:
			later = append(later, p) // "summits with Seoul and Washington"
		case !broken:
			kept = append(kept, p)
		}
	}
	return kept, later
}

// opensOtherAct reports, between two names (tokens [from, to)), a word of
// time order, topic or saying, or the first word of a cue. meeting is set
// when the last such head is a meeting's cue or noun with "with" or "between"
// leading to the second name, and no word of topic came before it: a
// meeting inside a topic ("regarding possible talks with Russia") is what
// is talked about.
func (c *articleCoder) opensOtherAct(toks []token, from, to int) (meeting, ok bool) {
	topic := false
	var ids []int32 // the tokens' vocabulary numbers, taken at the first cue word
	for k := from; k < to && k < len(toks); k++ {
		w := toks[k].lower
		if meetingBreaks[w] {
			ok = true
			switch w {
			case "regarding", "about", "concerning":
				topic = true
			case "saying", "said", "says", "adding", "told":
				meeting = false
			}
		}
		if meetingNouns[w] {
			ok, meeting = true, withBefore(toks, k, k+1, to) // "summits with Seoul and Washington"
			continue
		}
		for _, cu := range c.lx.byFirst[w] {
			if ids == nil {
				ids = c.lx.wordIDs(toks, make([]int32, 0, len(toks)))
			}
			if end, found := matchIDs(cu.elems, toks, ids, k); found {
				ok = true
				meeting = cu.Type == "CONSULT" && (withBefore(toks, k, end, to) || meetsObject(toks, k, end, to)) // visit23.go
				break
			}
		}
	}
	return meeting && !topic, ok
}

// withBefore reports "with" or "between" in a cue [start, end) or in the
// words after it that lead to a name at to, past at most two modifiers.
func withBefore(toks []token, start, end, to int) bool {
	for k := start; k < to && k < end+4; k++ {
		if w := toks[k].lower; w == "with" || w == "between" {
			return true
		}
	}
	return false
}

// laterMeetings makes, of the partners of a subject's other meetings that
// oneMeeting set apart, one meeting each with the subject (the parties r
// names before cue m): "is to meet Moon in April and hold a summit with
// Trump", "ahead of proposed summits with Seoul and Washington". They
// take neither r's place nor its day; a meeting told "ahead of" or
// "before" r's is planned, one told "after" or "following" it is done,
// and the others take r's status, planned when r's is not known.
func laterMeetings(r *report, toks []token, m match, parties, later []*party) []*report {
	if len(later) == 0 {
		return nil
	}
	var subject []*party
	for _, p := range parties {
		if p.at < m.start {
			subject = append(subject, p)
		}
	}
	if len(subject) == 0 {
		return nil
	}
	var out []*report
	for _, p := range later {
		acts, standIns := actorsOf(append(append([]*party(nil), subject...), p))
		cp := *r
		cp.ev.Actors, cp.standIns = acts, standIns
		cp.ev.Mode = "meet"
		cp.ev.Location = nil
		cp.ev.Date = nil
		cp.dated, cp.inherited = false, false
		cp.ev.Status = laterStatus(toks, m.end, p.at, r.ev.Status)
		cp.ev.Evidence = append([]event.Evidence(nil), r.ev.Evidence...)
		cp.parties = len(subject) + 1
		out = append(out, &cp)
	}
	return out
}

// laterStatus is the status of a meeting named at token to, after a
// meeting whose cue ends at from and whose status is st.
func laterStatus(toks []token, from, to int, st event.Status) event.Status {
	for k := to - 1; k >= from; k-- {
		switch toks[k].lower {
		case "ahead", "before":
			return event.Planned
		case "after", "following":
			return event.Occurred
		}
	}
	if st == event.Unknown {
		return event.Planned
	}
	return st
}
