package coder

// Seventeenth pass (stop 35): news also tells aid by the
// team named for its work and by the craft that carries the goods: "a
// Chinese medical rescue team arrived in Yangon", "relief teams from Japan
// landed in Ankara", "Russian military aircraft carrying medical equipment
// landed in Italy", "a cargo plane carrying relief materials arrived at
// the airport". A team alone may be a delegation and a plane may carry
// anyone; the word before "team" or the load after "carrying" makes the
// arrival aid, given by the country the team or craft comes from to the
// country it reaches (aid8.go).

// aidWorkKinds name a team by the aid it gives: "rescue team", "medical
// team", "relief teams".
var aidWorkKinds = map[string]bool{
	"rescue": true, "medical": true, "relief": true, "aid": true, "humanitarian": true,
	// Twenty-fourth pass (stop 42): "an Israeli emergency team arrived
	// Thursday in Mexico", "a disaster response team".
	"emergency": true, "disaster": true,
}

// aidTeams are the heads a kind of aid work qualifies.
var aidTeams = map[string]bool{"team": true, "teams": true, "unit": true, "units": true, "contingent": true,
	// Twenty-second pass (stop 40): "a Cuban medical brigade", "Chinese
	// medical experts", "relief workers", "rescue personnel".
	"brigade": true, "brigades": true, "experts": true, "specialists": true, "workers": true, "personnel": true,
	// Thirty-third pass (stop 51): "a Slovenian aid mission arrived in
	// Bosnia" (a mission named by its aid work), "Greek rescue crews
	// have been digging" (crews named by their work).
	"mission": true, "missions": true, "crews": true,
}

// aidCraft carry loads: the load they carry says what they bring.
var aidCraft = map[string]bool{
	"plane": true, "planes": true, "aircraft": true, "flight": true, "flights": true, "airliner": true,
	"vessel": true, "ship": true, "convoy": true, "trucks": true, "cargo": true,
}

// aidLoads are the goods of aid a craft is said to carry.
var aidLoads = map[string]bool{
	"aid": true, "supplies": true, "equipment": true, "relief": true, "materials": true, "medicine": true,
	"medicines": true, "tents": true, "vaccines": true, "masks": true, "doctors": true, "medics": true,
}

// aidTeamOrLoad reports a visit cue whose subject is a team named for aid
// work or a craft said to carry aid goods.
func aidTeamOrLoad(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	if head, at := arrivalHeadAt(toks, cl, m); at > 0 && aidTeams[head] && aidWorkKinds[toks[at-1].lower] {
		return true
	}
	return aidTeamIn(toks, cl.start, m.start) || carriesAid(toks, cl.start, m.start) || arrivalAfterDisaster(toks, cl, m)
}

// carriesAid reports a craft between from and to that is "carrying" or
// "bringing" an aid good: "aircraft carrying medical equipment and
// soldiers". The load may be set off by commas before the verb ("a plane
// carrying 12 tonnes of aid, including tents and blankets, landed in
// Colombo"), so the whole subject is read, not only its head.
func carriesAid(toks []token, from, to int) bool {
	carrying := false
	for i := from; i < to; i++ {
		w := toks[i].lower
		switch {
		case w == "carrying" || w == "bringing" || w == "loaded":
			// Any craft: "an Indian Air Force C-17 carrying relief
			// material" names no craft by a common noun (twenty-second
			// pass); the load decides.
			carrying = true
		case carrying && aidLoads[w]:
			return true
		}
	}
	return false
}
