package coder

import "strings"

// Rules of the eleventh pass (stop 29) on precision: a view two sides
// share, told with "agree". (Aid a government has decided is told as the
// aid, planned: decidedActs in sentence.go.)

// viewVerbs open what a that-clause holds to be so, or ought to be: "agreed
// that the conflict should be resolved by diplomatic means", "agreed that
// the concerns were shared".
var viewVerbs = map[string]bool{
	"should": true, "must": true, "ought": true, "cannot": true, "can't": true, "needs": true, "need": true,
	"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true, "has": true, "have": true,
}

// actVerbs open an act agreed on: "agreed that Uganda would return the
// boats", "agreed that talks will resume".
var actVerbs = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "to": true}

// agreedView reports an AGREE verb whose object is a view, not an act: news
// writes "the leaders agreed that the conflict should be resolved by
// political means" or "agreed the war needs to end" of a view two sides
// share on a call or at a meeting ("agreed with Trump that the concerns
// were shared"), and "agreed to" or "agreed that X would" of an act they
// commit to. A view is no agreement between them; the call
// or the meeting is the event. The clause after "agree" (with or without
// "that") is a view when its first verb is a modal of obligation or a form
// of be, have or need before any will, would or to.
func agreedView(toks []token, m match) bool {
	if m.cue.Type != "AGREE" || m.noun || !strings.HasPrefix(toks[m.head].lower, "agree") || m.end > m.head+2 {
		return false
	}
	k := m.head + 1
	if k < len(toks) && toks[k].lower == "with" {
		// "agreed with Museveni on Tuesday that": the one agreed with,
		// then what.
		for j := k + 1; j < len(toks) && j <= k+10 && !toks[j].punct; j++ {
			if toks[j].lower == "that" {
				k = j
				break
			}
		}
	}
	if k+1 < len(toks) && toks[k].lower == "on" && isWeekdayOrTime(toks[k+1].lower) {
		k += 2 // "agreed on Tuesday that"
	}
	that := k < len(toks) && toks[k].lower == "that"
	if that {
		k++
	} else if k >= len(toks) || !nounPhraseOpeners[toks[k].lower] {
		return false // "agreed to", "agreed on", "agreed with", "agreed a deal"
	}
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		w := toks[j].lower
		switch {
		case actVerbs[w] || isBreakPunct(w) || w == ".":
			return false
		case !that && (w == "that" || w == "which" || w == "and"):
			return false // "agreed a deal that is", "agreed the terms and"
		case viewVerbs[w]:
			return true
		}
	}
	return false
}
