package coder

import "testing"

// Seventeenth pass (stop 35), the be family: a navy or guard that boards a
// ship takes it as one that seizes it does, and a ship's flag is written
// with the singular "Marshall Island" as often as with the plural. The
// sentences are written for this test.
func TestWireFormsSeventeenthPassBoarding(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"forces that board a flagged vessel seize it",
			"Venezuelan troops boarded a Panama-flagged vessel off the coast on Monday.",
			"COERCE", []string{"PAN", "VEN"}, true},
		{"guards that board a ship seize it",
			"The Russian navy boarded a Ukrainian ship in the Sea of Azov on Friday.",
			"COERCE", []string{"RUS", "UKR"}, true},
		{"the singular Marshall Island names the flag",
			"Iranian patrol boats seized a Marshall Island-flagged tanker in the Gulf on Sunday.",
			"COERCE", []string{"IRN", "MHL"}, true},
		{"passengers who board a ferry take nothing",
			"Hundreds of Syrian refugees boarded a Greek ferry at the port of Lesbos on Monday.",
			"COERCE", []string{"GRC", "SYR"}, false},
	})
}
