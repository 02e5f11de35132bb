package coder

// Rules of the ninth pass (stop 27) on trade sanctions. News lays a tax on
// another country's goods with more verbs than "impose" ("signed an order
// that puts a 50 percent tariff on goods coming from Brazil", "implementing
// an additional 40% tariff on Brazil"), makes the goods "subject to" it,
// and names the goods by the crop or raw material they are ("duties on
// Australian barley"). The country of the goods is the one the tax is laid
// on; goods told "from X" ("goods coming from Brazil", "products imported
// from Brazil") already give X as the object.

// layVerbs lay a tax; like a raising verb, only the tax's measure stands
// between the verb and the tax ("put a 50 percent tariff on"), never a
// phrase of its own ("put the question of tariffs to").
var layVerbs = map[string]bool{}

func init() {
	for _, b := range []string{"put", "place", "implement", "introduce", "apply"} {
		for w := range inflect(b, nil) {
			layVerbs[w] = true
		}
	}
	// Crops and raw materials are goods as much as steel and wheat.
	for _, w := range []string{"barley", "corn", "maize", "sugar", "cotton", "coal", "copper", "iron", "ore",
		"dairy", "lobster", "lobsters", "salmon", "fish", "meat", "poultry", "chicken", "canola", "rapeseed",
		"coffee", "cocoa", "tea", "apples", "oranges", "avocados", "rubber", "nickel", "tin", "lithium"} {
		goodsNouns[w] = true
	}
}

// subjectedTo reports the cue "subject to" a tax: its subject is what the
// tax falls on, as in the passive ("products imported from Brazil will be
// subject to 50% tariffs").
func subjectedTo(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" {
		return false
	}
	return toks[m.start].lower == "subject" && m.start+1 < m.end && toks[m.start+1].lower == "to" || facedMeasure[toks[m.start].lower]
}

// facedMeasure are the forms of "face" whose subject a measure falls on
// (stop 43): "India faces 50% US tariffs", "Iranian oil faced new
// sanctions". The subject is the target, as of "subject to".
var facedMeasure = map[string]bool{"face": true, "faces": true, "faced": true, "facing": true}

// announcedAgentless reports the speaker of a decided measure told in the
// passive with no agent ("Trump announced that products imported from
// Brazil will be subject to 50% tariffs", "London said 23 Russian
// diplomats would be expelled"): the government that announces the
// measure is the one that takes it. The speaker is named before the
// speech verb; a "by" after the cue names the agent instead.
func announcedAgentless(toks []token, cl clause, m match, sp span, typ string) bool {
	v := speechVerbAt(toks, cl, m)
	if !decidedActs[typ] && !reportedArrest(toks, cl, m, sp, typ) || sp.start >= v {
		return false
	}
	for i := v + 1; i < m.start; i++ {
		if ownPossessives[toks[i].lower] {
			return false // "Russia said its diplomats would be expelled": the speaker's own suffer it
		}
	}
	for i := m.end; i < cl.end && i < len(toks); i++ {
		if toks[i].lower == "by" || toks[i].lower == "from" && i == m.end && !subjectedTo(toks, m) {
			return false // "would be expelled by Britain", "expelled from the UK": the agent is named
		}
	}
	return true
}

// ownPossessives tie what a passive measure falls on to the speaker.
var ownPossessives = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true, "my": true}

// laidAside reports a tax a laying verb puts out of force: "put the
// tariffs on hold", "placed the duties on pause", "put tariffs aside".
func laidAside(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || !layVerbs[toks[m.start].lower] {
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+10 && !isBreakPunct(toks[i].lower); i++ {
		switch toks[i].lower {
		case "aside":
			return true
		case "on":
			if i+1 < len(toks) && (toks[i+1].lower == "hold" || toks[i+1].lower == "pause" || toks[i+1].lower == "ice") {
				return true // "put the tariffs on Mexican goods on hold"
			}
		}
	}
	return false
}
