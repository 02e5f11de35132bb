package coder

import "testing"

// Twenty-third pass (stop 41), the passive voice written by hand: a
// verb-and-object cue told with its object first and its agent after
// "by" (passive21.go). The sentences are written for this test.
func TestWireFormsTwentyThirdPassPassiveVerbObject(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tariffs imposed in the passive",
			"Tariffs were imposed on Chinese steel by the United States.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"tariffs imposed on a country by its capital",
			"Tariffs were imposed on China by Washington.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"weapons supplied in the passive",
			"Weapons were supplied to Ukraine by Germany on Monday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"arms sent in the passive",
			"Arms were sent to Ukraine by Germany.",
			"AID", []string{"DEU", "UKR"}, true},
		{"a loan granted in the passive",
			"A loan was granted to Pakistan by Saudi Arabia.",
			"AID", []string{"PAK", "SAU"}, true},
		{"ties cut in the passive",
			"Diplomatic ties with Taiwan were cut by Honduras on Saturday.",
			"SANCTION", []string{"HND", "TWN"}, true},
		{"relations cut in the passive",
			"Diplomatic relations with Iran were cut by Saudi Arabia.",
			"SANCTION", []string{"IRN", "SAU"}, true},
		{"with an adverb between the auxiliary and the participle",
			"Tariffs were formally imposed on Chinese steel by the United States.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"no agent: the passive hides who acted",
			"Tariffs were imposed on Chinese steel last year.",
			"SANCTION", []string{"CHN", "USA"}, false},
		{"a noun between the auxiliary and the participle is a reduced relative",
			"The blasts were rockets fired at Iraqi bases by a militia, officials said.",
			"ASSAULT", []string{"IRQ", "USA"}, false},
		{"the agent of another verb after the participle",
			"The French consulate in Kabul was closed as demanded by Afghanistan.",
			"SANCTION", []string{"AFG", "FRA"}, false},
	})
}
