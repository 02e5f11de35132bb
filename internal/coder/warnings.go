package coder

import "strings"

// Warnings of danger (sixth pass, precision). "Warn" is a threat when the
// speaker names harm it will do ("warned that police will no longer
// tolerate rallies", "warned it would retaliate"). News English uses it as
// often for a danger the speaker foresees and does not make: "warned that
// their use would mark a new level of escalation", "warned Iran that the
// seizure had contributed to an escalation spiral", "warns against taking
// a dangerous path". That is a gloomy forecast, not a threat.

// dangerWords name a danger foreseen.
var dangerWords = map[string]bool{
	"escalation": true, "spiral": true, "dangerous": true, "danger": true, "dangers": true, "risk": true,
	"risks": true, "catastrophe": true, "catastrophic": true, "disaster": true, "disastrous": true,
	"instability": true, "chaos": true, "destabilizing": true, "destabilising": true,
}

// warnsOfDanger reports a verb "warn" whose words after it, to the end of
// the sentence, name a danger and no act of force, coercion or threat.
func warnsOfDanger(toks []token, m match, ms []match) bool {
	if m.cue.Type != "THREATEN" || m.noun || !strings.HasPrefix(toks[m.head].lower, "warn") {
		return false
	}
	for _, n := range ms {
		if n.start >= m.end && (hostile[n.cue.Type] || n.cue.Type == "THREATEN") {
			return false
		}
	}
	for i := m.end; i < len(toks); i++ {
		if dangerWords[toks[i].lower] {
			return true
		}
	}
	return false
}
