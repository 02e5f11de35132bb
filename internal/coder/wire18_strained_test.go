package coder

import "testing"

// Eighteenth pass (stop 36), extras: the act told as the cause of strained
// ties, after "since", "when" or "as", is the story's background; the same
// act told in a clause of its own stays. The sentences are written for
// this test.
func TestWireFormsEighteenthPassStrainCause(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"backing told as why relations soured is background",
			"Relations between Peru and Chile had soured as Lima backed tough sanctions to punish Santiago.",
			"SUPPORT", []string{"CHL", "PER"}, false},
		{"a detention told as when ties were strained is background",
			"Bilateral relations have been strained since 2019, when Kenya detained a Ugandan minister.",
			"COERCE", []string{"KEN", "UGA"}, false},
		{"the detention told as news stays",
			"Kenya detained a Ugandan minister on Monday, officials said.",
			"COERCE", []string{"KEN", "UGA"}, true},
	})
}
