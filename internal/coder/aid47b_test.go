package coder

import "testing"

// Twenty-ninth pass (stop 47): aid sent to a place named by a country's
// adjective goes to that country (aid47b.go). The sentences are written
// for this test; the learned filter is off.
func TestAidToPlaceAdjective(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"aid to a capital named by its adjective",
			"The British government will send emergency aid to the Lebanese capital.",
			"AID", []string{"GBR", "LBN"}, true},
		{"aid to a city named by its adjective",
			"Spain will send tonnes of medical aid to the Turkish city of Antakya, the Spanish prime minister said on Tuesday.",
			"AID", []string{"ESP", "TUR"}, true},
		{"rescuers flown to a city named by its adjective",
			"Germany has sent two planes with rescuers to the Moroccan city of Marrakesh.",
			"AID", []string{"DEU", "MAR"}, true},
		// must not change: a port the aid passes through is no receiver.
		{"aid sent through a port named by its adjective",
			"Japan sent aid to Nepal through the Indian port of Kolkata.",
			"AID", []string{"JPN", "NPL"}, true},
	})
}
