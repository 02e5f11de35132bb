package coder

import "testing"

// Twentieth pass (stop 38), vocabulary. Sides that "traded fire" fought
// each other as sides that "exchanged fire" did (cues.tsv); the noun
// "exchange of fire" was read before and is kept here as a guard. The
// sentences are written for this test.
func TestWireFormsTwentiethPassTradedFire(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops that traded fire fought",
			"Indian and Pakistani troops traded fire across the Line of Control on Sunday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"armies that traded artillery fire fought",
			"Armenian and Azerbaijani forces traded artillery fire along the border on Tuesday.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"troops in an exchange of fire fought",
			"Thai and Cambodian troops were involved in an exchange of fire near the temple on Monday.",
			"ASSAULT", []string{"KHM", "THA"}, true},
		{"countries that had an exchange of artillery fire fought",
			"Israel and Lebanon had a brief exchange of artillery fire on Monday.",
			"ASSAULT", []string{"ISR", "LBN"}, true},
		{"traded insults are no fire",
			"Indian and Pakistani ministers traded insults at the United Nations on Sunday.",
			"ASSAULT", []string{"IND", "PAK"}, false},
	})
}
