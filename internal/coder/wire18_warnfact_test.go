package coder

import "testing"

// Eighteenth pass (stop 36): a warning whose that-clause tells what is or
// was is no threat; one that tells what will happen, or would under a
// condition, still is. The sentences are written for this test.
func TestWireFormsEighteenthPassWarningOfFact(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a warning that a move has harmed ties is no threat",
			"Chile's foreign minister on Monday warned that Peru's decision has damaged trust between the two capitals.",
			"THREATEN", []string{"CHL", "PER"}, false},
		{"a warning that a country is meddling is no threat",
			"Finland's intelligence service warned on Friday that Russia was trying to sway voters online.",
			"THREATEN", []string{"FIN", "RUS"}, false},
		{"a warning of retaliation to come is a threat",
			"Chile warned on Monday that it would retaliate against Peru if the tariffs stayed.",
			"THREATEN", []string{"CHL", "PER"}, true},
		{"a warning of sanctions under a condition is a threat",
			"Finland warned Russia on Friday that sanctions will follow unless the ships leave.",
			"THREATEN", []string{"FIN", "RUS"}, true},
	})
}
