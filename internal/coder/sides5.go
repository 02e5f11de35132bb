package coder

// Rules of the fifth pass (stop 23) on the parties of an event: who is a
// side and who is only named beside it.

// victimInsideCue reports a mention inside a cue that wraps its object
// ("called the US strikes against the Houthis barbaric") that follows an
// attack noun there: the side the attack hit, not the side the charge is
// aimed at, as afterAttackNoun finds after a cue that ends before its
// object.
func victimInsideCue(toks []token, m match, at int) bool {
	if at <= m.start+1 || at >= m.end || at > 0 && toks[at-1].lower == "by" {
		return false
	}
	for i := m.start + 1; i < at; i++ {
		if attackNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

// storyAttacker is the attacker a reaction to "the attack" answers: the
// one the story reports attacking most often, the earliest of equals, so
// an attack told as background ("Hamas led the October 2023 raid") or a
// misread clause does not take the reaction from the attack the story is
// about. self (the side reacting) never counts.
func storyAttacker(reports []*report, self string) string {
	var told []string
	for _, r := range reports {
		if a := attackerOf(r, self); a != "" {
			told = append(told, a)
		}
	}
	return mostOften(told)
}

// mostOften is the code told most often in told, the earliest of equals;
// "" when told is empty.
func mostOften(told []string) string {
	count := map[string]int{}
	for _, a := range told {
		count[a]++
	}
	best := ""
	for _, a := range told {
		if count[a] > count[best] {
			best = a
		}
	}
	return best
}

// demandTypes are the types whose target may be asked to do something.
var demandTypes = map[string]bool{"THREATEN": true, "REQUEST": true}

// demandContentStart returns where the act asked of a named target starts
// ("warned Iran to stop supporting the Houthis", "urged Russia to pull its
// troops out of Ukraine"): the infinitive says what the target must do, and
// whoever it names is what the demand is about, not a side of it. It
// returns 0 when the cue is not followed by a named target and "to" and a
// verb.
func demandContentStart(toks []token, m match, spans []span) int {
	if !demandTypes[m.cue.Type] || m.noun {
		return 0
	}
	for _, sp := range spans {
		if sp.start < m.end || sp.start > m.end+1 || sp.m.Group {
			continue
		}
		k := sp.end
		if k+1 < len(toks) && toks[k].lower == "to" && isLowerWord(toks[k+1].text) && !toks[k+1].punct && toks[k+1].lower != "the" {
			return k
		}
	}
	return 0
}

// thirdPartyHeads open a phrase that names who helped an agreement or a
// meeting come about without being a side of it: "witnessed by the US
// secretary of state", "a deal mediated by Qatar", "under the auspices of
// the African Union".
var thirdPartyHeads = map[string]bool{
	"witnessed": true, "mediated": true, "brokered": true, "facilitated": true, "overseen": true,
	"auspices": true, "facilitation": true, "mediation": true,
}

// ownedVenues are the places a person receives others in: the one who
// owns it hosts the meeting, and is no side of it unless the text says so
// elsewhere ("talks at the official residence of the prime minister").
var ownedVenues = map[string]bool{
	"residence": true, "office": true, "palace": true, "home": true, "estate": true, "ranch": true,
	"villa": true, "retreat": true, "mansion": true, "dacha": true,
}

// venueBefore reports "at" or "in" before the noun at i, past "the" and
// lower-case modifiers ("at the official residence").
func venueBefore(toks []token, i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch w := toks[k].lower; {
		case w == "at" || w == "in":
			return true
		case toks[k].punct || !isLowerWord(toks[k].text):
			return false
		}
	}
	return false
}

// inThirdPartyPhrase reports a mention at token i inside such a phrase
// ("mediated by the United States and Qatar"), or naming the owner of the
// venue ("at the official residence of Malaysian Prime Minister Anwar
// Ibrahim"): the head and "by" or "of", then only articles, names and
// "and" up to the mention.
func inThirdPartyPhrase(toks []token, i, lo int) bool {
	for k := i - 1; k > lo && k >= i-10; k-- {
		w := toks[k].lower
		if (w == "by" || w == "of") && thirdPartyHeads[toks[k-1].lower] {
			return w == "by" || k >= 2 && toks[k-2].lower == "the" && k >= 3 && (toks[k-3].lower == "under" || toks[k-3].lower == "with")
		}
		if w == "of" && ownedVenues[toks[k-1].lower] {
			return venueBefore(toks, k-1, lo) // "at the official residence of Prime Minister X"
		}
		if toks[k].punct || isLowerWord(toks[k].text) && w != "the" && w != "and" && w != "of" {
			return false
		}
	}
	return false
}

// dropThirdParties removes from an agreement or a meeting the parties
// named only as its witnesses or mediators, when two sides are left.
func dropThirdParties(typ string, parties []*party, third map[string]bool) []*party {
	if !symmetric[typ] {
		return parties
	}
	return dropNamed(parties, third)
}

// dropNamed removes the parties whose keys are in drop, unless fewer than
// two sides would be left.
func dropNamed(parties []*party, drop map[string]bool) []*party {
	if len(drop) == 0 {
		return parties
	}
	var kept []*party
	for _, p := range parties {
		if !drop[p.key] {
			kept = append(kept, p)
		}
	}
	if len(kept) < 2 {
		return parties
	}
	return kept
}

// compassWords name a part of a country: "in northern Syria", "in eastern
// Congo" is a place inside it, as "in Syria" is.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
}

// wordBeforePlace is the word before token i that tells how a place is
// named ("in", "at"), skipping "the" and a lower-case compass word before
// the name.
func wordBeforePlace(toks []token, i, lo int) string {
	k := i - 1
	for k >= lo && k >= 0 && (toks[k].lower == "the" || compassWords[toks[k].lower] && isLowerWord(toks[k].text)) {
		k--
	}
	if k < lo || k < 0 {
		return ""
	}
	return toks[k].lower
}

// harmTypes are the acts that can be done to a country's economy.
var harmTypes = map[string]bool{"THREATEN": true, "SANCTION": true, "ASSAULT": true, "COERCE": true}

// harmedEconomy reports a country's adjective before "economy" in a threat
// or a sanction ("threatened to obliterate the Turkish economy"): the
// economy stands for the country it is done to. Judging an economy
// ("criticised the Myanmar economy") names no party.
func harmedEconomy(toks []token, sp span, typ string) bool {
	return harmTypes[typ] && nextWord(toks, sp.end) == "economy"
}
