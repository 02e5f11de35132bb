package coder

import "storyline/internal/nlp"

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
