package coder

// Twenty-ninth pass (stop 47): a team or delegation that arrives in a
// country struck by a disaster the sentence names ("the 71-member Israeli
// delegation from the Home Front Command arrived in Mexico, some 48 hours
// after the quake hit", "a Turkish army contingent landed in Libya two
// days after the floods") comes to help: the arrival is aid, as a rescue
// team's is (aid17.go), not a visit of officials. A leader or a minister
// who arrives after a disaster is not touched; the heads here name groups
// of workers or soldiers, not an office.

// disasterWords name a natural disaster.
var disasterWords = map[string]bool{
	"earthquake": true, "earthquakes": true, "quake": true, "quakes": true, "tremor": true,
	"flood": true, "floods": true, "flooding": true, "cyclone": true, "hurricane": true,
	"typhoon": true, "tsunami": true, "wildfire": true, "wildfires": true, "landslide": true,
	"landslides": true, "eruption": true, "disaster": true,
}

// helpingGroups are the heads of a subject that may come to help.
var helpingGroups = map[string]bool{
	"delegation": true, "team": true, "teams": true, "contingent": true, "unit": true, "units": true,
	"soldiers": true, "troops": true, "personnel": true, "brigade": true, "mission": true,
}

// arrivalAfterDisaster reports an arrival of a group of workers or
// soldiers in a sentence that names a natural disaster.
func arrivalAfterDisaster(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	if head, at := arrivalHeadAt(toks, cl, m); at < 0 || !helpingGroups[head] {
		return false
	}
	for _, t := range toks {
		if disasterWords[t.lower] {
			return true
		}
	}
	return false
}
