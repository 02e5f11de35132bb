package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// News stories date an event once and then point back to it: "during the
// visit", "at the talks", "The meeting will cover...". This file gives such
// reports the date of the event they point to.

// anaphorNouns are the events a phrase such as "during the visit" points
// back to.
var anaphorNouns = map[string]bool{
	"visit": true, "trip": true, "talks": true, "meeting": true, "meetings": true, "summit": true,
	"stay": true, "tour": true, "conference": true, "discussions": true, "session": true, "gathering": true,
	"dialogue": true, "call": true, "consultations": true, "negotiations": true,
}

// pointsBack reports whether a clause refers to an event told before:
// "during the visit", "at the talks", "on the sidelines of the summit", or
// a meeting noun cue with a definite article ("The talks will cover").
func pointsBack(toks []token, cl clause, m match) bool {
	for i := cl.start; i+2 < cl.end; i++ {
		switch toks[i].lower {
		case "during", "at", "of", "throughout":
		default:
			continue
		}
		if !definite[toks[i+1].lower] {
			continue
		}
		for k := i + 2; k < cl.end && k <= i+4; k++ {
			if anaphorNouns[toks[k].lower] {
				return true
			}
		}
	}
	if m.noun && m.cue.Type == "CONSULT" && m.start > 0 {
		for k := m.start - 1; k >= cl.start && k >= m.start-3; k-- {
			if definite[toks[k].lower] && k == cl.start {
				return true // "The talks will cover ...", "These talks"
			}
		}
	}
	return false
}

// definite articles and demonstratives that point back.
var definite = map[string]bool{"the": true, "this": true, "these": true, "that": true, "his": true, "her": true, "their": true, "its": true}

// dateFromContext dates the reports the text leaves undated, in article
// order: a report that points back takes the date of the latest dated
// meeting before it that shares a party, else the date nearest in the
// neighbouring sentences; a clause with no date takes the date of an
// earlier clause of its sentence with the same status ("A will meet B on
// Friday, while C will hold talks with D").
func (c *articleCoder) dateFromContext(rs []*report, sents []nlp.Sentence) {
	for i, r := range rs {
		if r.ev.Date != nil {
			continue
		}
		if r.anaphor {
			if e := latestMeeting(rs[:i], r); e != nil {
				// "during the visit": the time and place of the visit.
				r.ev.Date, r.inherited = e.ev.Date, true
				if r.ev.Location == nil {
					r.ev.Location = e.ev.Location
				}
				continue
			}
			if d := c.neighbourDate(sents, r.sentIdx, r.ev.Status, true); d != nil {
				r.ev.Date, r.inherited = d, true
				continue
			}
		}
		dated := false
		for k := i - 1; k >= 0 && rs[k].sentIdx == r.sentIdx; k-- {
			if rs[k].ev.Date != nil && rs[k].ev.Status == r.ev.Status {
				r.ev.Date, r.inherited = rs[k].ev.Date, true
				if r.ev.Location == nil && rs[k].inherited {
					r.ev.Location = rs[k].ev.Location // both clauses point to one visit
				}
				dated = true
				break
			}
		}
		if d := c.countedDate(sents, r.sentIdx, r.ev.Status); !dated && d != nil {
			r.ev.Date, r.inherited = d, true // "Two days later, Russia expelled ..." (later20.go)
			continue
		}
		if !dated && r.ev.Status == event.Occurred {
			// A story goes on in the time of the sentence before: "A and B
			// reached an agreement on Saturday. They met on the sidelines
			// of the summit in Liverpool."
			next := r.sentIdx+1 < len(sents) && tellsWhenItWas(sents[r.sentIdx+1].Text)
			if d := c.neighbourDate(sents, r.sentIdx, r.ev.Status, next); d != nil {
				r.ev.Date, r.inherited = d, true
			}
		}
		if !dated && r.ev.Status == event.Planned {
			if d := c.planNeighbourDate(sents, r.sentIdx); d != nil { // plandays12.go
				r.ev.Date, r.inherited = d, true
			}
		}
	}
}

