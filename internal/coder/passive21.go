package coder

import (
	"slices"
	"strings"
)

// Twenty-third pass (stop 41): a verb-and-object cue told in the passive.
//
// Most cues of cues.tsv are a verb and its object ("impose+ ~4 tariffs",
// "supply+ ~5 weapons", "cut+ ~3 ties"). English news tells the same act
// in the passive with the object first, as the sentence's subject:
// "Tariffs were imposed on Chinese steel by Washington", "Weapons were
// supplied to Ukraine by Germany", "Diplomatic ties with Taiwan were cut
// by Honduras", "Imports of Australian wine were banned by China". The
// verb-first pattern cannot match those, so the act went uncoded. A verb
// of such a cue, as a participle after a form of "be" with its agent
// after "by", whose object word stands a few words before the auxiliary
// in the same stretch of words (no punctuation between), is that cue: the match is the participle
// alone, so the passive reading of the sides applies (the subject's
// country is acted upon, the agent after "by" acts).

// passiveObjectReach is how many words before the auxiliary the cue's
// object may stand: "Imports of Australian wine were banned" (the object
// four words back), "Diplomatic relations with Iran were cut".
const passiveObjectReach = 5

// passiveCueMatches returns the verb-and-object cues told in the passive
// in toks that no match in have already tells, and the index of each
// one's object word.
func (lx *lexicon) passiveCueMatches(toks []token, have []match) ([]match, []int) {
	var out []match
	var objs []int
	for i := 1; i < len(toks); i++ {
		aux := passiveAuxAt(toks, i)
		if aux < 0 {
			continue
		}
		for _, c := range lx.byFirst[toks[i].lower] {
			obj, ok := passiveObjectOf(c, toks, i, aux)
			if !ok || matchedBetween(have, obj, i-1) || !agentAfter(toks, i) && (toks[aux].lower != "be" || !spokenBefore(toks, obj)) {
				continue
			}
			if aux == i && strings.HasPrefix(toks[i].lower, "announc") {
				break // "the tariffs announced by the ministry": a telling, read by announced20.go
			}
			out = append(out, match{cue: c, start: i, end: i + 1, head: i, form: formParticiple, reduced: aux == i})
			objs = append(objs, obj)
			break
		}
	}
	return out, objs
}

// passiveAuxAt is the index of the form of "be" right before the
// participle at i ("were imposed", "have been cut"), or before it and an
// adverb ("were formally imposed"), or -1. A noun between them makes the
// participle a reduced relative ("were rockets fired by a militia").
func passiveAuxAt(toks []token, i int) int {
	if beForms[toks[i-1].lower] && toks[i-1].lower != "will" { // the forms of "be" (precision7.go)
		return i - 1
	}
	if i >= 2 && beForms[toks[i-2].lower] && toks[i-2].lower != "will" && strings.HasSuffix(toks[i-1].lower, "ly") {
		return i - 2 // "were formally imposed", "was quickly banned"
	}
	if i+1 < len(toks) && toks[i+1].lower == "by" && (i == 1 || isLowerWord(toks[i-1].text)) && !toks[i-1].punct && (i < 2 || !beForms[toks[i-2].lower]) {
		return i // a reduced passive: "weapons supplied by Germany to Ukraine", the object right before
	}
	return -1
}

// passiveObjectOf reports whether c is a plain verb-and-object cue whose
// verb is the participle at i and whose object word stands within reach
// before the auxiliary at aux, and returns the object's index.
func passiveObjectOf(c *cue, toks []token, i, aux int) (int, bool) {
	if c.flags != (cueFlags{}) && c.flags != (cueFlags{weak: true}) {
		return 0, false // speech, stance, intent and noun cues keep their own readings
	}
	el := c.elems
	if len(el) == 3 && el[1].gap > 0 {
		el = []element{el[0], el[2]}
	}
	if len(el) != 2 || el[1].gap > 0 || el[1].optional {
		return 0, false
	}
	switch el[0].words[toks[i].lower] {
	case formPast, formParticiple:
	default:
		if !irregularParticiples[toks[i].lower] {
			return 0, false
		}
	}
	for k := aux - 1; k >= 0 && k >= aux-passiveObjectReach; k-- {
		if toks[k].punct {
			break
		}
		if _, ok := el[1].words[toks[k].lower]; ok {
			return k, true
		}
	}
	return 0, false
}

