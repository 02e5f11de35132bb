package coder

// Twenty-second pass (stop 40): aid and its borders. News names the giver
// of aid by the adjective of the people and goods it sends ("the Chinese
// medical team arrived in Serbia", "a Cuban medical brigade", "Indian
// vaccines reached Nepal"), and tells an arrival of aid by what the craft
// brings after the verb ("HMAS Canberra arrived in Fiji with 60 tonnes of
// relief supplies", "the aircraft landed in Vanuatu with a medical team",
// "landed at Belgrade airport, carrying medical devices and experts").

// aidSent are the people and goods of aid a country's adjective may
// qualify: the adjective then names the giver.
var aidSent = map[string]bool{
	"team": true, "teams": true, "brigade": true, "brigades": true, "experts": true, "specialists": true,
	"rescuers": true, "personnel": true, "workers": true, "staff": true,
}

// aidGiverAdjective reports a country's adjective before the people or
// goods of an aid act, perhaps with up to two lower-case words between
// ("the Chinese medical team", "Cuban doctors", "Japanese relief
// supplies"): the country gives the aid, as "Chinese warships" stand for
// China in a clash.
func aidGiverAdjective(toks []token, sp span, typ string) bool {
	if typ != "AID" {
		return false
	}
	for k := sp.end; k < len(toks) && k <= sp.end+2; k++ {
		w := toks[k].lower
		if aidSent[w] || aidTravellers[w] || aidTeams[w] || aidLoads[w] {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) || functionWords[w] {
			return false
		}
	}
	return false
}

// aidArrivalWith reports an arrival verb followed, in its sentence, by
// "with", "carrying" or "bringing" and an aid good or team within a few
// words: "arrived in Fiji with 60 tonnes of relief supplies", "landed in
// Vanuatu with a medical assessment team". Whoever or whatever arrives
// so brings aid; an official who "arrived with his delegation" does not.
func aidArrivalWith(toks []token, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+12; i++ {
		switch toks[i].lower {
		case "with", "carrying", "bringing":
			return aidGoodsAfter(toks, i+1)
		case ".", ";", "who", "which", "after", "before", "but":
			return false
		}
	}
	return false
}

// aidGoodsAfter reports an aid good or an aid team within the eight words
// from i, before the sentence or a clause ends.
func aidGoodsAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8; k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == "who" || w == "which" {
			return false
		}
		if aidLoads[w] && w != "equipment" || aidTravellers[w] || aidTeams[w] && k > 0 && aidWorkKinds[toks[k-1].lower] {
			return true
		}
		if aidWorkKinds[w] && k+1 < len(toks) && toks[k+1].lower != "of" {
			return true // "with a medical assessment team", "with relief"
		}
	}
	return false
}

// aidTeamIn reports a team named for aid work between from and to, where
// the subject's head is something else: "China's medical team of six
// experts assisting Serbia", "a Cuban medical brigade made up of 52
// professionals".
func aidTeamIn(toks []token, from, to int) bool {
	for i := from; i+1 < to; i++ {
		if aidWorkKinds[toks[i].lower] && aidTeams[toks[i+1].lower] {
			return true
		}
	}
	return false
}
