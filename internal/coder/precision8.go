package coder

// Rules of the eighth pass (stop 26) on precision: countries a sentence
// names as what an act is about, not as its sides.

// intentNouns name a government's decision by what it is to do: "Trump's
// decision to recognise Jerusalem as the capital of Israel", "plans to
// relocate the embassy".
var intentNouns = map[string]bool{
	"decision": true, "decisions": true, "plan": true, "plans": true, "move": true, "bid": true,
	"attempt": true, "attempts": true, "effort": true, "efforts": true, "order": true,
}

// decisionContentStart returns where the content of a decision told after
// the cue begins, or 0: in "protested against US President Donald Trump's
// decision to recognise Jerusalem as the capital of Israel" the protest is
// aimed at the one who decided (named before the noun, or after "of"); the
// countries of the infinitive are what was decided. The noun follows the
// cue within twelve words, with no break between.
func decisionContentStart(toks []token, m match) int {
	for k := m.end; k+2 < len(toks) && k <= m.end+12; k++ {
		if isBreakPunct(toks[k].lower) {
			return 0
		}
		if !intentNouns[toks[k].lower] {
			continue
		}
		if toks[k+1].lower == "to" && isLowerWord(toks[k+2].text) {
			return k + 1
		}
		if toks[k+1].lower == "of" {
			// "the decision of the US administration to recognize ..."
			for j := k + 2; j+1 < len(toks) && j <= k+7; j++ {
				if isBreakPunct(toks[j].lower) {
					break
				}
				if toks[j].lower == "to" && isLowerWord(toks[j+1].text) {
					return j
				}
			}
		}
	}
	return 0
}
