package coder

import "testing"

// Twenty-fifth pass (stop 43): a rally told "here" is held at the
// dateline's place, whose country is the protesters' (here43.go).
func TestWireFormsTwentyFifthPassProtestHere(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a rally in front of an embassy, here, under a dateline",
			"MANILA (AFP) - Hundreds of students staged a rally in front of the embassy of China, here, on Friday.",
			"PROTEST", []string{"CHN", "PHL"}, true},
		{"protesting outside an embassy here under a dateline",
			"ANKARA -- Hundreds of people protested outside the Swedish Embassy here on Saturday.",
			"PROTEST", []string{"SWE", "TUR"}, true},
		{"here with no dateline names no place",
			"Hundreds of students staged a rally in front of the embassy of China here on Friday.",
			"PROTEST", []string{"CHN", "PHL"}, false},
	})
}
