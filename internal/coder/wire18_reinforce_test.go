package coder

import "testing"

// Nineteenth pass (stop 37), extras, vocabulary: reinforcing a concern, a
// view or a role is confirming it, no mobilization; forces reinforced
// stay one. The sentences are written for this test.
func TestWireFormsNineteenthPassReinforceView(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"reinforcing a concern is no mobilization",
			"The report found new links between Venezuelan officials and the gangs, reinforcing Colombia's concerns.",
			"MOBILIZE", []string{"COL", "VEN"}, false},
		{"reinforcing a view is no mobilization",
			"Chile's envoy said the vote reinforced Peru's view that Bolivia had acted in bad faith.",
			"MOBILIZE", []string{"BOL", "PER"}, false},
		{"forces reinforced stay a mobilization",
			"Israel has reinforced its forces facing Lebanon's Hezbollah, the Israeli army said on Sunday.",
			"MOBILIZE", []string{"ISR", "LBN"}, true},
	})
}
