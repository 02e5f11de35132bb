package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Acts told inside a clause about another act, each a second event of its
// own: the charge behind an act, a release the speaker gives thanks for,
// and the meeting a fronted phrase points back to.

// An act is often told with the charge behind it: "announced the expulsion
// of Iran's ambassador, following accusations that Iran directed attacks
// on Australian soil". The charge is an event of its own: the subject
// accuses the party the "that" clause opens with.

// chargeNouns name a charge when "that" follows them.
var chargeNouns = map[string]bool{
	"accusations": true, "accusation": true, "allegations": true, "allegation": true,
}

// chargeCue stands for the charge noun in the report it gives.
var chargeCue = &cue{Type: "ACCUSE", text: "accusations that"}

// chargeBehind returns the charge a clause names after its own act m, or
// nil: the subject (the parties before m) accuses the first party named
// within a few words after "that". main is the clause's own report.
func (c *articleCoder) chargeBehind(s nlp.Sentence, toks []token, cl clause, m match, spans []span, speech []clause, main *report) *report {
	if main == nil || m.cue.Type == "ACCUSE" {
		return nil
	}
	for i := m.end; i+2 < cl.end; i++ {
		if !chargeNouns[toks[i].lower] || toks[i+1].lower != "that" {
			continue
		}
		var parties []span
		for _, sp := range spans {
			if sp.start >= cl.start && sp.start < m.start {
				parties = append(parties, sp) // the subject
			}
		}
		if len(parties) == 0 {
			return nil
		}
		for _, sp := range spans {
			if sp.start > i+1 && sp.start <= i+3 && sp.m.Country != "" {
				parties = append(parties, sp) // "that Iran directed": the accused
				n := match{cue: chargeCue, start: i, end: i + 1, head: i, noun: true}
				// "Albanese announced ..., following accusations": the
				// one who speaks charges.
				c.speakerActs = inRanges(parties[0].start, speech)
				r := c.buildReport(s, toks, clause{cl.start, sp.end}, n, "ACCUSE", main.ev.Status, parties, speech)
				c.speakerActs = false
				return r
			}
		}
		return nil
	}
	return nil
}

// Praise or thanks for a release tells the release: in "praised Kim for
// their release" or "thanked Qatar for freeing the hostages" the one
// praised released someone, and the one who praises is the side that got
// them back.

// releaseWords after "for" name a release.
var releaseWords = map[string]bool{"release": true, "releasing": true, "freeing": true}

// thanking verbs credit the party after them with an act.
var thanking = map[string]bool{"praise": true, "thank": true, "credit": true, "commend": true, "hail": true}

// concedeCue stands for the release in the report it gives.
var concedeCue = &cue{Type: "CONCEDE", text: "for the release"}

// releaseCredited returns the release a clause credits its object with, or
// nil: m is a verb of praise or thanks, the object a party with a
// country, and "for" with a release word within two words after it.
func (c *articleCoder) releaseCredited(s nlp.Sentence, toks []token, cl clause, m match, spans []span, speech []clause, main *report) *report {
	if main == nil || !thanking[verbStem(toks[m.start].lower)] {
		return nil
	}
	var object *span
	for k := range spans {
		if spans[k].start >= m.end && spans[k].start <= m.end+1 && spans[k].m.Country != "" {
			object = &spans[k]
			break
		}
	}
	// The reason after "for" lies past the clause's own end, which stops
	// at "for" (appraisalReasonStart).
	if object == nil || object.end >= len(toks) || toks[object.end].lower != "for" {
		return nil
	}
	at := -1
	for i := object.end + 1; i < len(toks) && i <= object.end+3; i++ {
		if releaseWords[toks[i].lower] {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	var parties []span
	for _, sp := range spans {
		if sp.start >= cl.start && sp.start < m.start || sp.start == object.start {
			parties = append(parties, sp)
		}
	}
	n := match{cue: concedeCue, start: at, end: at + 1, head: at, noun: true}
	r := c.buildReport(s, toks, clause{cl.start, at + 1}, n, "CONCEDE", main.ev.Status, parties, speech)
	if r == nil {
		return nil
	}
	for k := range r.ev.Actors { // the one praised released; the one praising got them back
		a := &r.ev.Actors[k]
		if a.Country != nil && *a.Country == object.m.Country {
			a.Role = event.RoleSource
		} else {
			a.Role = event.RoleTarget
		}
	}
	return r
}

// verbStem strips the endings of a regular verb form: "praised" is
// "praise", "thanking" is "thank".
func verbStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			stem := w[:len(w)-len(suf)]
			if suf == "ed" || suf == "ing" {
				if thanking[stem+"e"] {
					return stem + "e"
				}
			}
			return stem
		}
	}
	return w
}

// News goes on from an event with a fronted phrase that points back to it:
// "After the call, the Kremlin stated ...". The phrase reports the meeting
// itself, between the sides of the event told last.

// callCue stands for "the call" pointed back to.
var callCue = &cue{Type: "CONSULT", Mode: "phone", text: "the call"}

// frontedMeeting returns the meeting a sentence's fronted "After the
// call," or "During the talks," points back to, or nil: a CONSULT noun
// cue after a word of time and "the", closed by a comma, with the sides
// of the meeting it points back to (pointedMeeting).
func (c *articleCoder) frontedMeeting(s nlp.Sentence, toks []token, matches []match, speech []clause) *report {
	sides := c.pointedMeeting()
	if sides == nil || len(toks) < 5 || toks[1].lower != "the" {
		return nil
	}
	switch toks[0].lower {
	case "after", "during", "following":
	default:
		return nil
	}
	if w := toks[2].lower; (w == "call" || w == "conversation") && toks[3].lower == "," {
		matches = []match{{cue: callCue, start: 2, end: 3, head: 2, noun: true}} // "After the call,": a call told before
	}
	for _, m := range matches {
		if m.start != 2 || !m.noun || m.cue.Type != "CONSULT" || m.end >= len(toks) || toks[m.end].lower != "," {
			continue
		}
		spans := sideMentions(sides.ev.Actors, sides.standIns, 0)
		r := c.buildReport(s, toks, clause{0, m.end}, m, "CONSULT", event.Occurred, spans, nil)
		if r == nil {
			return nil
		}
		r.anaphor = true
		if r.ev.Date == nil && sides.ev.Date != nil {
			r.ev.Date, r.inherited = sides.ev.Date, true
		}
		return r
	}
	return nil
}

// pointedMeeting returns the report whose sides a fronted "After the
// meeting," takes: the latest meeting told with two sides or more; with
// none told, the latest event of two sides unless it is hostile, a threat,
// an accusation or a protest (twentieth pass, stop 38). A page goes on
// from a meeting with "Following the meeting," when it has told the
// meeting; after "Trump accused Spain of ..." the meeting pointed back to
// is one the page named otherwise ("the NATO summit"), and an accusation
// or a threat is no meeting between its sides.
func (c *articleCoder) pointedMeeting() *report {
	if c.meeting != nil {
		return c.meeting
	}
	if c.sides == nil {
		return nil
	}
	if t := c.sides.ev.Type; hostile[t] || t == "THREATEN" || t == "ACCUSE" || t == "PROTEST" {
		return nil
	}
	return c.sides
}
