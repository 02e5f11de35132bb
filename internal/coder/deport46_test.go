package coder

import "testing"

// Twenty-eighth pass (stop 46, coercion written by hand): a person
// "deported from" a country is put out by that country, as one "expelled
// from" it; a headline's participle right before "from" is passive. The
// sentences are written for this test.
func TestDeportedFromTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Dozens of Afghan refugees were deported from Iran last week.", "COERCE", "IRN", "AFG")
	checkRoles45(t, "The Kenyan activist has been deported from Tanzania, his lawyer said on Friday.", "COERCE", "TZA", "KEN")
	checkRoles45(t, "Afghans deported from Iran arrive in Herat", "COERCE", "IRN", "AFG")
	// The active verb keeps its subject as the doer.
	checkRoles45(t, "Ghana deported two Nigerian journalists from the country on Monday.", "COERCE", "GHA", "NGA")
}
