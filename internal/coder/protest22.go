package coder

import "strings"

// Twenty-fourth pass (stop 42): protests and threats, read from sentences
// written by hand. Three constructions of English news that the coder
// misread: a war a state threatens names the country it would be waged on
// ("threatened war against Greece"); goods a state threatens to bar name
// their country ("threatened to boycott Australian wine"); and a crowd
// that protests "against the US embargo" or "over Russian interference"
// protests against the state whose act it names, wherever the phrase
// stands in the clause.

// warWords are the nouns of a war a threat can hold out.
var warWords = map[string]bool{"war": true, "invasion": true}

// threatenedConflict reports a country after a war word that is the
// threatener's own promised act ("threatened war against Greece", "warned
// it would go to war with Greece", "threatened an invasion of Taiwan"):
// the country is the one threatened, not the place of a war talked about
// (conflictTopic, sides.go).
func threatenedConflict(toks []token, sp span, m match, typ string) bool {
	if typ != "THREATEN" || m.noun || sp.start < m.end {
		return false
	}
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 1 {
		return false
	}
	switch toks[i].lower {
	case "on", "against", "with", "of":
	default:
		return false
	}
	k := i - 1
	return k >= m.end && warWords[toks[k].lower] && (promisedAct(toks, m.end, k) || threatObject(toks, m, k))
}

// barVerbs shut goods out of a market: "to boycott Australian wine".
var barVerbs = map[string]bool{
	"boycott": true, "ban": true, "block": true, "bar": true, "halt": true, "suspend": true, "restrict": true, "curb": true,
}

// threatenedGoods reports a country adjective before goods that a threat
// promises to bar ("threatened to boycott Australian wine", "warned it
// would ban Chinese imports"): the goods stand for their country, the
// one threatened, as they do under a tariff (goodsOrigin, trade8.go).
func threatenedGoods(toks []token, sp span, m match, typ string) bool {
	if typ != "THREATEN" || sp.start < m.end+2 {
		return false
	}
	k := sp.start - 1
	if !barVerbs[toks[k].lower] || !modalsOfIntent[toks[k-1].lower] {
		return false
	}
	for j := sp.end; j < len(toks) && j <= sp.end+1; j++ {
		if goodsNouns[toks[j].lower] {
			return true
		}
	}
	return false
}

// protestedActNouns name a state's act a crowd protests against, besides
// the nouns of decision (reactions.go): "against the US embargo",
// "over Russian interference", "against Israeli occupation".
var protestedActNouns = map[string]bool{
	"interference": true, "meddling": true, "occupation": true, "sanctions": true, "embargo": true,
	"blockade": true, "presence": true, "aggression": true, "intervention": true, "invasion": true,
	"bases": true, "base": true, "tariffs": true, "crackdown": true, "airstrikes": true, "bombing": true,
	"involvement": true, "treatment": true, "deportation": true, "deportations": true, "designs": true,
	"pressure": true, "threats": true, "claims": true,
	// Twenty-fifth pass (stop 43, sentences written by hand): the rules and
	// curbs a crowd blames on a state ("against French visa restrictions",
	// "against Italian migration policies", "against Turkish air strikes").
	// A country's competition stays out: traders blame its firms, not it.
	"restrictions": true, "curbs": true, "policy": true, "policies": true,
	"strikes": true, "raids": true, "deployment": true, "missiles": true, "troops": true,
}

// protestedAct reports a country adjective after a PROTEST cue that opens
// the object of "against", "over" or "at" before a noun of a state's act
// ("rallied on Friday against the US decision", "protested against
// Russian interference"), or that opens the object of the verb "protest"
// itself ("Taiwanese protest Chinese pressure", "protested the Israeli
// settlement plan"): the country protested against. Stop 40's
// protestedDecision took only a decision right after the cue.
func protestedAct(toks []token, sp span, m match, typ string) bool {
	if typ != "PROTEST" || sp.start < m.end {
		return false
	}
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < m.end-1 || i < 0 {
		return false
	}
	if i == m.end-1 && !m.noun && strings.HasPrefix(toks[i].lower, "protest") {
		return true // "protest Chinese pressure", "protested the Israeli settlement plan": the verb's object
	}
	if !actNounAfter(toks, sp.end) {
		return false
	}
	switch toks[i].lower {
	case "against", "over", "at":
		return true
	}
	return false
}

