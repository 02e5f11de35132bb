package coder

import "storyline/internal/event"

// Twenty-ninth pass (stop 47): one real event, one merged event.
//
// A headline drops the "was" of a passive of force as it does of one of
// holding (headlineHeld, coerce23.go): "Thai consulate attacked in
// Istanbul", "US embassy stormed after court ruling", "Iranian tanker
// targeted off Jeddah". Headlines tell an act done in the present
// ("Protesters attack Thai consulate"), so a participle of force right
// after its subject, with no object of its own, is the passive: the
// subject's country is struck. Read as the past of an active verb, the
// consulate's country was the attacker, and the outlets that wrote "the
// attack on the Thai consulate" told another event with the sides the
// other way round, which the merge keeps apart.

// headlineStruckVerbs are the participles of force a headline's dropped
// passive tells.
var headlineStruckVerbs = map[string]bool{
	"attacked": true, "stormed": true, "ransacked": true, "torched": true, "bombed": true,
	"shelled": true, "raided": true, "looted": true, "vandalised": true, "vandalized": true,
	"targeted": true, "firebombed": true,
}

// struckThings are the nouns of buildings and vessels, which are struck
// and never strike: "Israeli forces raided in Jenin" is an intransitive
// raid, "Thai consulate raided" a passive.
var struckThings = map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "consulates": true, "mission": true,
	"office": true, "offices": true, "headquarters": true, "compound": true, "residence": true,
	"building": true, "base": true, "ship": true, "vessel": true, "tanker": true, "convoy": true,
	"school": true, "hospital": true, "church": true, "mosque": true, "synagogue": true, "temple": true,
}

// headlineStruck reports a headline whose first verb is a participle of
// headlineStruckVerbs right after its subject, a building or vessel of
// struckThings (alone, or before "in" and a place: "Thai consulate in
// Turkey attacked"), with "in", "for", "by", "after", "over", "on" or
// nothing after it, read as headlineHeld reads one of holding.
func headlineStruck(toks []token, m match) bool {
	if m.start < 1 || m.end > len(toks) || !headlineStruckVerbs[toks[m.start].lower] {
		return false
	}
	if m.start+1 < len(toks) && toks[m.start+1].lower == "to" {
		return false // "attacked to": not a headline's passive of force
	}
	head := -1
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if struckThings[toks[k].lower] {
			head = k
			break
		}
	}
	if head < 0 || head < m.start-1 && toks[head+1].lower != "in" {
		return false
	}
	return headlineDroppedBe(toks, m)
}

// struckMissionHost adds the country of the venue as the acting side of a
// headline's dropped passive of force (headlineStruck) that names only the
// side struck: the unnamed attackers of a consulate in Istanbul are a
// crowd of the place, as sideFromPlace reads "protesters stormed the US
// embassy in Baghdad".
func (c *articleCoder) struckMissionHost(typ string, toks []token, m match, parties []*party, loc *event.Location) []*party {
	if typ != "ASSAULT" || !headlineStruck(toks, m) {
		return parties
	}
	return c.sideFromPlace("PROTEST", parties, loc)
}

// A place or force that "came under attack" or "came under Russian fire"
// is struck: the subject before "came" is the target, as in the passive,
// and a country's word between "under" and the noun of force is the one
// firing. Read as the noun's owner, the subject was the attacker: "The
// French embassy in Niamey came under attack on Sunday" had France strike
// Niger.

// cameUnderAt returns the index of "under" when the cue m follows
// "came|come|comes|coming under" with at most two words between, or -1.
func cameUnderAt(toks []token, m match) int {
	for u := m.start - 1; u >= 1 && u >= m.start-3; u-- {
		if toks[u].lower != "under" {
			continue
		}
		switch toks[u-1].lower {
		case "came", "come", "comes", "coming":
			return u
		}
		return -1
	}
	return -1
}

// cameUnderRole gives the role of a party at token i of a force told as
// "came under" (cameUnderAt): the subject is struck, the country named
// after "under" strikes.
func cameUnderRole(typ string, toks []token, m match, i int) (event.Role, bool) {
	if typ != "ASSAULT" {
		return "", false
	}
	u := cameUnderAt(toks, m)
	if u < 0 || i >= m.start {
		return "", false
	}
	if i > u {
		return event.RoleSource, true
	}
	return event.RoleTarget, true
}
