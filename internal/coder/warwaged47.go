package coder

// Stop 47 (groups cp, cq): a war declared on a country.
//
// A country after "war on|against|with" is the place or the victim of a
// war that an event of another kind is about ("discussed the war on
// Ukraine"), a topic and no party (conflictTopic). A war declared, waged
// or gone to is an act, though, and the country it is declared on is the
// one it is done to: "threatened to declare war with Canada", "has
// threatened to wage war on its neighbour", "vowed to go to war against
// Greece". There the country stays a party of the threat. In an event of
// another kind the war begun is its background ("troops have been deployed
// since the president declared war on the insurgents"), a topic as before.

// warStarters are the verbs whose object is a war begun against someone.
var warStarters = map[string]bool{
	"declare": true, "declares": true, "declared": true, "declaring": true,
	"wage": true, "wages": true, "waged": true, "waging": true,
}

// warGoers are the forms of "go" in "go to war".
var warGoers = map[string]bool{"go": true, "goes": true, "going": true, "went": true, "gone": true}

// warBegun reports a conflict word at k that is the object of a verb that
// begins a war ("declare war", "waging an all-out war", "go to war").
func warBegun(toks []token, k int) bool {
	if k < 1 || toks[k].lower != "war" {
		return false
	}
	i := k - 1
	for i >= 0 && (toks[i].lower == "a" || toks[i].lower == "an" || toks[i].lower == "all-out" || toks[i].lower == "full-scale" || toks[i].lower == "open") {
		i--
	}
	if i < 0 {
		return false
	}
	if warStarters[toks[i].lower] {
		return true
	}
	return toks[i].lower == "to" && i > 0 && warGoers[toks[i-1].lower]
}
