package coder

import "strings"

// Rules of the eleventh pass (stop 29) on precision: a view two sides
// share, told with "agree". (Aid a government has decided is told as the
// aid, planned: decidedActs in sentence.go.)

// statesSo are the verbs that state what is so: "agreed that the concerns were shared".
var statesSo = map[string]bool{"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true}

// obligationModals say what ought to be: "agreed that the conflict should be
// resolved" states a view, "agreed that their countries should cooperate"
// an act.
var obligationModals = map[string]bool{"should": true, "must": true, "ought": true, "needs": true, "need": true}

// actVerbs open an act agreed on: "agreed that Uganda would return the
// boats", "agreed that talks will resume".
var actVerbs = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "to": true}

// agreedView reports an AGREE verb whose object is a view, not an act: news
// writes "the leaders agreed that the conflict should be resolved by
// political means" or "agreed with Trump that the concerns were shared" of
// a view two sides share on a call or at a meeting, and "agreed to",
// "agreed that X would" or "agreed that their countries should cooperate"
// of an act they commit to. A view is no agreement between them; the call
// or the meeting is the event. The clause after "agree" (with or without
// "that") is a view when its first verb is a form of be, or a modal of
// obligation followed by be ("should be resolved"), before any will, would
// or to.
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
		case statesSo[w]:
			return true
		case obligationModals[w]:
			n := j + 1
			if n < len(toks) && (toks[n].lower == "not" || toks[n].lower == "also") {
				n++
			}
			return n < len(toks) && (toks[n].lower == "be" || toks[n].lower == "remain")
		}
	}
	return false
}

// endingNouns end or restrict what follows their preposition: "an end to
// joint maneuvers", "a restriction on defense cooperation".
var endingNouns = map[string]string{
	"end": "to", "halt": "to", "stop": "to", "restriction": "on", "restrictions": "on", "ban": "on",
	"freeze": "on", "curb": "on", "curbs": "on", "limits": "on", "suspension": "of", "termination": "of",
	"cancellation": "of",
}

// cooperationEnded reports a noun of cooperation that is what an end or a
// restriction falls on: "ordered an end to joint maneuvers between their
// militaries", "lifted a restriction on defense cooperation with
// Azerbaijan". News names the cooperation to say it stops, or that a limit
// on it is lifted; none is done. The act is the ending or the lifting,
// coded by its own cue when the lexicon has one ("halted cooperation" is a
// sanction). Up to two words (adjectives, "the", "all") may stand between
// the preposition and the noun.
func cooperationEnded(toks []token, m match) bool {
	if m.cue.Type != "COOPERATE" || !m.noun {
		return false
	}
	for k := m.start - 1; k >= 1 && k >= m.start-3; k-- {
		if prep, ok := endingNouns[toks[k-1].lower]; ok && toks[k].lower == prep {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
