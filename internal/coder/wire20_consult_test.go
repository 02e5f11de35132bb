package coder

import "testing"

// TestWireFormsTwentySecondPassHouseDiscusses: a parliament, its members or
// a cabinet that discuss a matter naming two countries hold no meeting
// between them (consult20.go). Sentences written for this test.
func TestWireFormsTwentySecondPassHouseDiscusses(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"lawmakers will discuss", "Greek lawmakers will discuss the name deal between Greece and North Macedonia on Wednesday.",
			"CONSULT", []string{"GRC", "MKD"}, false},
		{"the cabinet discussed", "The Serbian cabinet discussed the trade deal between Serbia and Kosovo on Tuesday.",
			"CONSULT", []string{"SRB", "XKX"}, false},
		{"a house discusses with a visitor", "Members of the Japanese parliament discussed the comfort women deal with South Korean lawmakers on Friday.",
			"CONSULT", []string{"JPN", "KOR"}, true},
		{"officials discuss", "Greek and Macedonian officials discussed the name deal in Athens on Wednesday.",
			"CONSULT", []string{"GRC", "MKD"}, true},
	})
}
