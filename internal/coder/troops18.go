package coder

// Twentieth pass (stop 38, the bj/bk family): troops sent abroad.
//
// News tells a deployment abroad by the troops and the country they go to,
// and often by the purpose they go for: "Turkey is beginning to send troops
// into Libya in support of the government in Tripoli", "the army sent
// troops to a training camp near Mosul". The purpose words (support, help,
// training) are also the goods of an aid cue ("send ... support",
// "provide training"), which covers the longer span and wins; but what is
// sent is the troops, and a deployment of troops is a MOBILIZE whatever it
// is for. Peacekeepers and medical teams keep their own aid cues.

// sentTroops are the heads of armed forces sent somewhere.
var sentTroops = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "servicemen": true, "marines": true,
	"battalion": true, "battalions": true, "paratroopers": true, "commandos": true,
}

// sendVerbs are the verbs an aid cue opens with that also send troops.
var sendVerbs = map[string]bool{"send": true, "sends": true, "sent": true, "sending": true,
	"dispatch": true, "dispatches": true, "dispatched": true, "dispatching": true}

// troopsSent reports an aid cue opened by a verb of sending whose object,
// within the four words after the verb, is a body of troops: the troops
// are what is sent, so the act is a MOBILIZE.
func troopsSent(toks []token, m match) bool {
	if m.cue.Type != "AID" || m.noun || !sendVerbs[toks[m.start].lower] || reliefPurpose(toks, m) {
		return false
	}
	for i := m.start + 1; i < m.end && i <= m.start+4; i++ {
		if sentTroops[toks[i].lower] {
			return true
		}
	}
	return troopsJoined(toks, m.end) // "send weapons and soldiers" (mobilize47.go)
}
