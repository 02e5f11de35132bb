package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): an agreement suspended with a named country is a sanction
// on it (cues.tsv); a treaty suspended alone stays the retreat.
func TestWireFormsTwentyEighthPassSuspendedWith(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a deal suspended with a neighbour",
			"Algeria has suspended a major gas deal with neighbouring Morocco, citing the kingdom's ties with Israel.",
			"SANCTION", []string{"DZA", "MAR"}, true},
		{"agreements in the plural",
			"Niger suspended all energy agreements with Benin just one day after the border closure.",
			"SANCTION", []string{"BEN", "NER"}, true},
		{"suspend and withdraw, announced",
			"Ghana will suspend and withdraw from all fishing agreements with Senegal, the minister announced on Monday.",
			"SANCTION", []string{"GHA", "SEN"}, true},
		{"the deal's noun is no agreement made",
			"Algeria has suspended a major gas deal with neighbouring Morocco, citing the kingdom's ties with Israel.",
			"AGREE", []string{"DZA", "MAR"}, false},
		{"an accord with a country is no retreat",
			"Poland abruptly suspended its transit accord with Lithuania on Tuesday.",
			"RETREAT", []string{"LTU", "POL"}, false},
		{"a treaty suspended alone is no sanction",
			"Russia suspended its participation in the arms control treaty on Tuesday.",
			"SANCTION", []string{"RUS"}, false},
	})
}
