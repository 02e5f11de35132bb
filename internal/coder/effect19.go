package coder

import "strings"

// Twenty-first pass (stop 39), status: an accord's text that "will" bring
// something is an accord made.
//
// News tells what a treaty, a deal or a pact will do once it stands: "The
// treaty will take the relationship to the next level", "the agreement
// will boost trade", "the pact will also allow troops to train". The
// "will" is the effect's future, not the signing's: the sentence takes the
// text as existing, so the accord is an act done. The accord's own coming
// into being keeps its plan ("the deal will be signed", "will come into
// force", "will take effect"), as does a text named as still a plan ("the
// proposed treaty", "the draft agreement") or one under a condition or a
// time clause ("once signed, the treaty will ...", "if approved").

// accordTexts are nouns of an accord's text: the thing an agreement leaves.
// Nouns of the act itself ("signing", "ratification", "meeting") are not
// here: "the signing of the treaty will elevate ties" may be still to come.
var accordTexts = map[string]bool{
	"treaty": true, "agreement": true, "deal": true, "pact": true, "accord": true,
	"accords": true, "agreements": true, "deals": true, "treaties": true, "pacts": true,
}

// effectVerbs tell what a standing accord does: its effect, not its
// coming into being.
var effectVerbs = map[string]bool{
	"take": true, "lift": true, "boost": true, "elevate": true, "provide": true,
	"contribute": true, "establish": true, "serve": true, "ensure": true, "enable": true,
	"allow": true, "bring": true, "lead": true, "cut": true, "offer": true, "put": true,
	"help": true, "strengthen": true, "deepen": true, "expand": true, "give": true,
	"create": true, "pave": true, "make": true, "raise": true, "reduce": true,
	"increase": true, "double": true, "open": true, "see": true, "lower": true,
	"remove": true, "scrap": true, "eliminate": true, "permit": true, "grant": true,
	"govern": true, "guarantee": true, "bolster": true, "cement": true, "secure": true,
}

// plannedTexts name an accord's text as still a plan.
var plannedTexts = map[string]bool{
	"proposed": true, "draft": true, "planned": true, "future": true, "possible": true,
	"potential": true, "prospective": true, "envisaged": true, "mooted": true, "expected": true,
}

// accordEffect reports a "will" at i, after a cue that is an accord's text,
// that governs a verb of the accord's effect: the accord is done.
func accordEffect(toks []token, cl clause, m match, i int) bool {
	if m.cue.Type != "AGREE" || !accordTexts[toks[m.end-1].lower] {
		return false
	}
	j := i + 1
	for j < cl.end && (toks[j].lower == "also" || toks[j].lower == "further" || isAdverb(toks[j].lower)) {
		j++
	}
	if j >= cl.end || !effectVerbs[toks[j].lower] {
		return false
	}
	if toks[j].lower == "take" && j+1 < cl.end && toks[j+1].lower == "effect" {
		return false // "will take effect": the accord's own start
	}
	return !textStillPlanned(toks, cl, m) && !actOfText(toks, cl, m)
}

// actOfText reports an act noun that heads the subject with the accord
// after "of": "the signing of the treaty", "the ratification of the pact",
// "the implementation of the deal". That act may still be to come.
func actOfText(toks []token, cl clause, m match) bool {
	for k := m.start - 1; k > cl.start && k >= m.start-14; k-- {
		if toks[k].lower != "of" {
			continue
		}
		h := toks[k-1].lower
		if strings.HasSuffix(h, "ing") || strings.HasSuffix(h, "tion") || strings.HasSuffix(h, "al") {
			return true // the names of the parties may stand between: "the signing of the A-B Defence Treaty"
		}
	}
	for k := m.start; k < m.end-1; k++ {
		if w := toks[k].lower; strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "tion") {
			return true // the act noun inside the cue
		}
	}
	return false
}

// textStillPlanned reports a word before the cue in its clause that makes
// the accord a plan or a condition: "the proposed treaty", "once signed",
// "if approved", "when ratified".
func textStillPlanned(toks []token, cl clause, m match) bool {
	for k := cl.start; k < m.start; k++ {
		w := toks[k].lower
		if plannedTexts[w] || w == "once" || w == "if" || w == "when" || w == "unless" || isModal(toks[k]) {
			return true
		}
	}
	return false
}
