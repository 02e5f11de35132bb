package coder

// Twenty-seventh pass (stop 45), accusations written by hand: "claims" as
// a noun. "Claims" is the verb of speech in "Kyiv claims Russia fired" and
// the noun of a charge in "Thailand denies Cambodian claims that its
// troops crossed", "Russia rejected British claims", "Hungary rejects
// Ukrainian spy claims". Read as the verb after a denial, it made the
// maker's adjective a speaker, no side, and the denial lost the state it
// answers (stop 42's deniedClaimant never saw it). After a denial verb (with
// the maker's adjective and one word between) or after a determiner or a
// possessive, "claims" is the noun.

// claimNounBefore are the words after which "claims" is a noun.
var claimNounBefore = map[string]bool{
	"the": true, "these": true, "those": true, "such": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "'s": true, "’s": true, "any": true, "all": true,
}

// claimsNoun reports a speech cue "claims" or "claim" at m that is the
// noun of a charge.
func claimsNoun(toks []token, m match) bool {
	if m.end != m.start+1 {
		return false
	}
	switch toks[m.start].lower {
	case "claims", "claim":
	default:
		return false
	}
	if m.start > 0 && claimNounBefore[toks[m.start-1].lower] {
		return true
	}
	return deniedClaimant(toks, m.start)
}
