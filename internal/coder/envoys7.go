package coder

// Rules of the seventh pass (stop 25) on appointments: naming an envoy is
// an act between two countries only when the news says where the envoy is
// posted.

// postedEnvoyNouns head the office an appointment cue names.
var postedEnvoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	"commissioner": true, "commissioners": true,
}

// postWords open the phrase that says where an envoy is posted: "high
// commissioner to Canada", "ambassador in Beijing", "envoys to each
// other's capitals", "at the UN".
var postWords = map[string]bool{"to": true, "in": true, "at": true}

// unpostedEnvoy reports an appointment cue ("appointed him as an envoy for
// special missions", "named her special envoy for climate") that says
// nothing of where the envoy goes: a government's own staffing, told to
// say who someone is, not a step between two countries (PLOVER's
// COOPERATE). The post is looked for in the few words after the office;
// two sides naming "their" envoys name them to each other.
func unpostedEnvoy(toks []token, m match) bool {
	if m.cue.Type != "COOPERATE" || m.noun || m.end <= m.start || !postedEnvoyNouns[toks[m.end-1].lower] {
		return false
	}
	for i := m.start + 1; i < m.end; i++ {
		if w := toks[i].lower; w == "their" || w == "respective" {
			return false // "named X and Y as their new high commissioners": each side's envoy to the other
		}
	}
	for i := m.end; i < len(toks) && i < m.end+4; i++ {
		w := toks[i].lower
		if postWords[w] || w == "each" || w == "both" {
			return false
		}
		if toks[i].punct {
			break
		}
	}
	return true
}
