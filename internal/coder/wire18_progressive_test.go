package coder

import "testing"

// Eighteenth pass (stop 36): a visit told in the present progressive of a
// light verb ("is paying a state visit to", "is making his first trip to")
// is going on when the page is written, and after "as" and a name it is a
// clause of its own; a light verb parted from the noun by a preposition
// carries no visit. The sentences are written for this test.
func TestWireFormsEighteenthPassProgressive(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state visit being paid",
			"Indian Prime Minister Narendra Modi is paying a three-day state visit to Japan.",
			"CONSULT", []string{"IND", "JPN"}, true},
		{"a trip being made, after as and a name",
			"The remarks came as French President Emmanuel Macron is making his first trip to Nigeria.",
			"CONSULT", []string{"FRA", "NGA"}, true},
		{"a light verb parted from the noun",
			"Japan is paying for the repairs after the visit, Narendra Modi's office said.",
			"CONSULT", []string{"IND", "JPN"}, false},
	})
}
