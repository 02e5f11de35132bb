package coder

import "strings"

// interceptedWeapon reports an attack told from the side of the one
// attacked: a state that "intercepted" missiles, rockets or drones was
// fired on, and the weapons' state fired them ("Qatar intercepted the
// Iranian missiles", "Poland intercepted Russian drones over its
// territory"). The subject is the target and the country after the verb
// the attacker; in the passive ("the Iranian missiles were intercepted by
// Qatari air defences") the other way round. Jets and ships that are
// intercepted are met in the air or at sea, not fired on: the cue names
// weapons only (cues.tsv).
func interceptedWeapon(toks []token, m match) bool {
	return m.cue.Type == "ASSAULT" && !m.noun && strings.HasPrefix(toks[m.head].lower, "intercept")
}
