package coder

import "strings"

// Rules of the eighteenth pass (stop 36) on a modifier in quotation marks.
// News quotes the word a leader chose for an act inside the noun phrase
// that names it: "had a “very good” telephone call with Lula", "rejected
// “incomprehensible” US comments", "signed a “historic” trade deal". The
// marks say whose word it is; they do not end the phrase. A reader reads
// the verb, the modifier and the noun as one phrase, and so does the
// coder once the marks are set aside: the verb still gives the act its
// tense, and the country before the noun is still the one whose comments
// are rejected.

// maxQuotedModifier is the most words a quoted modifier holds ("very
// good", "full and comprehensive"); a longer quotation is speech.
const maxQuotedModifier = 4

// modifierEnds are the words that end a noun phrase: a quotation followed
// by one of them is a quoted predicate or speech ("called it
// “unacceptable” and", "would “respond decisively” to"), not a modifier.
var modifierEnds = map[string]bool{
	"to": true, "of": true, "for": true, "and": true, "or": true, "but": true, "by": true, "with": true,
	"in": true, "on": true, "at": true, "from": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
}

// unquoteModifiers returns the tokens of a sentence without the marks of
// each quoted modifier: one to maxQuotedModifier lower-case words between
// a word and the noun they modify, with no punctuation inside.
func unquoteModifiers(toks []token) []token {
	var drop []int
	for i := 1; i < len(toks); i++ {
		if !isQuoteMark(toks[i].lower) || toks[i-1].punct {
			continue
		}
		if j := quotedModifierEnd(toks, i); j > 0 {
			drop = append(drop, i, j)
			i = j
		}
	}
	if len(drop) == 0 {
		return toks
	}
	out := make([]token, 0, len(toks)-len(drop))
	for i, t := range toks {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, t)
	}
	return out
}

// participleAfter reports a participle after the quotation: the quoted
// words were the noun itself ("a “political killing” planned in advance",
// "the “unusual and extraordinary threat” imposed on"), not its modifier.
func participleAfter(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastIrregular[w] || irregularParticiples[w]
}

// quotedModifierEnd returns the closing mark of the quoted modifier that
// opens at token i, or 0.
func quotedModifierEnd(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+maxQuotedModifier+1; j++ {
		if isQuoteMark(toks[j].lower) {
			if j == i+1 || j+1 >= len(toks) || toks[j+1].punct || modifierEnds[toks[j+1].lower] || participleAfter(toks[j+1].lower) {
				return 0
			}
			return j
		}
		if toks[j].punct && toks[j].lower != "-" || !isLowerWord(toks[j].text) {
			return 0
		}
	}
	return 0
}
