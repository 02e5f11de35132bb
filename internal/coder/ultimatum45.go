package coder

import "strings"

// Twenty-seventh pass (stop 45): a time given to disarm is a demand too.
// "The army gave the rebels 48 hours to lay down their arms", "gave the
// South 48 hours to dismantle its loudspeakers or face military action":
// as with a time given to leave (deadlines16.go), the one who gives the
// time asks the other to act, and the act told in the infinitive has not
// happened. Read as the act, the ultimatum became a RETREAT of both sides.
// The verbs are the disarming ones of the RETREAT cues: dismantle,
// disarm, demobilise, decommission.
func disarmingVerb(w string) bool {
	for _, p := range []string{"dismantl", "disarm", "demobili", "decommission"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
