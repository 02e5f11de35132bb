package coder

import "testing"

// Stop 45: a time given to disarm or dismantle is a demand of the giver,
// not a RETREAT (ultimatum45.go); and the two states of a divided pair,
// named together or by their short forms, are both parties
// (internal/actors/pairs45.go). Sentences written for these tests.
func TestWireFormsStop45Pairs(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a time given to dismantle is no retreat",
			"Pyongyang gave Seoul 48 hours to dismantle its loudspeakers or face military action.",
			"RETREAT", []string{"KOR", "PRK"}, false},
		{"a time given to disarm is no retreat",
			"Addis Ababa gave Eritrea two weeks to disarm the militias on the border, the Ethiopian government said.",
			"RETREAT", []string{"ERI", "ETH"}, false},
		// must not: a dismantling a state does itself stays a RETREAT
		{"a state's own dismantling",
			"South Korea dismantled its loudspeakers along the border with North Korea on Thursday.",
			"RETREAT", []string{"KOR", "PRK"}, true},
		{"shared head",
			"The leaders of North and South Korea met at the border village on Friday.",
			"CONSULT", []string{"KOR", "PRK"}, true},
		{"shared head, reversed",
			"South and North Korea agreed on Tuesday to reopen a military hotline.",
			"AGREE", []string{"KOR", "PRK"}, true},
		{"plural head",
			"The two Koreas signed a declaration pledging to end hostilities.",
			"AGREE", []string{"KOR", "PRK"}, true},
		{"plural head of Sudan",
			"The two Sudans signed an oil transit agreement in Addis Ababa.",
			"AGREE", []string{"SDN", "SSD"}, true},
		{"short form after the full name",
			"South Korea warned on Monday that the North would pay for the attack.",
			"THREATEN", []string{"KOR", "PRK"}, true},
		// must not: "the North" with no divided pair named is no country
		{"a region, no pair named",
			"Japan protested after the launch. The North said the test was routine.",
			"PROTEST", []string{"JPN", "PRK"}, false},
	})
}
