package coder

import "strings"

// Rules of the ninth pass (stop 27) on welcomes. "Welcome" backs what a
// government welcomes ("welcomed the deal"), but a welcome of a visit or
// of a visitor by the crowd is the hospitality of the visit, no backing of
// one state by another: "China had welcomed Modi's planned visit",
// "Duterte was welcomed by children holding small flags of both the
// Philippines and China". The visit itself is told by its own words.

// visitNouns name a visit as the object of a welcome.
var visitNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "arrival": true, "tour": true, "stay": true}

// greeters name people who greet a visitor, none of them a state.
var greeters = map[string]bool{
	"children": true, "schoolchildren": true, "students": true, "crowd": true, "crowds": true, "residents": true,
	"well-wishers": true, "wellwishers": true, "supporters": true, "people": true, "dancers": true, "fans": true,
	"members": true, "locals": true, "villagers": true, "pupils": true,
}

// welcomesVisit reports a SUPPORT cue "welcome" whose object is a visit
// ("welcomed Modi's planned visit", not "welcomed the decision to visit")
// or whose agent is a crowd ("was welcomed by children").
func welcomesVisit(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || !strings.HasPrefix(toks[m.head].lower, "welcom") {
		return false
	}
	if m.start > 0 && (beForms[toks[m.start-1].lower] || toks[m.start-1].lower == "are") && m.end < len(toks) && toks[m.end].lower == "by" {
		for i := m.end + 1; i < len(toks) && i <= m.end+3 && !toks[i].punct; i++ {
			if greeters[toks[i].lower] || crowdNouns[toks[i].lower] {
				return true // "was welcomed by children holding flags"
			}
		}
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+5 && !toks[i].punct; i++ {
		if visitNouns[toks[i].lower] {
			return toks[i-1].lower != "to" // "welcomed the decision to visit": a decision welcomed
		}
	}
	return false
}
