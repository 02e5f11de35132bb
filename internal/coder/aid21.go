package coder

// Twenty-third pass (stop 41): aid told by its craft and its loads, read
// from sentences written by hand. News names a flight, a ship or a convoy
// by the aid it carries ("an Indian relief flight landed in Kabul", "a
// Turkish aid ship docked in Egypt", "the first aid convoy arrived in
// Gaza") and says where the load went with "reached" as often as with
// "arrived in" ("Indian navy ships carrying relief material reached
// Yangon", "the first Indian aid shipment reached Colombo").

// aidCraftLoads are the heads a kind of aid work makes a load of aid: a
// "relief flight", an "aid ship", an "aid convoy".
var aidCraftLoads = map[string]bool{
	"shipment": true, "shipments": true, "consignment": true, "consignments": true, "convoy": true,
	"convoys": true, "flight": true, "flights": true, "ship": true, "ships": true, "plane": true,
	"planes": true, "vessel": true, "vessels": true, "aircraft": true, "trucks": true, "cargo": true,
}

// aidCraftNamed reports an arrival whose subject's head is a craft or a
// load qualified by a kind of aid work: "an Indian relief flight landed
// in Kabul". A flight alone may carry anyone; a relief flight carries aid.
func aidCraftNamed(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	head, at := arrivalHeadAt(toks, cl, m)
	return at > 0 && aidCraftLoads[head] && aidWorkKinds[toks[at-1].lower]
}

// reachedWords tell a load reaching a place with no preposition ("reached
// Yangon") or with one after a verb of mooring ("docked in Port Sudan").
var reachedWords = map[string]bool{
	"reached": true, "reaches": true, "reach": true, "reaching": true,
}

// dockedWords moor a ship: what "docked in" a place brought its load there.
var dockedWords = map[string]bool{
	"docked": true, "docks": true, "dock": true, "docking": true, "berthed": true,
}

// aidPlaceReached reports a place right after "reached", or after "in" or
// "at" following a verb of mooring: aid that reached a city or docked in a
// port went to the city's country.
func aidPlaceReached(toks []token, k int) bool {
	if reachedWords[toks[k].lower] {
		return true
	}
	return (toks[k].lower == "in" || toks[k].lower == "at") && k > 0 && dockedWords[toks[k-1].lower]
}

// aidCraftIn reports a craft qualified by a kind of aid work between from
// and to: "dispatched aid ships to Gaza", "sent two relief planes". Ships
// sent as aid ships bring aid, not a show of force.
func aidCraftIn(toks []token, from, to int) bool {
	for i := from + 1; i < to && i < len(toks); i++ {
		if aidCraftLoads[toks[i].lower] && aidWorkKinds[toks[i-1].lower] {
			return true
		}
	}
	return false
}
