package coder

import "testing"

// Thirty-second pass (stop 50, C: measures lifted, tightened and
// withdrawn, own wire sentences). The sentences are written for these
// tests.

// People a state sent to work abroad pulled out of the country are
// withdrawn (cues.tsv, "Thirty-second pass").
func TestWireFormsThirtySecondPassPeoplePulledOut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"engineers pulled out, planned",
			"Ethiopia will pull its engineers out of Djibouti by the end of the year.",
			"RETREAT", []string{"DJI", "ETH"}, true},
		{"instructors pulled out, reported",
			"Russia has pulled most of its military instructors out of Mali, a security source said.",
			"RETREAT", []string{"MLI", "RUS"}, true},
		{"workers pulled from a country",
			"Vietnam pulled 300 workers from Libya as fighting spread.",
			"RETREAT", []string{"LBY", "VNM"}, true},
		{"a medical mission pulled out",
			"Pakistan pulled its medical mission out of Yemen on Friday.",
			"RETREAT", []string{"PAK", "YEM"}, true},
		{"nationals taken out of a war are an evacuation",
			"India pulled its nationals out of Ukraine last month.",
			"RETREAT", []string{"IND", "UKR"}, false},
	})
}
