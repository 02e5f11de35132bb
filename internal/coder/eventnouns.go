package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Events told by nouns. News often names an act with a noun ("the attack",
// "the arrest", "the release", "seven agreements") and says who did it and
// to whom around the noun rather than as the subject and object of a verb:
//   - "the attack was carried out by the coalition on rebel areas": the
//     by-phrase of a passive verb after the noun is the doer, what follows
//     is acted upon;
//   - "airstrikes from the Saudi coalition", "the arrest by Turkish police":
//     a from- or by-phrase right after the noun is the doer;
//   - "a bus carrying Yemeni children was hit by airstrikes": what a passive
//     verb of harm before the noun says was hit is acted upon;
//   - "a student from Ohio": a person from a place is of its country.
// nounPhraseRole reads the first three; it gives the role of the party at
// token i when the noun's phrase decides it.

// passiveAgentVerbs are participles that put the doer of a noun's act in a
// by-phrase: "the attack was carried out by", "the strikes were launched by".
var passiveAgentVerbs = map[string]bool{
	"carried": true, "conducted": true, "launched": true, "claimed": true, "ordered": true,
	"made": true, "staged": true, "mounted": true, "perpetrated": true, "executed": true,
	"committed": true, "led": true, "announced": true, "approved": true, "signed": true,
	"secured": true, "granted": true,
}

// harmVerbs are participles that say what a noun of force struck: "was
// hit by airstrikes", "were killed in an Israeli strike".
var harmVerbs = map[string]bool{
	"hit": true, "struck": true, "killed": true, "wounded": true, "injured": true, "targeted": true,
	"destroyed": true, "damaged": true, "bombed": true, "shelled": true,
}

// agentPhraseEnds close a by- or from-phrase: the next preposition names
// the place or the one acted upon ("by the coalition on rebel areas").
var agentPhraseEnds = map[string]bool{
	"on": true, "against": true, "in": true, "at": true, "near": true, "over": true, "into": true,
	"targeting": true, "that": true, "which": true, "who": true, "after": true, "for": true, "to": true,
}

// nounAgent gives the token range of the doer of a noun cue's act: the
// by-phrase of a passive verb just after the noun ("The attack was carried
// out by X"), or a by- or from-phrase right after it ("airstrikes from X").
func nounAgent(toks []token, m match) (lo, hi int, ok bool) {
	if lo, hi, ok := aidPassiveAgent(toks, m); ok {
		return lo, hi, true // "Aid was sent to Nepal by Japan" (aid20.go)
	}
	if !m.noun || m.end >= len(toks) {
		return 0, 0, false
	}
	by := -1
	j := afterNounObject(toks, m) // "sanctions on Russia were announced by Japan" (sanction45.go)
	switch toks[j].lower {
	case "by", "from":
		if toks[j].lower == "from" && (j > m.end || recallNoun(toks, m)) {
			return 0, 0, false // "the recall of its ambassador from Algeria": the post left (sanction45.go)
		}
		by = j
	case "was", "were", "had", "has", "have", "is", "are":
		k := j + 1
		if k < len(toks) && toks[k].lower == "been" {
			k++
		}
		if k < len(toks) && strings.HasSuffix(toks[k].lower, "ly") {
			k++ // "was reportedly carried out by"
		}
		if k >= len(toks) || !passiveAgentVerbs[toks[k].lower] && !(m.cue.Type == "SANCTION" && measureParticiples[toks[k].lower]) {
			return 0, 0, false
		}
		k++
		if k < len(toks) && toks[k].lower == "out" {
			k++
		}
		if k < len(toks) && toks[k].lower == "by" {
			by = k
		} else if m.cue.Type == "SANCTION" {
			by = byAfterMeasure(toks, k) // "were imposed on Russia by Japan" (sanction45.go)
		}
	}
	return agentPhrase(toks, by)
}

// agentPhrase gives the words of the agent after the "by" at index by
// (to a break, a stop or a word that ends an agent phrase), or false when
// by is -1 or nothing follows it.
func agentPhrase(toks []token, by int) (lo, hi int, ok bool) {
	if by < 0 {
		return 0, 0, false
	}
	hi = by + 1
	for hi < len(toks) && !isBreakPunct(toks[hi].lower) && toks[hi].lower != "." && !agentPhraseEnds[toks[hi].lower] {
		hi++
	}
	return by + 1, hi, hi > by+1
}

// harmedBefore reports a passive verb of harm just before a noun of force:
// "was hit by airstrikes", "were killed in an Israeli strike". What the
// clause names before it was struck.
func harmedBefore(toks []token, m match) (at int, ok bool) {
	if !m.noun || m.cue.Type != "ASSAULT" {
		return 0, false
	}
	k := m.start - 1
	for k >= 0 && k >= m.start-5 && !toks[k].punct && toks[k].lower != "by" && toks[k].lower != "in" {
		k-- // "by U.S.-backed Saudi coalition airstrikes": the words of the noun's phrase
	}
	if k < 1 || toks[k].punct || !harmVerbs[toks[k-1].lower] {
		return 0, false
	}
	if k < 2 {
		return 0, false
	}
	switch toks[k-2].lower {
	case "was", "were", "been", "being", "is", "are", "be", "got":
		return k - 1, true
	}
	return 0, false
}

// nounPhraseRole gives the role of the party at token i that the phrase of
// a noun cue decides, and whether it decides one.
func nounPhraseRole(toks []token, m match, i int) (event.Role, bool) {
	if lo, hi, ok := nounAgent(toks, m); ok {
		if i >= lo && i < hi {
			return event.RoleSource, true
		}
		if i >= hi {
			return event.RoleTarget, true
		}
	}
	if at, ok := harmedBefore(toks, m); ok && i < at {
		return event.RoleTarget, true
	}
	return "", false
}

// hyphenCompound reports a verb cue joined by a hyphen to the word before
// it: "U.S.-backed", "Saudi-led" qualify a noun; they report no act of the
// clause.
func hyphenCompound(toks []token, m match) bool {
	k := m.start - 1
	return !m.noun && k > 0 && toks[k].text == "-" && toks[k].end == toks[m.start].start && toks[k-1].end == toks[k].start
}

// ownDoerBefore reports a noun of force whose own phrase names who acts,
// by a name or a "-led" compound just before it: "a Saudi-led coalition
// airstrike", "a U.S. drone strike". A crowd elsewhere in the clause did
// not strike.
func ownDoerBefore(toks []token, m match) bool {
	if !m.noun {
		return false
	}
	k := m.start - 1
	for k >= 0 && strikeModifiers[toks[k].lower] {
		k--
	}
	if k < 0 || toks[k].punct {
		return false
	}
	w := toks[k].text
	return strings.HasSuffix(toks[k].lower, "-led") || w != "" && w[0] >= 'A' && w[0] <= 'Z' && k > 0
}

// accordVerbs are the participles of concluding an agreement: "were
// signed", "was reached".
var accordVerbs = map[string]bool{
	"signed": true, "inked": true, "reached": true, "concluded": true, "struck": true, "exchanged": true,
	"finalised": true, "finalized": true, "sealed": true,
}

// agentlessAccord reports an agreement told in the passive with no one
// named: "Seven agreements were signed", "a deal was reached on Monday".
// News writes it of the sides of the meeting it has just told; the clause
// names no party of its own.
func agentlessAccord(toks []token, cl clause, m match, spans []span) bool {
	if m.cue.Type != "AGREE" {
		return false
	}
	for _, sp := range spans {
		if sp.start >= cl.start && sp.start < cl.end && sp.m.Kind != actors.Place {
			return false
		}
	}
	k := m.end
	if !m.noun {
		// "Seven agreements were signed": the verb cue, passive, with the
		// agreement before it.
		if !accordVerbs[toks[m.start].lower] || !isPassive(toks, m) {
			return false
		}
		return m.start+1 >= len(toks) || toks[m.start+1].lower != "by"
	}
	if k < len(toks) && (toks[k].lower == "was" || toks[k].lower == "were") {
		k++
	} else if k+1 < len(toks) && (toks[k].lower == "have" || toks[k].lower == "has") && toks[k+1].lower == "been" {
		k += 2
	} else {
		return false
	}
	if k >= len(toks) || !accordVerbs[toks[k].lower] {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].lower != "by"
}

// nameBeforeAct reports a name between a determiner and a bare verb form:
// "the Pahalgam attack", "the Salisbury attack", "the U.S. strike". News
// names an act known to the reader after the place or the side it is
// known by; the verb form is that act's noun. A plural name before it
// ("the Houthis attack ships") is a subject, not a modifier; so is a name
// after "that" before a verb in -s (thatclause17.go).
func nameBeforeAct(toks []token, i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && !toks[k].punct && toks[k].text != "" && !isLowerWord(toks[k].text); n++ {
		if n == 0 && strings.HasSuffix(toks[k].lower, "s") && !strings.HasSuffix(toks[k].lower, ".") {
			return false
		}
		k--
		if determiners[toks[k].lower] {
			return !singularBeforeVerb(toks, k, i)
		}
	}
	return false
}
