package coder

import "testing"

// Stop 46 (readlm): a border kept closed, or said to remain closed, is
// closed again (cues.tsv stop-46 block). Sentences written for these tests.
func TestWireFormsStop46ClosedBorders(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"crossings kept closed",
			"Latvia said Wednesday it will keep the country's border crossings with Russia closed for a month.",
			"SANCTION", []string{"LVA", "RUS"}, true},
		{"a border kept shut",
			"The Polish government decided on Tuesday to keep its border with Belarus shut until further notice.",
			"SANCTION", []string{"BLR", "POL"}, true},
		{"a border closed for a month",
			"Finland will keep its border with Russia closed until the end of the year, the government said.",
			"SANCTION", []string{"FIN", "RUS"}, true},
		{"crossings that will remain closed",
			"Latvia said its border crossings with Russia will remain closed until the end of November.",
			"SANCTION", []string{"LVA", "RUS"}, true},
		{"a border that stays shut",
			"Finland said its border with Russia would stay shut for another month.",
			"SANCTION", []string{"FIN", "RUS"}, true},
		// must not: schools closed in a border region
		{"schools in a border region",
			"Schools in the border region will remain closed until Monday because of the storm.",
			"SANCTION", nil, false},
		// must not: a border kept open is no closure
		{"a border kept open",
			"Latvia will keep its border crossings with Estonia open during the holidays.",
			"SANCTION", []string{"EST", "LVA"}, false},
	})
}
