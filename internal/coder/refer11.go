package coder

import "storyline/internal/actors"

// News tells an act with its parties in the lead and comes back to it with
// a definite noun that names no side: "The agreement is due to be signed
// in Doha on Saturday", "The deal will be formally signed on July 24".
// Such a sentence gives the act its day (or a second stage of it, the
// signing of a deal agreed) and is the only one that dates it. Its noun
// refers to the pair the story named last (pairs10.go), as "the two
// sides" does, when the sentence writes a day of its own.

// referNouns are the act nouns a definite article turns back to an act
// told before, by the type of the cue they go with.
var referNouns = map[string]string{
	"agreement": "AGREE", "deal": "AGREE", "accord": "AGREE", "treaty": "AGREE", "pact": "AGREE",
	"ceasefire": "AGREE", "truce": "AGREE", "signing": "AGREE",
	"meeting": "CONSULT", "talks": "CONSULT", "summit": "CONSULT", "visit": "CONSULT", "call": "CONSULT",
	"discussions": "CONSULT", "negotiations": "CONSULT", "trip": "CONSULT",
}

var referDeterminers = map[string]bool{"the": true, "this": true, "their": true}

// definiteActSubject gives the token of an act noun that opens the clause
// after a definite determiner and at most two modifiers ("The agreement",
// "The landmark trade deal") and is the cue's own noun or the subject of a
// cue of its type right after it ("The deal will be formally signed"), or
// -1.
func definiteActSubject(toks []token, cl clause, m match) int {
	if cl.start >= len(toks) || !referDeterminers[toks[cl.start].lower] {
		return -1
	}
	for k := cl.start + 1; k < cl.end && k <= cl.start+3 && k <= m.start; k++ {
		if toks[k].punct {
			return -1
		}
		typ, ok := referNouns[toks[k].lower]
		if !ok {
			continue
		}
		if typ != m.cue.Type {
			return -1
		}
		if k == m.start {
			// "The visit is expected to ... today": the noun is the cue and
			// its own verb follows; "The agreement builds on a
			// declaration signed on April 25" dates another act.
			j := k + 1
			if j+1 < cl.end && toks[j].lower == "of" && referDeterminers[toks[j+1].lower] {
				// "The signing of the agreement is scheduled for": the
				// noun's complement, then its verb.
				for j += 2; j < cl.end && j <= k+5 && !toks[j].punct && !referChain[toks[j].lower]; j++ {
				}
			}
			if j < cl.end && (referChain[toks[j].lower] || actCourse[toks[j].lower]) {
				return k
			}
			return -1
		}
		if m.noun || m.start-k > 6 {
			return -1
		}
		for j := k + 1; j < m.start; j++ {
			if !referChain[toks[j].lower] {
				return -1 // "The agreement builds on the declaration signed": another act's verb
			}
		}
		return k
	}
	return -1
}

// clauseWritesDay reports a weekday, a month, "today" or "tomorrow" in the
// clause: a day of its own.
func clauseWritesDay(toks []token, cl clause) bool {
	for k := cl.start; k < cl.end; k++ {
		w := toks[k].lower
		if _, ok := weekdays[w]; ok || monthNames[w] || w == "today" || w == "tomorrow" || w == "yesterday" {
			return true
		}
	}
	return false
}

// noPartyIn reports a clause that names no party (places aside).
func noPartyIn(spans []span, cl clause) bool {
	for _, sp := range spans {
		if sp.start >= cl.start && sp.start < cl.end && sp.m.Kind != actors.Place {
			return false
		}
	}
	return true
}

// referredSides gives the parties of the act a definite act noun at token a
// refers back to: the last act's, as for "the two sides", or the pair
// named last within pairWindow sentences, also when no act with two
// parties was coded before (the lead told the act as a noun, "the signing
// of a U.S.-Taliban agreement"), since the clause dates the act itself.
func (c *articleCoder) referredSides(toks []token, a int) (out []span, fromSides, ok bool) {
	if out, fromSides, ok = c.anaphorSides(toks, a); ok {
		return out, fromSides, ok
	}
	p := c.pair
	if c.sides == nil && p.set && p.a != "" && p.sent >= c.curSent-pairWindow {
		for _, code := range []string{p.a, p.b} {
			m := actors.Mention{Country: code, Kind: actors.Country, Ref: -1}
			out = append(out, span{m: m, start: a, end: a, inherited: true})
		}
		return out, false, true
	}
	return nil, false, false
}

// referChain are the words between a subject and its verb in "will be
// formally signed", "is due to be signed", "is set to be inked".
var referChain = map[string]bool{
	"will": true, "would": true, "be": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "have": true, "been": true, "being": true, "to": true, "due": true, "set": true,
	"expected": true, "scheduled": true, "formally": true, "officially": true, "finally": true, "also": true, "now": true,
}

// secondPredicate gives where a second predicate of the clause's subject
// starts after its cue (", and will be witnessed by ...", "and was
// attended by ..."), or the clause's end.
func secondPredicate(toks []token, cl clause, m match) int {
	for k := m.end; k+1 < cl.end; k++ {
		if toks[k].lower != "and" {
			continue
		}
		switch toks[k+1].lower {
		case "will", "would", "is", "was", "were", "are", "has", "have":
			if k > m.end && toks[k-1].text == "," {
				return k - 1
			}
			return k
		}
	}
	return cl.end
}

// actCourse are the verbs of an act's own course after its noun ("The talks
// ended on Friday", "The summit opened in Hanoi on Tuesday"); "comes
// after", "followed" and "builds on" tie it to another act, whose day
// they write.
var actCourse = map[string]bool{
	"took": true, "takes": true, "began": true, "begins": true, "opened": true, "opens": true,
	"ended": true, "ends": true, "concluded": true, "lasted": true, "started": true, "starts": true,
}
