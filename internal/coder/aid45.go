package coder

// Twenty-seventh pass (stop 45): aid given to the people hit by a
// disaster in a country. News names the receivers of relief by what
// befell them and where: "sent food and medicine to flood victims in
// Sudan", "a grant of 20 million euros for flood victims in Pakistan",
// "airlifted relief material to cyclone-hit areas in Myanmar". The
// country they live in receives the aid, as it does when the aid is sent
// to one of its cities (aidReceiverPlace, aid20.go).

// affectedNouns name the people or places a disaster struck: the ones
// relief is sent to.
var affectedNouns = map[string]bool{
	"victims": true, "survivors": true, "people": true, "residents": true,
	"families": true, "communities": true, "population": true, "populations": true,
	"areas": true, "regions": true, "region": true, "area": true, "districts": true,
}

// aidToAffectedIn reports a country named after "in" that follows a noun
// of the people or places struck ("victims", "areas"), itself led by "to"
// or "for" after a cue of aid, all in one stretch without a break: "sent
// aid to flood victims in Sudan". "Sent aid to Nepal, the minister said
// in Kathmandu" has no such noun before "in" and is left as it was.
func aidToAffectedIn(toks []token, m match, sp span, typ string) bool {
	if typ != "AID" || sp.m.Country == "" || sp.start <= m.end || sp.start > m.end+12 {
		return false
	}
	k := sp.start - 1
	if toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "in" || !affectedNouns[toks[k-1].lower] {
		return false
	}
	for j := k - 2; j >= m.start && j >= k-6; j-- {
		w := toks[j].lower
		if isBreakPunct(w) || w == "." {
			return false
		}
		if w == "to" || w == "for" {
			return true
		}
	}
	return false
}

// A team named by two kinds of work joined by "and" is one team: "a
// Turkish search and rescue team", "Chinese medical and relief experts",
// "an Indian search-and-rescue team". The adjective before the pair names
// the giver, as it does before one kind ("the Chinese medical team",
// aidGiverAdjective, aid20.go); the "and" joins the kinds, not two sides.

// aidGiverAcrossAnd reports a country adjective followed by two lower-case
// words joined by "and" and then, within two words, a head of aid (a team,
// its members, goods): "Turkish search and rescue team". "Turkish and
// Greek teams" joins two countries and is left to the usual reading.
func aidGiverAcrossAnd(toks []token, sp span, typ string) bool {
	k := sp.end
	if typ != "AID" || k+2 >= len(toks) || toks[k+1].lower != "and" {
		return false
	}
	for _, i := range []int{k, k + 2} {
		if toks[i].punct || !isLowerWord(toks[i].text) || functionWords[toks[i].lower] {
			return false
		}
	}
	for i := k + 2; i < len(toks) && i <= k+4; i++ {
		w := toks[i].lower
		if aidSent[w] || aidTravellers[w] || aidTeams[w] || aidLoads[w] {
			return true
		}
		if toks[i].punct || !isLowerWord(toks[i].text) || functionWords[w] {
			return false
		}
	}
	return false
}

func init() {
	// "an Indian search-and-rescue team arrived in Nepal": the hyphenated
	// pair is one word of aid work, as "rescue" is.
	aidWorkKinds["search-and-rescue"] = true
	// "will do its best to provide assistance", "stands ready to do its
	// utmost to help": an effort promised, the act after "to" still to
	// come, as after "ready to" (status.go announcing); not the purpose
	// of an act done ("sent ships to provide relief").
	announcing["best"] = true
	announcing["utmost"] = true
}
