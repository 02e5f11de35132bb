package coder

import "testing"

// TestWireFormsTwentyNinthPassReleasedWhereHeld: the one freed named as
// "held in" a country was freed by that country (releasedWhereHeld,
// release47.go). The sentences are written for this test.
func TestWireFormsTwentyNinthPassReleasedWhereHeld(t *testing.T) {
	checkRoles45(t, "A French tourist held in Iran for two years was freed on Saturday.", "CONCEDE", "IRN", "FRA")
	checkRoles45(t, "Two Thai fishermen held in Myanmar were released on Monday.", "CONCEDE", "MMR", "THA")
	checkRoles45(t, "A Canadian teacher held in Venezuela has been released, Ottawa said.", "CONCEDE", "VEN", "CAN")
	// Must not: the active release names its own releaser, and talks
	// "held in" a city hold no one.
	checkRoles45(t, "Iran released a French tourist held in Evin prison on Saturday.", "CONCEDE", "IRN", "FRA")
	checkCodedCases(t, []codedCase{
		{"talks held in a city free no one",
			"The prisoners were released after talks held in Doha between Qatar and Iran.",
			"CONCEDE", []string{"IRN", "QAT"}, false},
	})
}
