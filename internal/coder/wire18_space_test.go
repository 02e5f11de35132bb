package coder

import "testing"

// Eighteenth pass (stop 36): a rocket launched with a satellite or a crew
// is spaceflight, no attack, unless the sentence tells of war; the
// sentences are written for this test.
func TestWireFormsEighteenthPassSpaceLaunch(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a rocket carrying another country's satellite",
			"China launched a rocket carrying a Pakistani telecommunications satellite from its Xichang launch centre on Friday.",
			"ASSAULT", []string{"CHN", "PAK"}, false},
		{"a satellite put into orbit",
			"India launched a rocket carrying a French telecommunications satellite into orbit on Monday.",
			"ASSAULT", []string{"FRA", "IND"}, false},
		{"a missile fired at a country with a satellite word is still force",
			"Russia launched missiles at Ukraine on Monday, a day after satellite images showed troops massing.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
	})
}
