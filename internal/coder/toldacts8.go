package coder

// An act told as the object of a telling. News names who announced,
// reported or judged an act before the act's own noun phrase: "The US made
// the announcement of a Turkish offensive in Syria", "Russian lawmaker
// calls outcome of meeting between Trump and Zelenskyy 'brilliant'". The
// act's sides are those its noun phrase names; the teller is a side of the
// telling only.

// tellingNouns name an account of an act, which "of" joins to the act.
var tellingNouns = map[string]bool{
	"announcement": true, "announcements": true, "report": true, "reports": true, "news": true,
	"outcome": true, "details": true, "account": true, "accounts": true, "description": true,
	"confirmation": true, "footage": true, "video": true, "videos": true, "images": true,
	"word": true, "claim": true, "claims": true, "rumours": true, "rumors": true,
}

// toldActStart returns the index of "of" when the noun cue m is the object
// of a noun of telling ("the announcement of a Turkish offensive",
// "outcome of meeting"), with at most an article and two modifiers
// between; -1 otherwise. Only names from there on are the act's sides.
func toldActStart(toks []token, cl clause, m match) int {
	if !m.noun && m.form != formIng {
		return -1 // "outcome of meeting": the -ing form after "of" is a noun
	}
	for i, k := m.start-1, 0; i > cl.start && k < 4; i, k = i-1, k+1 {
		w := toks[i].lower
		if w == "of" {
			if tellingNouns[toks[i-1].lower] {
				return i
			}
			return -1
		}
		if toks[i].punct && w != "-" {
			return -1
		}
	}
	return -1
}
