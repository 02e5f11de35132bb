package coder

// A visit's host, like its traveller (arrivals.go), acts for a state. News
// English writes the welcome of a crowd with the verbs of hosting: "dozens
// of fans from Spain, Chile and Mexico greeted their idol at the airport",
// "supporters welcomed the team home". Such a welcome is no hosting by the
// countries its words name. And a thing does not visit: "China patent
// suits head to U.S. courts" tells where lawsuits are filed (the things
// are travellers in arrivals.go).

// crowds are heads of a subject that is a crowd of private people.
var crowds = map[string]bool{
	"fans": true, "supporters": true, "crowd": true, "crowds": true, "admirers": true, "followers": true,
	"well-wishers": true, "onlookers": true, "spectators": true, "residents": true, "locals": true,
	"villagers": true, "devotees": true, "children": true, "schoolchildren": true,
}

// crowdAfter are the words that may follow the head of a crowd subject
// before its verb: "fans from Spain, Chile and Mexico greeted", "fans —
// including ... — greeted", "supporters who had waited for hours
// welcomed".
var crowdAfter = map[string]bool{
	"from": true, "of": true, "in": true, "at": true, "who": true, "—": true, "–": true, "had": true,
	"have": true, "were": true, "also": true,
}

// crowdWelcome reports a hosting cue ("greeted", "welcomed") whose
// subject, before it in the clause, is a crowd: the nearest crowd noun
// before the cue, with no other verb between, that ends its noun or is
// followed by where the crowd came from.
func crowdWelcome(toks []token, cl clause, m match) bool {
	if m.cue.Mode != "visit" || !m.cue.flags.host || m.noun {
		return false
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-30; i-- {
		w := toks[i].lower
		if w == "said" || w == "says" || w == "that" || w == "by" {
			return false
		}
		if crowds[w] {
			return i+1 == m.start || crowdAfter[toks[i+1].lower]
		}
	}
	return false
}
