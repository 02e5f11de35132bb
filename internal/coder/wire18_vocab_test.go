package coder

import "testing"

// Eighteenth pass (stop 36), vocabulary: Iran's Ports and Maritime
// Organization, the port authority that holds and frees ships, is Iran
// when it acts; the acronym PMO is no Iranian body (in Indian news it is
// the Prime Minister's Office). The sentences are written for this test.
func TestWireFormsEighteenthPassVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the port authority frees a ship",
			"The Iranian Ports and Maritime Organization released the British-flagged tanker on Monday.",
			"CONCEDE", []string{"GBR", "IRN"}, true},
		{"the port authority, spelt the British way, holds a ship",
			"The Ports and Maritime Organisation seized a Greek-flagged tanker in the Gulf on Monday.",
			"COERCE", []string{"GRC", "IRN"}, true},
		{"the acronym is no Iranian body",
			"The PMO released a statement on Monday welcoming the Greek-flagged tanker.",
			"CONCEDE", []string{"GRC", "IRN"}, false},
	})
}
