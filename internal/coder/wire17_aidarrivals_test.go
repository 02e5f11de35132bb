package coder

import "testing"

// Seventeenth pass (stop 35, the at family): the arrival of a team named
// for aid work, or of a craft said to carry aid goods, is the aid itself,
// even when the load is set off by commas before the verb. A team named
// for anything else may be a delegation and is no aid. The sentences are
// written for this test.
func TestWireFormsSeventeenthPassAidArrivals(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a rescue team that arrives brings aid",
			"A rescue team from Japan arrived in Turkey on Tuesday after the quake.",
			"AID", []string{"JPN", "TUR"}, true},
		{"a plane carrying aid, its load set off by commas, brings aid",
			"A Greek plane carrying 20 tonnes of aid, including tents and blankets, landed in Libya on Sunday.",
			"AID", []string{"GRC", "LBY"}, true},
		{"military aircraft carrying medical equipment bring aid",
			"Polish military aircraft carrying medical equipment and soldiers landed in Slovakia on Monday.",
			"AID", []string{"POL", "SVK"}, true},
		{"a trade team that arrives brings no aid",
			"A trade team from Japan arrived in Turkey on Tuesday.",
			"AID", []string{"JPN", "TUR"}, false},
	})
}