// matchedBetween reports a match starting in [lo, hi] other than a
// one-word noun cue at lo: the subject's own act ("the sanctions
// campaign was ...") already tells the act. The object noun alone as a
// cue ("embargo", "drills") is what the verb acts on: the verb and its
// object are the longer cue and win, as in the active ("eased the
// embargo on Cuba" over "embargo").
func matchedBetween(have []match, lo, hi int) bool {
	for _, m := range have {
		if m.start == lo && m.end == lo+1 && m.cue.flags.noun {
			continue
		}
		if m.start >= lo && m.start <= hi || m.start < lo && m.end > lo {
			return true
		}
	}
	return false
}

// passiveAgentReach is how far after the participle its agent's "by" may
// stand: "were supplied to Ukraine by Germany", "were imposed on Chinese
// steel by the United States".
const passiveAgentReach = 6

// agentAfter reports "by" after the participle at i in the same stretch
// of words. Without an agent the passive hides who acted, and the words
// are as often a state of things as an act ("French soldiers have been
// stationed in Chad since 1960", "missiles have been launched at bases
// housing U.S. troops"): other rules read those.
func agentAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+passiveAgentReach; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].lower == "by" {
			return true
		}
		if isParticipleWord(toks[k].lower) {
			return false // "closed as required by China", "named under a commitment made by": the agent of another verb
		}
	}
	return false
}

// withPassiveCues adds the passive verb-and-object cues to have. Such a
// cue wins over a one-word cue of its verb alone, as the longer pattern
// wins in the active ("were banned by China" after "imports" is a ban on
// imports, not the bare "ban" of coercion), and over its object noun
// told alone as a cue.
func withPassiveCues(have, passive []match, objs []int) []match {
	if len(passive) == 0 {
		return have
	}
	kept := have[:0]
	for _, m := range have {
		if m.end-m.start != 1 || !startsAny(passive, m.start) && !slices.Contains(objs, m.start) {
			kept = append(kept, m)
		}
	}
	return append(kept, passive...)
}

// startsAny reports a match in ms starting at token i.
func startsAny(ms []match, i int) bool {
	for _, m := range ms {
		if m.start == i {
			return true
		}
	}
	return false
}

// isParticipleWord reports a word shaped as a past participle: a regular
// "-ed" form or an irregular participle ("rejected", "made", "withdrawn").
func isParticipleWord(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || pastIrregular[w]
}

// passiveSubjectNoun reports a one-word verb cue right before a form of
// "be" and a participle: "India's extradition request was rejected by
// Britain", "the aid pledge was welcomed". A verb in its base or -s form
// is never followed by "was" or "were": the word is the noun that is the
// passive's subject, and the act told is the participle's. Only when the
// participle is itself a cue: "the visit had been set up despite
// sanctions" keeps its reading.
func passiveSubjectNoun(toks []token, m match, ms []match) bool {
	i := m.end
	if m.end != m.start+1 || i+1 >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "was", "were", "is", "are", "has", "have", "had":
	default:
		return false
	}
	if (toks[i].lower == "has" || toks[i].lower == "have" || toks[i].lower == "had") && toks[i+1].lower == "been" {
		i++
	}
	return i+1 < len(toks) && isParticipleWord(toks[i+1].lower) && startsAny(ms, i+1)
}

// welcomedBy reports a welcome told in the passive with its agent next:
// "The Japanese prime minister was welcomed by the Indian president". The
// host's title stands one word further from the verb than in the active
// ("welcomed the Japanese prime minister"), after "by".
func welcomedBy(toks []token, m match) bool {
	return m.start > 0 && beForms[toks[m.start-1].lower] && m.end < len(toks) && toks[m.end].lower == "by"
}

// passiveSpeechWords report what follows them as the speaker's word.
var passiveSpeechWords = map[string]bool{"said": true, "says": true, "announced": true, "announces": true, "confirmed": true, "confirms": true, "stated": true}

// spokenBefore reports a speech verb shortly before the passive's
// subject at obj: "Beijing said tariffs would be imposed on American
// soybeans", "Moscow said flights to Georgia would be suspended". A
// government telling a measure to come in the passive ("would be", "will
// be") is its agent, as it is of "said its diplomats would be expelled";
// the caller asks for the bare "be". A done act told so ("said ties had
// been cut") may be another's, told by an onlooker, and is left.
func spokenBefore(toks []token, obj int) bool {
	for k := obj - 1; k >= 0 && k >= obj-3; k-- {
		w := toks[k].lower
		if passiveSpeechWords[w] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
