package coder

import "strings"

// Rules of the thirteenth pass (stop 31) on threats told as a warning of
// consequences.
//
// A government rarely says "we threaten"; it says what its side may do:
// "Erdogan said Ankara may launch an operation in northern Syria", "the
// ambassador suggested the Chinese public may boycott Australian goods",
// "Trump signalled that he could impose further tariffs". A hostile act
// under "may", "could" or "might" is no event when a reporter or an
// analyst foresees it ("analysts said Beijing could retaliate", "the US
// said Iran could strike shipping"); told by a speaker of the side that
// would do it, it is that side holding the act out: a threat (PLOVER's
// THREATEN), made when it is said.

// possibleModals are the modals of an act held out as possible.
var possibleModals = map[string]bool{"may": true, "could": true, "might": true}

// holdOutSpeech are the verbs a speaker tells what his side may do with.
var holdOutSpeech = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "warned": true, "warns": true, "suggested": true,
	"suggests": true, "signalled": true, "signaled": true, "signals": true, "claimed": true, "claims": true,
	"stated": true, "declared": true, "insisted": true, "added": true, "hinted": true,
}

// selfPronouns name the speaker or his side as the subject of what he says.
var selfPronouns = map[string]bool{"he": true, "she": true, "we": true, "it": true}

// heldOutAct reports a hostile act (a sanction, a use of force, a
// coercive act, a boycott) held out by its own side: the cue follows a
// possible modal within three words ("may decide to launch", "could
// impose"), the clause has no condition before the cue, and the sentence
// tells it as the words of a speaker whose country is the doer's (named
// before a verb of saying that opens the clause's words, or after one that
// closes them: "..., Erdogan said"), or whose own pronoun is the doer
// ("signalled that he could impose").
func heldOutAct(toks []token, cl clause, m match, spans []span) bool {
	switch m.cue.Type {
	case "SANCTION", "ASSAULT", "COERCE":
	case "REJECT":
		if !strings.HasPrefix(toks[m.start].lower, "boycott") {
			return false
		}
	default:
		return false
	}
	modal := -1
	for k := m.start - 1; k >= cl.start && k >= m.start-3; k-- {
		if toks[k].punct {
			return false
		}
		if isModal(toks[k]) {
			if possibleModals[toks[k].lower] {
				modal = k
			}
			break
		}
	}
	if modal < 1 {
		return false
	}
	for i := cl.start; i < m.start; i++ {
		if conditionals[toks[i].lower] {
			return false
		}
	}
	// The speaker: named before a verb of saying ahead of the modal
	// ("Erdogan said Ankara may ..."), back to a break other than a comma;
	// or around one after the act ("..., Turkish President Erdogan said",
	// "..., said Erdogan"), from the break before the verb to the one
	// after it.
	speak, speakerFrom, speakerTo := -1, 0, 0
	for k := modal - 1; k >= 0; k-- {
		if holdOutSpeech[toks[k].lower] {
			speak = k
			break
		}
	}
	if speak >= 0 {
		if selfPronouns[toks[modal-1].lower] && (modal-1 <= speak+2 || datedSaying(toks, speak, modal-1)) {
			return true // "signalled that he could impose"
		}
		speakerTo = speak
		for k := speak - 1; k >= 0; k-- {
			if toks[k].punct && toks[k].lower != "," && !isQuoteMark(toks[k].lower) {
				speakerFrom = k + 1
				break
			}
		}
	} else {
		for k := m.end; k < len(toks) && speak < 0; k++ {
			if holdOutSpeech[toks[k].lower] {
				speak = k
			}
		}
		if speak < 0 {
			return false
		}
		speakerFrom, speakerTo = speak, len(toks)
		for speakerFrom > m.end && !(toks[speakerFrom-1].punct && !isQuoteMark(toks[speakerFrom-1].lower)) {
			speakerFrom--
		}
		for k := speak + 1; k < len(toks); k++ {
			if toks[k].punct {
				speakerTo = k
				break
			}
		}
	}
	// The speaker's one country: none, or two, settle nothing.
	speaker := ""
	for _, sp := range spans {
		if sp.start >= speakerFrom && sp.start < speakerTo && sp.m.Country != "" && !isDateline(toks, sp) {
			if speaker != "" && speaker != sp.m.Country {
				return false
			}
			speaker = sp.m.Country
		}
	}
	if speaker == "" {
		return false
	}
	doer := false
	for _, sp := range spans {
		if sp.start < cl.start || sp.start <= speak && speak < modal || sp.start >= modal || sp.m.Country == "" {
			continue
		}
		if sp.m.Country != speaker {
			return false // another country's act, foreseen
		}
		doer = true
	}
	return doer
}

// boycottWords name a boycott; "of" after one opens the goods it falls on,
// whose origin names the country it hurts.
var boycottWords = map[string]bool{"boycott": true, "boycotts": true}