// actNounAfter reports a noun of decision or of a state's act at token k,
// or after up to two lower-case words that qualify it ("the US military
// base", "French visa restrictions", "Turkish air strikes").
func actNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		w := toks[j].lower
		if decisionNouns[w] || protestedActNouns[w] {
			return true
		}
		if toks[j].punct || !isLowerWord(toks[j].text) {
			return false
		}
	}
	return false
}

// propertyNouns name the places a foreign country's people trade or work
// in, which a crowd angry at that country storms, loots or burns.
var propertyNouns = map[string]bool{
	"shops": true, "shop": true, "stores": true, "store": true, "businesses": true, "business": true,
	"outlets": true, "supermarkets": true, "factories": true, "factory": true, "companies": true,
	"firms": true, "premises": true, "property": true, "properties": true, "restaurants": true,
	"centre": true, "center": true, "school": true, "schools": true, "banks": true,
}

// protestedProperty reports a country adjective before the property a
// protest strikes ("rioters torched Chinese factories", "protesters
// looted South African shops in Lagos"): the crowd's anger is aimed at
// the country whose people own the place, and the crowd's own country is
// the venue's (sideFromPlace, sides.go).
func protestedProperty(toks []token, sp span, m match, typ string) bool {
	if typ != "PROTEST" || sp.start < m.end || !crowdHarmBefore(toks, sp.start) {
		return false
	}
	for k := sp.end; k < len(toks) && k <= sp.end+2; k++ {
		w := toks[k].lower
		if propertyNouns[w] {
			return true
		}
		if toks[k].punct && w != "-" || !isLowerWord(toks[k].text) && w != "-owned" {
			return false
		}
	}
	return false
}

// crowdHarmVerbs are the past forms a crowd's harm to a building is told in;
// "to" closes "set fire to".
var crowdHarmVerbs = map[string]bool{
	"stormed": true, "attacked": true, "looted": true, "torched": true, "burned": true, "burnt": true,
	"vandalised": true, "vandalized": true, "ransacked": true, "smashed": true, "raided": true,
	"targeted": true, "besieged": true, "to": true,
}

// crowdHarmBefore reports a verb of harm right before the noun phrase that
// opens at token at, past an article ("looted the Chinese shops"): a crowd
// marching past foreign shops does them no harm.
func crowdHarmBefore(toks []token, at int) bool {
	k := at - 1
	if k >= 0 && determiners[toks[k].lower] {
		k--
	}
	return k >= 0 && crowdHarmVerbs[toks[k].lower]
}

// grievanceNouns open the object of a protest's grievance with "at": "in
// protest at", "anger at".
var grievanceNouns = map[string]bool{"protest": true, "anger": true, "outrage": true, "fury": true, "indignation": true}

// protestedAt reports a party named right after the "at" of "in protest
// at" ("walked out in protest at Qatar's speech", "in protest at Israel's
// strikes"): what is protested, not where; "at" before a place is
// elsewhere a venue. A city is the protested side only as the owner of an
// act ("at Baghdad's decision"); "in protest at Baghdad's Tahrir Square"
// names where.
func protestedAt(toks []token, sp span, country bool) bool {
	at := sp.start - 1
	if at >= 0 && toks[at].lower == "the" {
		at--
	}
	if at < 1 || toks[at].lower != "at" || !grievanceNouns[toks[at-1].lower] {
		return false
	}
	owner := sp.end+1 < len(toks) && toks[sp.end].lower == "'s" && isLowerWord(toks[sp.end+1].text)
	return country || owner
}

// conditionalMeasure reports a sanction told in the future with a
// condition put to its target in the sentence ("the United States will
// impose tariffs on Mexico if it does not stop the migrants", "If talks
// fail, the EU will impose counter-tariffs"): a measure held out on a
// condition is a threat made when it is said, not a measure decided
// (PLOVER's THREATEN), as a measure a leader says he will take is
// (ownSanctionSaid, threats12.go).
func conditionalMeasure(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || m.noun {
		return false
	}
	for _, t := range toks {
		if threatConditions[t.lower] {
			return true
		}
	}
	return false
}
