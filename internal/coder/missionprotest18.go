package coder

import "strings"

// A crowd that storms, attacks or rallies at a foreign embassy aims its
// act at the state whose mission it is: "protesters stormed the Danish
// embassy in Tehran". News English then gives the crowd's grievance in a
// purpose phrase, "in protest at|of|against ...", "to protest (against)
// ...", and the countries named there are the matter of the grievance, not
// sides of the act: "in protest of the Bahrain economic conference held to
// promote peace between Arabs and Israelis", "in protest at the
// deportation by Bangkok of Uighurs to China". Likewise a crowd written
// "anti-X" at a third state's mission names its mood, not a side: "Turkish
// anti-Chinese demonstrators stormed the Thai consulate" were Turks
// protesting at Thailand. Without a mission in the clause, the grievance
// may well be the target ("protested in Jakarta against US sanctions"),
// so both readings keep to clauses that name a mission.

// missionProtestTypes are the acts a crowd does at a mission.
var missionProtestTypes = map[string]bool{"PROTEST": true, "ASSAULT": true}

// protestPurposeStart gives the token where a protest's purpose phrase
// begins ("in protest at", "to protest against"), when the clause names
// a foreign mission before it; 0 when there is none. A cut before the
// cue's end moves to the cue's end, so the cue's own words stay in.
func protestPurposeStart(toks []token, cl clause, m match, typ string) int {
	if !missionProtestTypes[typ] {
		return 0
	}
	mission := false
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		if missionNouns[toks[k].lower] {
			mission = true
			continue
		}
		if mission && purposeMarker(toks, k) {
			return max(k, m.end)
		}
	}
	return 0
}

// purposeMarker reports "in protest", "to protest", "to denounce" or "to
// condemn" at k (each followed by what is protested).
func purposeMarker(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w, next := toks[k].lower, toks[k+1].lower
	return (w == "in" || w == "to") && (next == "protest" || next == "denounce" || next == "condemn")
}

// dropAntiCrowd removes the "anti-X" mentions from a crowd's act at a
// foreign mission: the mood of the crowd, no side.
func dropAntiCrowd(toks []token, cl clause, typ string, spans []span) []span {
	if !missionProtestTypes[typ] || !namesMission(toks, cl) {
		return spans
	}
	return dropSpans(spans, func(sp span) bool {
		return !sp.inherited && sp.start >= 0 && sp.start < len(toks) && strings.HasPrefix(toks[sp.start].lower, "anti-")
	})
}

// namesMission reports an embassy or a consulate in the clause.
func namesMission(toks []token, cl clause) bool {
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		if missionNouns[toks[k].lower] {
			return true
		}
	}
	return false
}
