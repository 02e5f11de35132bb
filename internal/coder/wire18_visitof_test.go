package coder

import "testing"

// Eighteenth pass (stop 36): "the visit of X to Y" names its visitor after
// "of": X visits, Y is visited and is where; a tour's of-phrase names the
// places toured, no visitor. The sentences are written for this test.
func TestWireFormsEighteenthPassVisitOf(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the visit of a prime minister to a country",
			"The three-day visit of Indian Prime Minister Narendra Modi to Japan raised hopes of a rail deal.",
			"CONSULT", []string{"IND", "JPN"}, true},
		{"the state visit of a president to a country",
			"The state visit of the President of Kenya to Uganda raised hopes of a trade deal.",
			"CONSULT", []string{"KEN", "UGA"}, true},
		{"a tour of places",
			"The three-nation tour of Portugal and the Netherlands ended on Wednesday, Narendra Modi said.",
			"CONSULT", []string{"NLD", "PRT"}, false},
	})
}
