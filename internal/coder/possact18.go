package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// An act told as the doer's decision, move or plan, with its victim in
// the infinitive's object: "condemned Japan's decision to expel two Korean
// diplomats", "Algeria's earlier decision to expel the same number of
// French officials", "China's plan to impose tariffs on Australian
// barley". English names an act this way when another clause's verb (a
// reaction, a comparison) is the news; the possessor is who acts and the
// object's country is whom the act falls on, whoever reacts. The noun
// tells the status ("decision", "move": taken; "plan": to come). The
// phrase holds no day of the reaction: the act is dated only by a day
// written inside the phrase.

// possActNouns are the nouns that carry a doer's act in a to-infinitive,
// with the status they give it.
var possActNouns = map[string]event.Status{
	"decision": event.Occurred, "move": event.Occurred,
	"plan": event.Planned, "plans": event.Planned,
}

// possActVerbs are the material acts read after "decision to", with
// their type; impose-verbs need a word of a measure in their object.
var possActVerbs = map[string]string{
	"expel": "SANCTION", "sever": "SANCTION", "impose": "SANCTION", "slap": "SANCTION", "levy": "SANCTION",
	"seize": "COERCE", "detain": "COERCE", "arrest": "COERCE",
	"release": "CONCEDE", "free": "CONCEDE",
}

// measureWords make an imposing verb a sanction: "to impose tariffs on".
var measureWords = map[string]bool{
	"tariff": true, "tariffs": true, "duties": true, "duty": true, "sanctions": true, "levies": true, "levy": true, "ban": true, "embargo": true,
}

// possObjectStops end the infinitive's object phrase.
var possObjectStops = map[string]bool{
	"over": true, "as": true, "after": true, "before": true, "following": true, "amid": true, "because": true,
	"which": true, "that": true, "and": true, "or": true, "is": true, "was": true, "has": true, "had": true,
	"by": true, "to": true, "for": true, "with": true, "from": true, "in": true, "within": true,
}

// possActs returns the acts the sentence tells as "X's decision to <act>
// <object naming Y>", each from X's country to Y's; acts the sentence
// already codes between those two with that type are left alone.
func (c *articleCoder) possActs(s nlp.Sentence, toks []token, spans []span, coded []*report) []*report {
	var out []*report
	for i := 2; i+3 < len(toks); i++ {
		status, ok := possActNouns[toks[i].lower]
		typ := possActVerbs[toks[i+2].lower]
		if !ok || typ == "" || toks[i+1].lower != "to" {
			continue
		}
		doer := possessorBefore(toks, spans, i)
		end := possObjectEnd(toks, i+3)
		target := phraseCountry(spans, i+3, end)
		if doer == "" || target == "" || doer == target || typ == "SANCTION" && !hasMeasure(toks, toks[i+2].lower, i+3, end) ||
			codedPair(coded, typ, doer, target) || codedPair(out, typ, doer, target) {
			continue
		}
		r := c.byActReport(s, toks, i, end, typ, doer, target)
		r.ev.Status = status
		out = append(out, r)
	}
	return out
}

// possessorBefore returns the country of the mention that ends in a
// possessive before the noun at i, past at most one modifier ("Algeria's
// earlier decision").
func possessorBefore(toks []token, spans []span, i int) string {
	for k := i - 1; k >= i-2 && k >= 1; k-- {
		if toks[k].lower == "'s" {
			for _, sp := range spans {
				if sp.end == k && sp.m.Country != "" {
					return sp.m.Country
				}
			}
			return ""
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return ""
		}
	}
	return ""
}

// possObjectEnd returns the end of the infinitive's object from i on,
// within ten tokens.
func possObjectEnd(toks []token, i int) int {
	j := i
	for ; j < len(toks) && j < i+10; j++ {
		if possObjectStops[toks[j].lower] || toks[j].punct && toks[j].lower != "-" && toks[j].lower != "'s" {
			return j
		}
	}
	return j
}

// hasMeasure reports that an imposing verb's object names a measure
// ("impose tariffs on"); "expel" and "sever" need none.
func hasMeasure(toks []token, verb string, from, to int) bool {
	if verb == "expel" || verb == "sever" {
		return true
	}
	for k := from; k < to; k++ {
		if measureWords[toks[k].lower] {
			return true
		}
	}
	return false
}
