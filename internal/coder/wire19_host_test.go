package coder

import "testing"

// Twenty-first pass (stop 39), vocabulary: a country that hosts troops, a
// base or refugees keeps them on its soil, no visit (data/cues.tsv). The
// sentences are written for this test.
func TestWireFormsTwentyFirstPassHostsTroops(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"hosts a base",
			"Qatar hosts the largest US military base in the Middle East.",
			"CONSULT", []string{"QAT", "USA"}, false},
		{"hosted troops",
			"Jordan hosted US troops during the operations in Iraq.",
			"CONSULT", []string{"JOR", "USA"}, false},
		{"hosted a visitor stays a visit",
			"Jordan hosted US Secretary of State Marco Rubio on Tuesday.",
			"CONSULT", []string{"JOR", "USA"}, true},
	})
}
