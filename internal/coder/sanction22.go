package coder

// Twenty-fourth pass (stop 42, the sanction and coerce family, read from
// sentences written by hand): wire copy names more of the foreigners a
// state holds by what they do ("two Russian contractors", "a British
// couple", "a Russian agent", "an American banker") and puts a two-word
// trade between the adjective and the person ("a German human rights
// activist", "two Indian navy veterans"). The adjective is the side
// coerced, as for the people of force20.go and coerce21.go.

// coercedMore are more people held abroad, named by what they do.
var coercedMore = map[string]bool{
	"contractor": true, "contractors": true, "couple": true, "agent": true, "agents": true,
	"banker": true, "bankers": true, "officer": true, "officers": true, "anchor": true,
	"veterans": true, "sociologist": true, "sociologists": true,
	// Twenty-fifth pass (stop 43): writers held by their trade ("jailed
	// a French novelist", "sentenced a Taiwanese publisher").
	"novelist": true, "novelists": true, "publisher": true, "publishers": true,
	"poet": true, "poets": true, "writers": true,
	// Twenty-seventh pass (stop 45): a ship's people held by their trade
	// ("sentenced 20 Chinese crewmembers to jail", "detained six Indian
	// seamen").
	"crewmembers": true, "crewmen": true, "seamen": true, "mariners": true,
}

// coercedLonger reports a country adjective before a person held, named
// by coercedPeople, coercedTrades or coercedMore, with up to two
// lower-case modifiers between ("a German human rights activist").
func coercedLonger(toks []token, i int) bool {
	return nounWithin(toks, i, 2, coercedMore) || nounWithin(toks, i, 2, coercedPeople) || nounWithin(toks, i, 2, coercedTrades)
}

// A state tells its own arrests of foreigners in the passive: "Mali said
// on Thursday a French national had been arrested", "Authorities in Iran
// said two French teachers had been detained". With no agent and no place
// named, the state that tells the arrest is the one that made it, as the
// announcer of a measure told in the passive takes it (announcedAgentless).
// A place after the verb ("had been arrested in Bulgaria") names where,
// and so perhaps another state: the speaker is then left out.

// arrestVerbs are the verbs of a done arrest a state reports of itself.
var arrestVerbs = map[string]bool{
	"arrested": true, "detained": true, "jailed": true, "imprisoned": true,
	"sentenced": true, "convicted": true, "deported": true, "expelled": true,
}

// ownStatementVerbs are the verbs of a state's own statement. "Told"
// and "tell" are left out: what a body tells a reporter or a rights
// group is as often what it heard from others ("police told a rights
// group that the two had been deported"), and the day of telling is not
// the arrest's.
var ownStatementVerbs = map[string]bool{"said": true, "says": true, "announced": true, "confirmed": true, "stated": true}

// reportedArrest reports the state speaker (sp, a country or a state's
// body) of a passive arrest told in the past, with no place after it.
func reportedArrest(toks []token, cl clause, m match, sp span, typ string) bool {
	if typ != "COERCE" || sp.m.Country == "" || !arrestVerbs[toks[m.start].lower] || !doneBefore(toks, m.start) {
		return false
	}
	if v := speechVerbAt(toks, cl, m); v >= m.start || !ownStatementVerbs[toks[v].lower] {
		return false // "police told a rights group that ... had been deported": passed on
	}
	for i := m.end; i < cl.end && i+1 < len(toks); i++ {
		if (toks[i].lower == "in" || toks[i].lower == "at") && !isLowerWord(toks[i+1].text) {
			return false // "had been arrested in Bulgaria": the place names where
		}
	}
	return true
}

// doneBefore reports an auxiliary of a done passive right before the verb
// at i ("had been", "has been", "was", "were"), not one still to come
// ("would be", "will be").
func doneBefore(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	switch toks[i-1].lower {
	case "was", "were":
		return true
	case "been":
		return i > 1 && (toks[i-2].lower == "had" || toks[i-2].lower == "has" || toks[i-2].lower == "have")
	}
	return false
}
