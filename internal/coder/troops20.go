package coder

// Twenty-second pass (stop 40, CONSULT extras and their borders): troops
// told by their arrival.
//
// News tells a deployment abroad as often by the landing or the arrival of
// the troops as by their sending: "a plane carrying 100 Russian soldiers
// arrived in Caracas", "a contingent of soldiers from Chad has arrived in
// northern Cameroon", "two Russian air force planes landed in Venezuela
// carrying nearly 100 troops". A visit, in PLOVER, is made by officials;
// troops that arrive in another country are moved there, a MOBILIZE from
// the country they come from to the one they arrive in. The coder read
// such a verb of arriving as a visit and then dropped it
// (isTroopMovement), or kept it as a visit when the troops came after the
// verb; either way the deployment was lost. Aid flown in by the military
// keeps its aid reading (aidTeamOrLoad), the officers of an armed service
// still visit ("the commander of Russian forces arrived for talks"), and a
// noun visit ("the visit of the troops") is no arrival told.

// troopLoads are the armed bodies a craft is said to carry.
var troopLoads = map[string]bool{
	"troops": true, "soldiers": true, "servicemen": true, "paratroopers": true, "commandos": true,
	"marines": true,
}

// officialHeads are heads of a subject that name the officials of an armed
// service, who visit: "the Russian air force chief arrived in Caracas".
var officialHeads = map[string]bool{
	"chief": true, "chiefs": true, "commander": true, "commanders": true, "head": true, "general": true,
	"generals": true, "officials": true, "official": true, "delegation": true, "minister": true,
	"secretary": true, "spokesman": true, "spokeswoman": true, "envoy": true, "officers": true,
}

// troopArrival reports a verb of arriving or travelling to a place whose
// subject is a military unit (isTroopMovement), or which goes on
// "carrying" troops: the arrival is a deployment.
func troopArrival(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) || !m.cue.flags.dest || aidTeamOrLoad(toks, cl, m) || aidArrivalWith(toks, m) || aidCraftNamed(toks, cl, m) {
		return false // "naval ships arrived in Mozambique with food and medicines": aid (aid21.go)
	}
	if officialHeads[arrivalHead(toks, cl, m)] {
		return false // "the commander of Russian forces arrived for talks": a visit
	}
	return isTroopMovement(toks, cl, m) || carriesTroopsAfter(toks, cl, m)
}

// carriesTroopsAfter reports "carrying" within the eight words after the
// cue, in its clause, followed within four words by troops: "landed in
// Venezuela carrying nearly 100 troops".
func carriesTroopsAfter(toks []token, cl clause, m match) bool {
	for i := m.end; i < cl.end && i < m.end+8; i++ {
		if toks[i].lower != "carrying" {
			continue
		}
		for j := i + 1; j < cl.end && j <= i+4; j++ {
			if troopLoads[toks[j].lower] {
				return true
			}
		}
	}
	return false
}
