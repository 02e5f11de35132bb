package coder

import "strings"

// Rules of the twelfth pass (stop 30) on the modality of coercive acts: a
// sanction someone says he will impose is a threat, one imposed is a
// sanction.

// threatSpeech are the verbs a speaker tells his own coming measure with.
var threatSpeech = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "warned": true, "warns": true,
	"wrote": true, "writes": true, "posted": true, "posts": true, "announced": true, "announces": true,
	"declared": true, "declares": true, "vowed": true, "vows": true, "threatened": true, "threatens": true,
	"insisted": true, "insists": true, "stated": true, "added": true, "adds": true, "suggested": true,
}

// futureModals tell what a side will do.
var futureModals = map[string]bool{"will": true, "would": true, "'ll": true, "shall": true}

// personalSubjects are the pronouns a speaker names himself by in reported
// speech.
var personalSubjects = map[string]bool{"he": true, "she": true}

// ownSanctionSaid reports a sanction told as what its speaker says he
// himself will do: "Trump said he would impose tariffs on India", "warned
// Russia that he will impose very severe tariffs", "says he'll enforce
// secondary tariffs". A leader who says he will punish another country
// threatens it, and the threat is made when it is said (PLOVER's
// THREATEN); the measure is not yet decided. A government that announces
// a measure it has decided ("the ministry said that from June 1 it will
// impose tariffs", "Britain is to expel 23 diplomats") names itself by
// "it" or by its name, and its measure stays a planned sanction.
func ownSanctionSaid(toks []token, cl clause, m match) bool {
	if m.cue.Type != "SANCTION" || m.noun {
		return false
	}
	k := m.start - 1
	for k > cl.start && (strings.HasSuffix(toks[k].lower, "ly") || isQuoteMark(toks[k].lower) || toks[k].lower == "be" ||
		toks[k].lower == "also" || toks[k].lower == "further" || toks[k].lower == "soon" || toks[k].lower == "now") {
		k-- // "would immediately place", "will “substantially” raise", "will be raising"
	}
	if k <= 0 || !futureModals[toks[k].lower] || !personalSubjects[toks[k-1].lower] {
		return false
	}
	k -= 2
	if k >= 0 && toks[k].lower == "that" {
		k--
	}
	for j := k; j >= 0 && j >= k-3; j-- {
		if toks[j].punct && !isQuoteMark(toks[j].lower) && toks[j].lower != "," {
			return false
		}
		if threatSpeech[toks[j].lower] {
			return true // "said he would", "warned Russia that he will"
		}
	}
	return false
}

// measureNouns name a measure one side takes against another; a verb form
// joined to one of them by "and" or "or" is a noun of the same list
// ("threatened tariffs and sanctions on Colombia", "penalties or
// sanctions"), not a second verb.
var measureNouns = map[string]bool{
	"tariffs": true, "duties": true, "levies": true, "penalties": true, "restrictions": true, "sanctions": true,
	"measures": true, "curbs": true, "bans": true, "embargoes": true, "fines": true, "threats": true, "controls": true,
}

// coordinatedMeasure reports a bare verb form at i right after "and" or
// "or" that follows a measure noun: the two are one object.
func coordinatedMeasure(toks []token, i int) bool {
	return i >= 2 && (toks[i-1].lower == "and" || toks[i-1].lower == "or") && measureNouns[toks[i-2].lower] ||
		i >= 1 && toks[i-1].lower == "of" && toks[i].lower == "sanctions" // "the threat of sanctions", "a round of sanctions"
}

// taxWords name a tax or a sanction a threat holds out.
var taxWords = map[string]bool{
	"tariff": true, "tariffs": true, "duties": true, "levies": true, "sanctions": true, "embargo": true,
	"boycott": true, "boycotts": true, // "may lead to a consumer boycott of Australian wine" (threats13.go)
}

// threatOfTax reports a threat whose object, between the cue and token
// end, is a tax or a sanction ("threats of a 25% tariff on Colombian
// goods"): the goods it would fall on name the country threatened, as
// they name the country sanctioned (goodsOrigin).
func threatOfTax(toks []token, m match, end int) bool {
	for i := m.start; i < end && i < len(toks); i++ {
		if taxWords[toks[i].lower] {
			return true
		}
	}
	return false
}