// tellsWhenItWas reports a sentence that says when the act told just before
// it took place: "The ceremony took place on Friday, August 8", "The talks
// were held on Monday".
func tellsWhenItWas(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 4 || !definite[f[0]] || !eventNouns[strings.Trim(f[1], ",")] {
		return false
	}
	for i := 2; i+1 < len(f) && i < 6; i++ {
		switch f[i] + " " + f[i+1] {
		case "took place", "was held", "were held", "was signed", "happened on", "came on":
			return true
		}
	}
	return false
}

// eventNouns name an act told before as a whole.
var eventNouns = map[string]bool{"ceremony": true, "signing": true, "meeting": true, "talks": true, "summit": true,
	"visit": true, "event": true, "call": true, "agreement": true, "deal": true, "attack": true, "strike": true, "raid": true}

// shareVenues gives an agreement or act of cooperation with no venue the
// venue of a meeting of the same countries on the same day told in the
// sentence before or after: "A and B reached an agreement on Saturday. A and
// B met on the sidelines of the summit in Liverpool."
func shareVenues(rs []*report) {
	for _, r := range rs {
		if r.ev.Location != nil || r.ev.Date == nil || (r.ev.Type != "AGREE" && r.ev.Type != "COOPERATE") {
			continue
		}
		for _, m := range rs {
			d := m.sentIdx - r.sentIdx
			if m.ev.Type != "CONSULT" || m.ev.Location == nil || m.ev.Date == nil || d < -1 || d > 1 ||
				!slices.Equal(m.ev.Countries(), r.ev.Countries()) ||
				m.ev.Date.Start != r.ev.Date.Start || m.ev.Date.End != r.ev.Date.End {
				continue
			}
			r.ev.Location = m.ev.Location
			break
		}
	}
}

// latestMeeting is the latest dated meeting among earlier reports that
// shares a country with r and has a compatible status, or nil. A meeting
// told in the past perfect is background, not the one the story goes on
// about.
func latestMeeting(earlier []*report, r *report) *report {
	want := r.ev.Countries()
	for k := len(earlier) - 1; k >= 0; k-- {
		e := earlier[k]
		if e.ev.Type != "CONSULT" || e.ev.Date == nil || !statusCompatible(e.ev.Status, r.ev.Status) || e.earlier {
			continue
		}
		for _, code := range e.ev.Countries() {
			if slices.Contains(want, code) {
				return e
			}
		}
	}
	return nil
}

// neighbourDate is the first date of the sentence before idx, or else
// (when after is set) of the one after, read with the tense of the status.
func (c *articleCoder) neighbourDate(sents []nlp.Sentence, idx int, st event.Status, after bool) *event.Date {
	if !c.hasRef {
		return nil
	}
	tense := timex.TenseUnknown
	switch st {
	case event.Planned:
		tense = timex.TenseFuture
	case event.Occurred:
		tense = timex.TensePast
	}
	for _, j := range []int{idx - 1, idx + 1} {
		if j < 0 || j >= len(sents) || j > idx && !after {
			continue
		}
		for _, x := range c.times(j, sents[j].Text, tense) {
			if st == event.Planned && x.Value.End.Before(c.ref) || st == event.Occurred && x.Value.Start.After(c.ref) {
				continue // a date on the wrong side of publication is another event's
			}
			if inRelativeClause(sents[j].Text, x) {
				continue // a relative clause's date is its own act's (days44.go)
			}
			if !lentDate(sents[j].Text, x) || thingDated(sents[j].Text, x) {
				break // the sentence's dates are of another act
			}
			return dateOf(x.Value, x.Explicit)
		}
	}
	return nil
}

// timesKey names the time expressions of one sentence read with one tense.
type timesKey struct {
	sent  int
	tense timex.Tense
}

// times returns the time expressions of sentence idx, found once per tense:
// several clauses of a sentence, and its neighbours, ask for them.
func (c *articleCoder) times(idx int, text string, tense timex.Tense) []timex.Expression {
	k := timesKey{idx, tense}
	if xs, ok := c.timesCache[k]; ok {
		return xs
	}
	if c.timesCache == nil {
		c.timesCache = map[timesKey][]timex.Expression{}
	}
	xs := c.textRefWeekday(idx, timex.Find(text, c.ref, tense), tense) // days23.go
	c.timesCache[k] = xs
	return xs
}

// statusCompatible reports whether two reports may be of one event as far
// as their status goes: an unknown status fits any.
func statusCompatible(a, b event.Status) bool {
	return a == b || a == event.Unknown || b == event.Unknown
}
