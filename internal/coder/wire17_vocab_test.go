package coder

import "testing"

// Seventeenth pass (stop 35), vocabulary: a government that expels
// another's officials sends them home as it does its diplomats, a
// sanction, not a coercion of people; an operation launched to aid or
// deliver relief to a country is aid, not an attack. The sentences are
// written for this test.
func TestWireFormsSeventeenthPassVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"foreign officials expelled are a sanction",
			"Peru expelled four Chilean officials on Monday over the border incident.",
			"SANCTION", []string{"CHL", "PER"}, true},
		{"foreign security officials expelled are a sanction",
			"Ghana said it had expelled six Togolese security officials it accused of spying.",
			"SANCTION", []string{"GHA", "TGO"}, true},
		{"officials expelled are no coercion",
			"Peru expelled four Chilean officials on Monday over the border incident.",
			"COERCE", []string{"CHL", "PER"}, false},
		{"officials who expel migrants sanction no state",
			"Officials in Texas expelled migrants from Mexico on Monday.",
			"SANCTION", []string{"MEX", "USA"}, false},

		{"an operation launched to aid a country is aid",
			"Japan launched Operation Blue Wave to aid Vanuatu after the storm on Sunday.",
			"AID", []string{"JPN", "VUT"}, true},
		{"an operation launched to deliver relief is aid",
			"Brazil launched a relief operation on Monday to deliver food and tents to Bolivia.",
			"AID", []string{"BOL", "BRA"}, true},
		{"an operation launched to aid is no attack",
			"Japan launched Operation Blue Wave to aid Vanuatu after the storm on Sunday.",
			"ASSAULT", []string{"JPN", "VUT"}, false},
		{"a military operation launched stays an attack",
			"Turkey launched a military operation against Kurdish fighters in Syria on Wednesday.",
			"ASSAULT", []string{"SYR", "TUR"}, true},
	})
}
