package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// A story about one meeting often lists the meetings before it: "The
// summit will build on this month's two-plus-two talks", "The talks follow
// other meetings – two-plus-two talks between Japan and France on Thursday
// and between Australian and British ministers on Friday". Each meeting
// named after such a word of sequence is an event of its own that already
// happened, with the parties and date of its own phrase.

// isSequenceWord reports a word at i that puts what follows before the
// clause's own event: "follow(s)", "after", "build(s) on".
func isSequenceWord(toks []token, i int) bool {
	switch toks[i].lower {
	case "follow", "follows", "followed", "following", "after":
		return true
	case "build", "builds", "building", "built":
		return i+1 < len(toks) && toks[i+1].lower == "on"
	}
	return false
}

// sequenceAfter is the index of the first word of sequence after cue m in
// clause cl, or -1.
func sequenceAfter(toks []token, cl clause, m match) int {
	for i := m.end; i < cl.end; i++ {
		if isSequenceWord(toks, i) {
			return i
		}
	}
	return -1
}

// priorMeetings codes the meetings a clause names after a word of
// sequence, other than the clause's own cue m. main is the clause's own
// report, or nil; a listed meeting that names no parties of its own ("this
// month's talks") is between the countries of main.
func (c *articleCoder) priorMeetings(s nlp.Sentence, toks []token, cl clause, m match, matches []match, spans []span, speech []clause, main *report) []*report {
	q := -1
	for i := cl.start; i < cl.end; i++ {
		if isSequenceWord(toks, i) {
			q = i
			break
		}
	}
	if q < 0 {
		return nil
	}
	// The meeting nouns after the sequence word.
	var nouns []match
	for _, n := range matches {
		if n.start > q && n.start < cl.end && n.noun && n.cue.Type == "CONSULT" && n.start != m.start {
			nouns = append(nouns, n)
		}
	}
	if len(nouns) == 0 {
		return nil
	}
	// Each "between" opens the parties of one listed meeting.
	var betweens []int
	for i := nouns[0].end; i < cl.end; i++ {
		if toks[i].lower == "between" {
			betweens = append(betweens, i)
		}
	}
	var out []*report
	if len(betweens) == 0 {
		n := nouns[0]
		seg := clause{q + 1, cl.end} // with "last month's" before the noun
		if m.start > q {
			// "A day after Trump's call with Putin, Zelensky visited
			// Washington": the fronted phrase ends at its comma.
			for i := n.end; i < m.start; i++ {
				if toks[i].lower == "," {
					seg.end = i
					break
				}
			}
		}
		r := c.buildReport(s, toks, seg, n, "CONSULT", event.Occurred, spans, speech)
		if r == nil && main != nil && !hasMention(spans, seg) {
			r = c.sameSides(s, toks, seg, n, main, speech)
		}
		if r != nil {
			out = append(out, r)
		}
		return out
	}
	for k, b := range betweens {
		end := cl.end
		if k+1 < len(betweens) {
			end = betweens[k+1]
		}
		// The cue of this segment is the last meeting noun before it.
		n := nouns[0]
		for _, x := range nouns {
			if x.start < b {
				n = x
			}
		}
		if r := c.buildReport(s, toks, clause{b, end}, n, "CONSULT", event.Occurred, spans, speech); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// hasMention reports a mention inside a clause.
func hasMention(spans []span, cl clause) bool {
	for _, sp := range spans {
		if sp.start >= cl.start && sp.start < cl.end && !sp.inherited {
			return true
		}
	}
	return false
}

// sameSides makes a report of meeting n between the countries of main,
// each standing for its side: "will build on this month's talks" are talks
// between the same two countries, not necessarily the same people.
func (c *articleCoder) sameSides(s nlp.Sentence, toks []token, seg clause, n match, main *report, speech []clause) *report {
	codes := main.ev.Countries()
	if len(codes) < 2 {
		return nil
	}
	ev := event.Event{
		Type:     "CONSULT",
		Mode:     n.cue.Mode,
		Status:   event.Occurred,
		Topics:   []string{},
		Evidence: []event.Evidence{{Source: c.a.Source, Text: s.Text, Start: s.Start, End: s.End}},
	}
	if m2 := modeInCue(toks, n); m2 != "" {
		ev.Mode = m2
	}
	standIns := map[string]bool{}
	for _, code := range codes {
		name := c.countryName(code)
		ev.Actors = append(ev.Actors, event.Actor{Name: name, Country: strPtr(code), Role: event.RoleParticipant})
		standIns[name] = true
	}
	r := &report{ev: ev, noun: true, parties: len(codes), sent: s.Start, sentIdx: c.curSent, standIns: standIns}
	c.dateReport(r, s, toks, seg, n, speech)
	return r
}
