package coder

// Sixteenth pass (stop 34, the ar and as families): a trip held back.
//
// A government that stops its people travelling tells a trip that is not
// made: "directed the government to prohibit Egyptians from going to
// Libya", "recommended travel companies to refrain from selling package
// tours to Georgia". The verb of going or the noun of the tour is no visit
// of one state to the other; the measure itself is coded by its own verb
// where it has one.

// holdingBackTrip are the verbs that stop a trip told after them.
var holdingBackTrip = map[string]bool{
	"refrain": true, "refrained": true, "refrains": true, "refraining": true,
	"avoid": true, "avoided": true, "avoids": true, "avoiding": true,
	"prohibit": true, "prohibited": true, "prohibits": true, "prohibiting": true,
	"forbid": true, "forbade": true, "forbidden": true, "forbids": true, "forbidding": true,
	"prevent": true, "prevented": true, "prevents": true, "preventing": true,
	"ban": true, "banned": true, "bans": true, "banning": true,
	"bar": true, "barred": true, "bars": true, "barring": true,
}

// heldBackTrip reports a visit cue with a verb that stops it among the
// four words before, in its clause and with no punctuation mark between.
func heldBackTrip(toks []token, cl clause, m match) bool {
	if !m.cue.flags.dest {
		return false
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-4; i-- {
		if toks[i].punct {
			return false
		}
		if holdingBackTrip[toks[i].lower] {
			return true
		}
	}
	return false
}
