package coder

import "testing"

// Seventeenth pass (stop 35, the ay family): a summons told in the
// passive, the envoy first. The summoner is the agent after "by", or,
// unsaid, the government the envoy is posted to; a bare "summoned" in the
// active calls a meeting, no charge. The sentences are written for this
// test.
func TestWireFormsSeventeenthPassSummons(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an envoy summoned by a foreign ministry is charged",
			"The Danish ambassador was summoned by the Turkish foreign ministry on Monday.",
			"ACCUSE", []string{"DNK", "TUR"}, true},
		{"an envoy posted to a country and summoned is charged by it",
			"Russia's ambassador to Norway was summoned on Tuesday over the fishing dispute.",
			"ACCUSE", []string{"NOR", "RUS"}, true},
		{"an envoy in a capital summoned is charged by its government",
			"The Egyptian ambassador in Addis Ababa was summoned over the dam remarks.",
			"ACCUSE", []string{"EGY", "ETH"}, true},
		{"a leader who summons his own officials makes no charge",
			"Putin summoned Ukrainian negotiators to the Kremlin on Monday.",
			"ACCUSE", []string{"RUS", "UKR"}, false},
	})
}
