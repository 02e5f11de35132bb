package coder

import "testing"

// Twenty-ninth pass (stop 47): a vow of ruin is a threat, not an accord
// (harmWords in vows.go). The sentences are written for this test; the
// learned filter is off.
func TestVowOfRuinIsThreat(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a vow to inflict pain is a threat",
			"North Korea vowed on Monday to inflict the greatest pain on the United States.",
			"THREATEN", []string{"PRK", "USA"}, true},
		{"a promise to turn a country into ash is a threat",
			"Iran promised to turn Israel into ash and darkness if it attacked again.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"a promise to turn a country into ash is no accord",
			"Iran promised to turn Israel into ash and darkness if it attacked again.",
			"AGREE", []string{"IRN", "ISR"}, false},
		{"a pledge to crush an incursion is a threat",
			"The Venezuelan president pledged to crush any Colombian incursion.",
			"THREATEN", []string{"COL", "VEN"}, true},
		// must not change: a pledge of help stays an accord.
		{"a pledge of help is no threat",
			"Japan pledged to help the Philippines rebuild its coast guard.",
			"THREATEN", []string{"JPN", "PHL"}, false},
		{"a promise to end pain is no threat",
			"The Indian minister promised to end the pain of Nepalese farmers hit by the floods.",
			"THREATEN", []string{"IND", "NPL"}, false},
	})
}
