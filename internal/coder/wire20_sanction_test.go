package coder

import "testing"

// Twenty-second pass (stop 40), sanctions written by hand: a state closing
// its airspace, a border or a mission to another country, and the
// vocabulary of measures the cues missed (a levy, a tariff as a penalty,
// retaliation by tariffs, trade and arms sales halted, SWIFT, a whitelist,
// envoys called home). The sentences are written for this test.
func TestWireFormsTwentySecondPassClosures(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"airspace closed to a country",
			"Morocco has closed its airspace to all flights to and from Algeria.",
			"SANCTION", []string{"DZA", "MAR"}, true},
		{"airspace closure as a noun",
			"Niger announced the closure of its airspace to Beninese aircraft on Friday.",
			"SANCTION", []string{"BEN", "NER"}, true},
		{"airspace closed over the country after an incursion is no sanction",
			"A drone incursion prompted Poland to close the airspace over parts of the country.",
			"SANCTION", []string{"POL", "RUS"}, false},
		{"border closed to a neighbour's trucks",
			"Kenya closed the border to Tanzanian cargo trucks at the busiest crossing.",
			"SANCTION", []string{"KEN", "TZA"}, true},
		{"border shut with a neighbour",
			"Ghana shut its border with Togo on Thursday.",
			"SANCTION", []string{"GHA", "TGO"}, true},
		{"border closed to tourists in an epidemic is no sanction",
			"Peru closed its borders to thousands of tourists, including many Chilean visitors, as the virus spread.",
			"SANCTION", []string{"CHL", "PER"}, false},
		{"embassy shuttered",
			"Hungary said it was shuttering its embassy in Lithuania.",
			"SANCTION", []string{"HUN", "LTU"}, true},
		{"high commission closed",
			"Kenya closed its high commission in Uganda after the row.",
			"SANCTION", []string{"KEN", "UGA"}, true},
	})
}

func TestWireFormsTwentySecondPassSanctionWords(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a levy on a country's imports",
			"The United States will impose a 30% levy on imports from Vietnam.",
			"SANCTION", []string{"USA", "VNM"}, true},
		{"penalised with a tariff",
			"The United States penalised Mexico with an additional 25% tariff on steel.",
			"SANCTION", []string{"MEX", "USA"}, true},
		{"a player penalised is no sanction",
			"The referee penalised the French captain for a late tackle on Italy's striker.",
			"SANCTION", []string{"FRA", "ITA"}, false},
		{"retaliation by tariffs",
			"India retaliated with tariffs on American almonds and apples.",
			"SANCTION", []string{"IND", "USA"}, true},
		{"retaliation by tariffs is no attack",
			"India retaliated with tariffs on American almonds and apples.",
			"ASSAULT", []string{"IND", "USA"}, false},
		{"trade halted",
			"Turkey halted all trade with Israel on Thursday.",
			"SANCTION", []string{"ISR", "TUR"}, true},
		{"arms sales halted",
			"Germany halted arms sales to Saudi Arabia.",
			"SANCTION", []string{"DEU", "SAU"}, true},
		{"a partner struck off the whitelist",
			"Japan removed South Korea from its whitelist of trusted trading partners.",
			"SANCTION", []string{"JPN", "KOR"}, true},
		{"envoys called home",
			"Chad and Sudan called their ambassadors home from Libya.",
			"SANCTION", []string{"LBY", "SDN", "TCD"}, true},
	})
	// The retrained filter of stop 41 (threshold 0.318) scores this
	// one-sentence article below its threshold; the row tests the rule.
	checkRuleCases(t, []codedCase{
		{"banks disconnected from SWIFT",
			"The European Union disconnected seven Iranian banks from SWIFT.",
			"SANCTION", []string{"IRN"}, true},
	})
}

func TestWireFormsTwentySecondPassHaltsAndCrossings(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"hit with asset freezes",
			"Canada hits Belarusian officials with asset freezes",
			"SANCTION", []string{"BLR", "CAN"}, true},
		{"a freeze on arms exports as a noun",
			"Britain announced a freeze on arms exports to Israel.",
			"SANCTION", []string{"GBR", "ISR"}, true},
		{"a sale frozen",
			"Sweden froze the sale of fighter jets to Hungary.",
			"SANCTION", []string{"HUN", "SWE"}, true},
		{"nationals barred from crossing",
			"Burundi barred its nationals from travelling to Rwanda.",
			"SANCTION", []string{"BDI", "RWA"}, true},
		{"trucks blocked from entering",
			"Kenya blocked Somali trucks from entering its territory.",
			"SANCTION", []string{"KEN", "SOM"}, true},
		{"talks come to a halt is no sanction",
			"The talks between Serbia and Kosovo came to a halt in Brussels.",
			"SANCTION", []string{"SRB", "XKX"}, false},
	})
}

// Twenty-second pass (stop 40): ties that soured days ago soured over an
// act of those days, which is news, not the background of an old rift.
func TestWireFormsTwentySecondPassStrainedLately(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"soured last week after a border closure",
			"Relations between the neighbours soured last week after Burundi closed its border with Rwanda.",
			"SANCTION", []string{"BDI", "RWA"}, true},
		{"plunged on Monday when envoys were expelled",
			"Ties plunged on Monday when Mali expelled the French ambassador.",
			"SANCTION", []string{"FRA", "MLI"}, true},
		{"strained since a year's act stays background",
			"Relations have been strained since 2018, when Canada expelled two Chinese diplomats.",
			"SANCTION", []string{"CAN", "CHN"}, false},
	})
}
