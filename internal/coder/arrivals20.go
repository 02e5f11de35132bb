package coder

// Twenty-second pass (stop 40, the bn/bo family): troops that arrive.
//
// News tells a deployment abroad from its landing as often as from its
// sending: "a convoy of Chadian troops arrived in Cameroon", "a plane
// carrying 100 Russian soldiers landed in Caracas", "a contingent of
// soldiers from Chad has arrived in northern Cameroon". The visit cue of
// such a sentence was dropped as no visit (isTroopMovement); the arrival
// of a country's armed force in another country is that force's
// deployment there, a MOBILIZE between the two. Only the subject's head
// (after a collective or a convoy: "a convoy of troops") or the load of a
// craft ("planes carrying about 100 troops") counts: a troop word further
// off ("aid planes carrying medical equipment and soldiers") is an aid
// load (aidTeamOrLoad), and one elsewhere in the clause is no mover.

// arrivingTroops are the heads of an armed force that arrives.
var arrivingTroops = map[string]bool{
	"troops": true, "soldiers": true, "servicemen": true, "marines": true, "paratroopers": true,
	"commandos": true, "battalion": true, "battalions": true, "tanks": true, "convoy": true,
	"contingent": true, "peacekeepers": true,
}

// troopCraft carry troops: "planes carrying about 100 troops".
var troopCraft = map[string]bool{
	"plane": true, "planes": true, "aircraft": true, "flight": true, "flights": true, "jets": true,
}

// troopsArrive reports a visit cue told as the arrival of an armed force
// (troopsArriveHead) that is not an aid team or load.
func troopsArrive(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) || !isTroopMovement(toks, cl, m) || aidTeamOrLoad(toks, cl, m) {
		return false
	}
	head, at := arrivalHeadAt(toks, cl, m)
	if arrivingTroops[head] {
		return true
	}
	return troopCraft[head] && carriesTroops(toks, at, m.start)
}

// carriesTroops reports "carrying" right after the craft at `at`, with a
// troop word within its next four words ("carrying about 100 troops").
func carriesTroops(toks []token, at, end int) bool {
	if at < 0 || at+1 >= end || toks[at+1].lower != "carrying" {
		return false
	}
	for i := at + 2; i < end && i <= at+5; i++ {
		if arrivingTroops[toks[i].lower] {
			return true
		}
	}
	return false
}
