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
