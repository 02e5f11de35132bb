package coder

import "strings"

// Rules of the twenty-eighth pass (stop 46) on coercion: a person put out
// of a country.
//
// English tells a deportation as it tells an expulsion: the person is
// "deported from" the country that puts him out ("Afghan refugees were
// deported from Iran", "the Kenyan activist has been deported from
// Tanzania"), so the place after "from" names the state that deports, as
// "were expelled from the UK" already did. A participle of putting out
// followed at once by "from" is passive even without its "was", since
// the active verb needs its object first: "Afghans deported from Iran
// arrive in Herat" is a headline's reduced passive, where "Ghana deported
// two Nigerians from the country" is active.

// putOutVerb reports a cue word of deporting or expelling: "deported",
// "expelled", "deportation".
func putOutVerb(w string) bool {
	return strings.HasPrefix(w, "expel") || strings.HasPrefix(w, "deport")
}

// putOutFromReduced reports a participle of putting out right before
// "from", with no "was" before it: "Afghans deported from Iran".
func putOutFromReduced(toks []token, m match) bool {
	if m.noun || m.start < 1 || m.end != m.start+1 || m.end >= len(toks) || toks[m.end].lower != "from" {
		return false
	}
	switch toks[m.start].lower {
	case "deported", "expelled":
	default:
		return false
	}
	prev := toks[m.start-1]
	// "who deported from ..." or "they expelled from ..." would be a
	// subject's own verb; a noun before it is the reduced passive.
	return !prev.punct && !subjectPronouns[prev.lower] && !articles[prev.lower] && prev.lower != "who" && prev.lower != "that"
}
