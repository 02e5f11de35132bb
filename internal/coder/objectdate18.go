package coder

import (
	"strings"

	"storyline/internal/timex"
)

// The date of a thing the act is done to (twentieth pass, stop 38).
//
// English news names the thing an act is done to with the day or year it
// was made, in a past participle hung on the noun: "backing the autonomy
// plan proposed by Morocco in 2007", "a breakthrough over four islands
// seized by Soviet troops in 1945", "not to renew a memorandum of
// understanding with China known as "The Silk Road," signed in 2017 under
// the previous administration". The date there is the plan's, the
// islands', the memorandum's: it tells when the thing was made, not when
// the act the clause codes was done, and not the time of the sentence's
// news that a neighbouring sentence's act may take. The act then takes the
// day its clause or the page gives, as an undated act does.

// objectDated reports a time expression starting at byte off of a clause
// whose cue m is a verb, when the expression closes a past participle
// phrase hung on a noun after the cue (participleDated). A noun cue is
// dated by its own participle ("the agreement signed on Monday"), unless
// the report tells another act than the noun's: an accord let lapse is
// coded as a retreat (lapse18.go), and the accord's signing is not that.
func objectDated(toks []token, m match, typ string, off int) bool {
	if m.noun && typ == m.cue.Type {
		return false
	}
	return participleDated(toks, m.end, tokenAtOffset(toks, off))
}

// thingDated reports a date x of a neighbouring sentence that is a
// thing's, not the time of that sentence's news: it closes a participle
// phrase hung on a noun ("Irina Slavnikova, sentenced in 2022 to five
// years").
func thingDated(text string, x timex.Expression) bool {
	toks := tokenize(text)
	return participleDated(toks, 0, tokenAtOffset(toks, x.Start))
}

// participleDated reports a time expression at token k that closes a past
// participle phrase hung on a noun after token lo: the participle, then
// an optional "by" and up to four words of its doer, then "in" or "on"
// and the date ("dozens injured Monday": a bare day is the verb's own). A
// participle right after an auxiliary ("was signed in 2017"), a pronoun,
// a conjunction or a name is a verb of its own clause, not a noun's
// modifier.
func participleDated(toks []token, lo, k int) bool {
	if k <= lo+1 || k > len(toks) {
		return false
	}
	if w := toks[k-1].lower; w != "in" && w != "on" {
		return false
	}
	j := k - 2
	for p := j; p >= lo && p >= j-5; p-- {
		if toks[p].punct {
			return false
		}
		if toks[p].capital() || participleLinks[toks[p].lower] || !pastParticiple(toks[p].lower) {
			continue // a doer's word or its link ("between" ends as a participle): look further back
		}
		if p != j && !participleLinks[toks[p+1].lower] {
			return false // a participle, then words that are no doer of it
		}
		return p > lo && hungOnNoun(toks, p)
	}
	return false
}

// tokenAtOffset is the index of the first token starting at or after off.
func tokenAtOffset(toks []token, off int) int {
	for i, t := range toks {
		if t.start >= off {
			return i
		}
	}
	return len(toks)
}

// pastParticiple reports a word of the past participle's form: a regular
// "-ed" or "-en" ("proposed", "seized", "taken") or one of the irregular
// participles the coder knows.
func pastParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) || irregularParticiples[w] || objectParticiples[w]
}

// objectParticiples are irregular participles that name how a thing was
// made, or its passage in trade ("jets sold to Taiwan in 2019": stop 47).
var objectParticiples = map[string]bool{
	"made": true, "held": true, "built": true, "sent": true, "won": true, "set": true, "struck": true, "brought": true, "laid": true,
	"sold": true, "bought": true,
}

// hungOnNoun reports a participle at p that modifies the word before it:
// a lower-case word that is no auxiliary, pronoun, conjunction or adverb,
// or a comma or closing quotation mark ("known as "The Silk Road," signed
// in 2017").
func hungOnNoun(toks []token, p int) bool {
	if p == 0 {
		return false
	}
	prev := toks[p-1]
	if prev.punct {
		return prev.lower == "," || prev.lower == "”" || prev.lower == "\""
	}
	if prev.capital() || strings.HasSuffix(prev.lower, "ly") {
		return false
	}
	if p >= 2 && (toks[p-2].lower == "and" || toks[p-2].lower == "or") {
		return false // "were killed and hundreds injured on Monday": the verb elided is the clause's own
	}
	switch prev.lower {
	case "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "having", "get", "got", "gets",
		"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "or", "but", "then", "to", "not", "never",
		"also", "just", "already", "first":
		return false
	}
	return true
}
