package coder

import "testing"

// Thirty-second pass (stop 50): summonses and name-calling. The sentences
// are written for these tests.

// A passive summons names its summoner by the ministry the envoy was
// called to (summonerMinistry).
func TestSummonsFiftiethPassMinistryCalledTo(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an envoy summoned to a named foreign ministry is charged by its state",
			"Chile's ambassador was summoned to the Argentine foreign ministry on Friday.",
			"ACCUSE", []string{"ARG", "CHL"}, true},
		{"a ministry of foreign affairs after a day and a purpose",
			"The Ethiopian envoy was summoned on Monday to the Kenyan Ministry of Foreign Affairs to explain the remarks.",
			"ACCUSE", []string{"ETH", "KEN"}, true},
		{"a summons still to come, to a named ministry",
			"The Brazilian ambassador will be summoned to the Venezuelan foreign ministry, officials said.",
			"ACCUSE", []string{"BRA", "VEN"}, true},
		{"a bare Foreign Office names no summoner",
			"The Danish ambassador was summoned to the Foreign Office on Friday.",
			"ACCUSE", []string{"DNK", "GBR"}, false},
	})
}
