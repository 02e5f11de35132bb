package coder

import "testing"

// Eighteenth pass (stop 36), extras, vocabulary: to recognise the
// importance or a responsibility is to acknowledge it, no recognition of
// a state; the recognition of a state stays. The sentences are written
// for this test.
func TestWireFormsEighteenthPassAcknowledge(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"recognising an importance is no recognition",
			"Chile and Peru recognise the strategic importance of closer ties in promoting regional stability.",
			"SUPPORT", []string{"CHL", "PER"}, false},
		{"recognising a responsibility is no recognition",
			"Italy recognised its historical responsibility toward Libya for the colonial era, the minister said.",
			"SUPPORT", []string{"ITA", "LBY"}, false},
		{"recognising a state stays",
			"Chile formally recognised Palestine as a state on Monday.",
			"SUPPORT", []string{"CHL", "PSE"}, true},
	})
}
