package coder

import "testing"

// Nineteenth pass (stop 37), vocabulary. Aid announced is aid given, as
// sanctions announced are a sanction: "announce" alone is a verb of
// saying, so without the cue its subject was read as the speaker and the
// aid kept its receiver only. Aid cut after an announcement of something
// else stays no aid. The sentences are written for this test.
func TestWireFormsNineteenthPassAidAnnounced(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"emergency assistance announced goes to the stricken country",
			"Japan announced emergency assistance to Nepal on Friday after the earthquake.",
			"AID", []string{"JPN", "NPL"}, true},
		{"a sum of aid announced goes to the country named",
			"New Zealand's foreign minister has announced an additional $5 million in aid for Tonga.",
			"AID", []string{"NZL", "TON"}, true},
		{"aid cut after announcing sanctions is no aid given",
			"Japan announced sanctions on Friday and cut humanitarian aid to Myanmar.",
			"AID", []string{"JPN", "MMR"}, false},
	})
}
