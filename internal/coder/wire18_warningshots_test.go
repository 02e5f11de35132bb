package coder

import "testing"

// Nineteenth pass (stop 37), extras, vocabulary: warning shots fired are
// no threat issued; the seizure told beside them is the act, and a
// warning issued stays a threat. The sentences are written for this test.
func TestWireFormsNineteenthPassWarningShots(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warning shots across a bow are no threat",
			"Chilean patrol boats fired warning shots across the bow of a Peruvian trawler on Monday.",
			"THREATEN", []string{"CHL", "PER"}, false},
		{"warning shots in a chase are no threat",
			"A Peruvian coastguard cutter chased the Chilean vessel for hours, firing warning shots as it fled.",
			"THREATEN", []string{"CHL", "PER"}, false},
		{"the seizure beside warning shots is the act",
			"Chilean patrol boats fired warning shots and seized a Peruvian trawler on Monday.",
			"COERCE", []string{"CHL", "PER"}, true},
		{"a warning issued stays a threat",
			"Chile warned Peru on Monday that it would close the border.",
			"THREATEN", []string{"CHL", "PER"}, true},
	})
}
