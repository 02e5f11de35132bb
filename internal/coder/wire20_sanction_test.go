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
		{"banks disconnected from SWIFT",
			"The European Union disconnected seven Iranian banks from SWIFT.",
			"SANCTION", []string{"IRN"}, true},
		{"a partner struck off the whitelist",
			"Japan removed South Korea from its whitelist of trusted trading partners.",
			"SANCTION", []string{"JPN", "KOR"}, true},
		{"envoys called home",
			"Chad and Sudan called their ambassadors home from Libya.",
			"SANCTION", []string{"LBY", "SDN", "TCD"}, true},
	})
}
