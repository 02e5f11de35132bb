package coder

// A demand and a threat meet in the ultimatum. English news writes one as
// a demand with the penalty tied on by "or face": "demanded that Russia end
// the war within 50 days or face severe tariffs", "gave Seoul 48 hours to
// switch off the loudspeakers or face military action", "must stop buying
// Iranian oil or face financial measures". The penalty promised is what
// makes it news: PLOVER codes an ultimatum as a THREATEN (CAMEO 174, "give
// ultimatum"), where the demand alone ("urged Russia to end the war") is a
// REQUEST. "Or else" alone is left a demand: "must withdraw within 48
// hours or else Iraq will go to the Security Council" names a next step,
// not a penalty the other side will face.

// ultimatumReach is how far after a demand's cue its "or face" may stand:
// the demand's own object and deadline come between.
const ultimatumReach = 30

// penaltyTied reports "or face" (or "or else face") after the cue m in the
// same sentence, within ultimatumReach tokens and before a full stop.
func penaltyTied(toks []token, m match) bool {
	for i := m.end; i+1 < len(toks) && i < m.end+ultimatumReach; i++ {
		if toks[i].lower == ";" || toks[i].lower == "." {
			return false
		}
		if toks[i].lower != "or" {
			continue
		}
		next := toks[i+1].lower
		if next == "else" && i+2 < len(toks) {
			next = toks[i+2].lower
		}
		if penaltyVerbs[next] { // "or face", "or risk" (ultimatum47.go)
			return true
		}
	}
	return false
}
