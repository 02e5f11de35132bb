package coder

import "strings"

// Twenty-sixth pass (stop 44): aid told in the passive of a verb of
// sending. "Indian navy ships were deployed to Mozambique to provide
// humanitarian assistance", "two French ships were diverted to Haiti for
// disaster relief", "Japanese aid was flown to Tonga": what is sent
// stands before the verb and belongs to the giver; the country after
// "to" receives. (The passive of most verbs makes the subject the one
// acted on: "Nepal was helped by India".) A double-object passive ("Nepal
// was sent aid by India") has the goods, not "to", after the verb and
// keeps the usual reading.

// aidSendVerbs are the verbs that move people or goods to a place.
var aidSendVerbs = []string{"deploy", "divert", "sent", "send", "dispatch", "despatch", "flown", "fly", "airlift", "shipped", "ship"}

// sentAidPassive reports an AID cue whose verb of sending is in the
// passive and is followed by its destination ("were deployed to").
func sentAidPassive(toks []token, m match) bool {
	if m.start+1 >= len(toks) {
		return false
	}
	switch toks[m.start+1].lower {
	case "to", "for", "towards", "toward":
	default:
		return false
	}
	w := toks[m.start].lower
	for _, v := range aidSendVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// reliefWords name the relief of a disaster as the purpose of a sending.
var reliefWords = map[string]bool{"humanitarian": true, "relief": true, "disaster": true}

// reliefPurpose reports an aid cue of sending whose span names relief as
// the purpose: "dispatched 300 soldiers to Togo for disaster relief",
// "sent a delegation of 70 soldiers to provide humanitarian assistance".
// Troops sent are a deployment (troops18.go) unless sent to give relief:
// the soldiers are then the aid, as a rescue team is. "Sent troops to
// Libya to help the government" names no relief and stays a deployment.
func reliefPurpose(toks []token, m match) bool {
	for i := m.start + 1; i < m.end && i < len(toks); i++ {
		if reliefWords[toks[i].lower] {
			return true
		}
	}
	return false
}
