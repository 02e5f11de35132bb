package coder

import "testing"

// Twenty-second pass (stop 40), diplomatic measures written by hand: a
// state's envoys under their other ranks (the consul, a Commonwealth
// state's high commissioner, the attaché) are expelled, summoned, recalled
// and ordered out as its ambassador is. The sentences are written for
// this test.
func TestWireFormsTwentySecondPassDiplomatRanks(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a consul expelled",
			"Kyrgyzstan expelled the Tajik consul on Monday.",
			"SANCTION", []string{"KGZ", "TJK"}, true},
		{"a consul general expelled",
			"Lithuania expelled the Russian consul general in Klaipeda.",
			"SANCTION", []string{"LTU", "RUS"}, true},
		{"a consul summoned",
			"Latvia summoned the Russian consul over the remarks.",
			"ACCUSE", []string{"LVA", "RUS"}, true},
		{"a high commissioner summoned",
			"Bangladesh summoned the Indian high commissioner.",
			"ACCUSE", []string{"BGD", "IND"}, true},
		{"a consul general called in",
			"Britain called in the Chinese consul general.",
			"ACCUSE", []string{"CHN", "GBR"}, true},
		{"consuls expelled, in the passive",
			"Two Russian consuls were expelled by Poland.",
			"SANCTION", []string{"POL", "RUS"}, true},
		{"a high commissioner recalled",
			"Malaysia recalled its high commissioner from Singapore.",
			"SANCTION", []string{"MYS", "SGP"}, true},
		{"an attaché expelled",
			"Norway expelled the Russian defence attache.",
			"SANCTION", []string{"NOR", "RUS"}, true},
		{"a party's commissioner expelled is no sanction",
			"Kenya's police commissioner was expelled from the party, Ugandan media said.",
			"SANCTION", []string{"KEN", "UGA"}, false},
		{"two states' ambassadors at a meeting do not meet each other",
			"An official said the US and Chinese ambassadors were also present at the talks.",
			"CONSULT", []string{"CHN", "USA"}, false},
	})
}

// An envoy "ordered out" of the country is expelled.
func TestWireFormsTwentySecondPassOrderedOut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an ambassador ordered out",
			"Venezuela ordered the Spanish ambassador out of the country on Friday.",
			"SANCTION", []string{"ESP", "VEN"}, true},
		{"diplomats ordered out",
			"Mali ordered French diplomats out within 72 hours.",
			"SANCTION", []string{"FRA", "MLI"}, true},
		{"staff ordered out of a burning building is no expulsion",
			"The French ambassador ordered the staff out of the burning embassy in Sudan.",
			"SANCTION", []string{"FRA", "SDN"}, false},
	})
}
