package coder

import "strings"

// Twentieth pass (stop 38), extras of the page's pair told under a second
// type: praise of the bond itself. Around a visit or a call, news tells
// the leaders' courtesies about their ties: "both leaders praised each
// other's leadership", "Trump hailing their 'excellent chemistry'", "Modi
// praised the 'growing convergence' of India-Japan relations", "the
// relationship between India and Bangladesh, often hailed as a model of
// regional cooperation". What is praised is the relationship, not an act
// or a stance of the other side, so it is no support between them; praise
// of an act ("praised Guatemala's decision to move its embassy", "praised
// the initiative of China sending a team") stays SUPPORT.

// bondNouns name the relationship between two sides.
var bondNouns = map[string]bool{
	"relations": true, "relationship": true, "relationships": true, "ties": true, "friendship": true,
	"chemistry": true, "convergence": true, "rapport": true, "bond": true, "bonds": true,
	"partnership": true, "friendships": true,
}

// praiseVerbs are the SUPPORT verbs of praise.
var praiseVerbs = []string{"prais", "hail", "laud", "commend", "applaud"}

// isPraise reports a word of the praise verbs.
func isPraise(w string) bool {
	for _, p := range praiseVerbs {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// praisedBond reports a SUPPORT verb of praise whose object is the bond
// between the sides, or the sides praising each other.
func praisedBond(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || !isPraise(toks[m.head].lower) {
		return false
	}
	return bondObject(toks, m.end)
}

// bondObject reports a noun phrase from i that names the bond before any
// break, preposition or clause word: "their 'excellent chemistry'", "the
// two countries' 'growing convergence'", "each other's leadership".
func bondObject(toks []token, i int) bool {
	if i+1 < len(toks) && (toks[i].lower == "each" && strings.HasPrefix(toks[i+1].lower, "other") ||
		toks[i].lower == "one" && strings.HasPrefix(toks[i+1].lower, "another")) {
		return true
	}
	for k := i; k < len(toks) && k < i+7; k++ {
		w := toks[k].lower
		if bondNouns[w] {
			return true
		}
		if toks[k].punct && !isQuoteMark(w) && w != "'s" && w != "’s" || phraseEnders[w] {
			return false
		}
	}
	return false
}
