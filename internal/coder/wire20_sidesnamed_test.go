package coder

import "testing"

// Twenty-second pass (stop 40, nopred40): sides the coder could not name.
// The sentences are written for these tests.

// A ship "flying the X flag" or "under the X flag" is X's, as a ship
// "X-flagged" is (flags20.go); a flag only described is no side.
func TestWireFormsTwentySecondPassFlownFlag(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a tanker flying a country's flag is seized",
			"Iranian boats seized a tanker flying the Panamanian flag in the Gulf on Friday.",
			"COERCE", []string{"IRN", "PAN"}, true},
		{"a trawler under a country's flag is sunk",
			"Argentine coast guard vessels sank a trawler sailing under the Chinese flag on Monday.",
			"ASSAULT", []string{"ARG", "CHN"}, true},
		{"a flag praised on a parade names no side",
			"Iranian boats seized a tanker on Friday while crowds praised the Panamanian flag design.",
			"COERCE", []string{"IRN", "PAN"}, false},
	})
}

// The Wagner group named by its fighters or mercenaries is Russia's
// (organisations.tsv); a person named Wagner is not.
func TestWireFormsTwentySecondPassWagnerFighters(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"Wagner fighters detained",
			"Belarusian police detained 20 Wagner fighters near Minsk on Wednesday.",
			"COERCE", []string{"BLR", "RUS"}, true},
		{"Wagner mercenaries expelled",
			"Mali expelled a group of Wagner mercenaries on Tuesday.",
			"COERCE", []string{"MLI", "RUS"}, true},
		{"a minister named Wagner is no Russian",
			"Rwanda's foreign minister met Foreign Minister Anna Wagner of Congo in Washington on Tuesday.",
			"CONSULT", []string{"COD", "RUS", "RWA"}, false},
	})
}

// Two leaders who hold a joint press conference meet, as a caption writes
// it (cues.tsv); a press conference of one country names no meeting.
func TestWireFormsTwentySecondPassJointPressConference(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a caption's leaders at a joint press conference",
			"French President Emmanuel Macron, left, walks with Japanese Prime Minister Shigeru Ishiba during a joint press conference in Tokyo on Friday.",
			"CONSULT", []string{"FRA", "JPN"}, true},
		{"a joint news conference after the talks",
			"Kenya's president and Tanzania's president gave a joint news conference in Arusha on Monday.",
			"CONSULT", []string{"KEN", "TZA"}, true},
		{"a joint press conference of one government's ministers is no meeting with a country",
			"France's foreign and defence ministers gave a joint press conference in Paris on Friday about Japanese cars.",
			"CONSULT", []string{"FRA", "JPN"}, false},
	})
}
