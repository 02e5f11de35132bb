package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fifth pass (stop 43): aid pledged or promised, and aid a state
// stands ready to give, is the aid itself, planned, not an agreement
// (aid43.go). The sentences are written for this test.
func TestWireFormsTwentyFifthPassAidPledged(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a sum pledged in aid is aid",
			"Qatar pledged $500 million in aid to Lebanon on Monday.",
			"AID", []string{"LBN", "QAT"}, true},
		{"a sum pledged in aid is no agreement",
			"Qatar pledged $500 million in aid to Lebanon on Monday.",
			"AGREE", []string{"LBN", "QAT"}, false},
		{"a loan pledged during talks is aid",
			"During talks in Delhi, Japan pledged a loan of $1 billion to India.",
			"AID", []string{"IND", "JPN"}, true},
		{"aid pledged after a meeting is aid beside the meeting",
			"The Japanese prime minister visited Kyiv on Tuesday and pledged $5 billion in aid to Ukraine.",
			"AID", []string{"JPN", "UKR"}, true},
		{"a pledge to send goods is aid",
			"Russia has pledged to send wheat to Egypt.",
			"AID", []string{"EGY", "RUS"}, true},
		{"a state ready to provide assistance pledges aid",
			"China stands ready to provide emergency humanitarian assistance to Myanmar.",
			"AID", []string{"CHN", "MMR"}, true},
		{"a promise to supply vaccines is aid",
			"India has promised to supply vaccines to Nepal.",
			"AID", []string{"IND", "NPL"}, true},
		{"support pledged stays an agreement, not aid",
			"Russia pledged support for Serbia on Monday.",
			"AID", []string{"RUS", "SRB"}, false},
		{"a refusal to pledge aid is no aid",
			"Germany did not pledge any aid to Greece.",
			"AID", []string{"DEU", "GRC"}, false},
		{"a vow to send troops is no aid",
			"Turkey vowed to send troops to Libya.",
			"AID", []string{"LBY", "TUR"}, false},
	})
}

// Twenty-fifth pass (stop 43): pledged aid is planned whatever the tense
// of the verb of promising (aid43.go).
func TestWireFormsTwentyFifthPassAidPledgedStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"aid pledged is still to be given",
			"Britain promised 100 million pounds in aid to Ukraine.",
			"AID", []string{"GBR", "UKR"}, event.Planned},
		{"a pledge made at a donor conference is still to be given",
			"Germany pledged 20 million euros to Lebanon at the donor conference.",
			"AID", []string{"DEU", "LBN"}, event.Planned},
	})
}
