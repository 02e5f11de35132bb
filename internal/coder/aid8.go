package coder

import "strings"

// News tells aid by the people and goods that carry it: "a team of Chinese
// doctors landed in Rome", "a team of nine epidemiologists was flying to
// Rome", "medical supplies arrived in Caracas". The verbs are those of a
// visit, which such travellers do not make (arrivals.go); the arrival is
// the aid itself, given by the country the team or the goods come from to
// the country they reach.

// aidTravellers are heads of a subject that carry aid when they arrive.
var aidTravellers = map[string]bool{
	"doctors": true, "medics": true, "nurses": true, "epidemiologists": true, "paramedics": true,
	"supplies": true, "aid": true, "shipment": true, "shipments": true,
	"rescuers":     true, // twenty-second pass: "Greek rescuers landed in Turkey"
	"firefighters": true, // twenty-third pass: "Greek firefighters arrived in Cyprus"
}

// aidArrival reports a visit cue whose subject is a team of medical workers
// or a load of aid: the arrival is AID, not a visit.
func aidArrival(toks []token, cl clause, m match) bool {
	return isTravellerArrival(toks, cl, m) && aidTravellers[arrivalHead(toks, cl, m)] || aidTeamOrLoad(toks, cl, m) || aidArrivalWith(toks, m) || aidCraftNamed(toks, cl, m)
}

// A noun of support after a preposition tells the purpose or the means of
// another act, not an act of support: "decided to intervene in support of
// Israel's effort", "was acting with the support of the U.S. government",
// "launched air strikes in support of the regime". A side that "came out
// in support of" someone, or "spoke out" so, does support them.
func supportPhrase(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.end-m.start != 1 {
		return false
	}
	if w := toks[m.head].lower; w != "support" && w != "backing" {
		return false
	}
	i := m.head - 1
	for i >= 0 && supportDeterminers[toks[i].lower] {
		i--
	}
	if i < 0 {
		return false
	}
	switch toks[i].lower {
	case "in", "with", "without":
	default:
		return false
	}
	if i >= 2 && toks[i-1].lower == "out" {
		return false // "came out in support of"
	}
	return true
}

// supportDeterminers may stand between the preposition and the noun.
var supportDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "full": true, "strong": true,
	"tacit": true, "active": true, "military": true, "financial": true, "political": true,
}

// A gerund of support made a noun ("during the opening of the US embassy",
// "celebrating the opening of the embassy") names the ceremony the story
// is about, not a government's act of opening relations; the act is told
// with a verb ("the US opened its embassy in Jerusalem").
func supportOccasion(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.head < 1 || m.head+1 >= len(toks) {
		return false
	}
	w := toks[m.head].lower
	return strings.HasSuffix(w, "ing") && toks[m.head-1].lower == "the" && toks[m.head+1].lower == "of"
}
