package coder

// News tells aid by the people and goods that carry it: "a team of Chinese
// doctors landed in Rome", "a team of nine epidemiologists was flying to
// Rome", "medical supplies arrived in Caracas". The verbs are those of a
// visit, which such travellers do not make (arrivals.go); the arrival is
// the aid itself, given by the country the team or the goods come from to
// the country they reach.
//
// Aid a government "has decided to send" or "will provide" is, as a
// decided withdrawal or sanction is (decisions8.go), the aid itself,
// planned, and the day's news: it keeps its type (decidedActs) rather than
// turning into an AGREE as a promise of cooperation does.

// aidTravellers are heads of a subject that carry aid when they arrive.
var aidTravellers = map[string]bool{
	"doctors": true, "medics": true, "nurses": true, "epidemiologists": true, "paramedics": true,
	"supplies": true, "aid": true, "shipment": true, "shipments": true,
}

// aidArrival reports a visit cue whose subject is a team of medical workers
// or a load of aid: the arrival is AID, not a visit.
func aidArrival(toks []token, cl clause, m match) bool {
	return isTravellerArrival(toks, cl, m) && aidTravellers[arrivalHead(toks, cl, m)]
}
