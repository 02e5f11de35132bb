package coder

import "testing"

// Twenty-second pass (stop 40, the support family): a possessive after
// "the X backed" is the object of the act, not "X-backed" without its
// hyphen; a country's peace or ceasefire plan is the country's own, its
// welcome aimed at it; support thrown behind, lent, reaffirmed and
// solidarity voiced are support, and a headline's "back X's bid" too. The sentences are written for this test.
func TestWireFormsTwentySecondPassSupport(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the country backed another's bid",
			"The United States backed Brazil's bid for a permanent seat on Monday.",
			"SUPPORT", []string{"BRA", "USA"}, true},
		{"the country backed another's request",
			"The UK backed Ukraine's request for jets on Monday.",
			"SUPPORT", []string{"GBR", "UKR"}, true},
		{"the country backed a group is a group qualified by its backer",
			"The Iran backed Houthis attacked a ship near Yemen on Monday.",
			"SUPPORT", []string{"IRN", "YEM"}, false},

		{"a country's peace proposal welcomed is the country's",
			"Russia welcomed China's peace proposal for Ukraine on Friday.",
			"SUPPORT", []string{"CHN", "RUS"}, true},
		{"a country's ceasefire plan praised is the country's",
			"Qatar praised Egypt's ceasefire plan on Tuesday.",
			"SUPPORT", []string{"EGY", "QAT"}, true},
		{"a country's war is still a topic",
			"France praised Britain's stance on Russia's war on Tuesday.",
			"SUPPORT", []string{"FRA", "RUS"}, false},

		{"support thrown behind a position",
			"Turkey threw its support behind Azerbaijan's position on Karabakh on Monday.",
			"SUPPORT", []string{"AZE", "TUR"}, true},
		{"support lent to a candidate",
			"Nigeria lent its support to Ghana's candidate on Tuesday.",
			"SUPPORT", []string{"GHA", "NGA"}, true},
		{"recognition reaffirmed",
			"Paraguay reaffirmed its recognition of Taiwan on Monday.",
			"SUPPORT", []string{"PRY", "TWN"}, true},
		{"solidarity voiced after strikes is no attack",
			"Pakistan voiced solidarity with Iran after the strikes on Sunday.",
			"SUPPORT", []string{"IRN", "PAK"}, true},
		{"solidarity voiced after strikes",
			"Pakistan voiced solidarity with Iran after the strikes on Sunday.",
			"ASSAULT", []string{"IRN", "PAK"}, false},
		{"a headline's plural subject backs a bid",
			"France, Britain back Ukraine's NATO bid.",
			"SUPPORT", []string{"FRA", "GBR", "UKR"}, true},
		{"a headline's two countries back another's bid",
			"Germany and France back South Korea's bid to host the Expo.",
			"SUPPORT", []string{"DEU", "FRA", "KOR"}, true},
		{"pushed back an advance is no support",
			"Ukrainian troops pushed back Russia's advance near the town on Monday.",
			"SUPPORT", []string{"RUS", "UKR"}, false},
		{"a loan lent is aid, no support",
			"Japan lent Kenya $500 million on Monday.",
			"SUPPORT", []string{"JPN", "KEN"}, false},
	})
}
