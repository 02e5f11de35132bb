package coder

import "strings"

// Rules of the ninth pass (stop 27) on what governments say to each other:
// a threat that is a danger, not a threat made.

// poseVerbs make "threat" a danger something is: "the drones posed a
// direct threat", "may pose a threat".
var poseVerbs = map[string]bool{"pose": true, "poses": true, "posed": true, "posing": true}

// endangeredThings are what a participle "threatening" puts in danger
// when it names no one threatened: "undermined free speech, threatening
// US foreign policy and economic interests".
var endangeredThings = map[string]bool{
	"interests": true, "interest": true, "security": true, "stability": true, "safety": true,
	"lives": true, "peace": true, "health": true, "livelihoods": true, "future": true,
	"existence": true, "policy": true, "jobs": true, "economy": true, "environment": true,
}

// dangerNotThreat reports a threat word that names a danger rather than a
// threat someone made: a threat something poses ("stating that the drones
// posed a direct threat", "could pose a threat to shipping"), an injury
// that is "non-life threatening", and a participle "threatening" whose
// object is a thing put at risk ("..., threatening US foreign policy and
// economic interests"). News tells the danger in these words; the act is
// told by other words of the sentence, or not at all.
func dangerNotThreat(toks []token, m match) bool {
	if m.cue.Type != "THREATEN" {
		return false
	}
	w := toks[m.head].lower
	if m.noun && strings.HasPrefix(w, "threat") {
		for k := m.head - 1; k >= 0 && k >= m.head-3; k-- {
			if poseVerbs[toks[k].lower] {
				return true
			}
			if toks[k].punct {
				break
			}
		}
		return false
	}
	if w != "threatening" {
		return false
	}
	if m.head > 0 && strings.HasSuffix(toks[m.head-1].lower, "life") {
		return true // "suffered non-life threatening injuries"
	}
	if m.head == 0 || toks[m.head-1].lower != "," || m.head+1 >= len(toks) || toks[m.head+1].lower == "to" {
		return false
	}
	for k := m.head + 1; k < len(toks) && k <= m.head+6; k++ {
		if toks[k].punct {
			return false
		}
		if endangeredThings[toks[k].lower] {
			return true
		}
	}
	return false
}
