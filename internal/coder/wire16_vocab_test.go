package coder

import "testing"

// Sixteenth pass (stop 34), vocabulary audit: words English news uses for
// an act or a party that the coder lacked. Declining an offer is a
// refusal, forces ordered onto a war footing are mobilized, aid flown in
// is aid sent, a base whose control is handed over is given up, and a
// country's planes stand for it as its plane does. The sentences are
// written for this test.
func TestWireFormsSixteenthPassVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"declining an offer is a refusal",
			"The Kenyan government declined an offer from Ethiopia to send troops on Monday.",
			"REJECT", []string{"ETH", "KEN"}, true},
		{"declining a proposal is a refusal",
			"Norway declined a Swedish proposal on fishing quotas on Friday.",
			"REJECT", []string{"NOR", "SWE"}, true},
		{"trade that declined refuses nothing",
			"Exports from Chile to Peru declined sharply in March.",
			"REJECT", []string{"CHL", "PER"}, false},

		{"troops put on a war footing are mobilized",
			"Armenia put its troops on a war footing against Azerbaijan on Sunday.",
			"MOBILIZE", []string{"ARM", "AZE"}, true},
		{"forces ordered onto a war footing are mobilized",
			"India ordered its border forces onto a war footing against Pakistan on Tuesday.",
			"MOBILIZE", []string{"IND", "PAK"}, true},
		{"an economy on a war footing mobilizes no one",
			"Analysts said the economy of Ukraine has been on a war footing since the spring, a Polish report found.",
			"MOBILIZE", []string{"POL", "UKR"}, false},

		{"medical supplies flown in are aid",
			"Turkey flew medical supplies to Syria on Wednesday.",
			"AID", []string{"SYR", "TUR"}, true},
		{"help flown in is aid",
			"Japan began flying medical help to the Philippines on Monday.",
			"AID", []string{"JPN", "PHL"}, true},
		{"a leader who flies to seek support is visiting",
			"The Hungarian prime minister flew to Moscow to seek support from Russia on Friday.",
			"AID", []string{"HUN", "RUS"}, false},

		{"handing over control of a base is a retreat",
			"Britain handed over control of its last military base in Kenya on Friday.",
			"RETREAT", []string{"GBR", "KEN"}, true},
		{"ceding control of a camp is a retreat",
			"France on Monday ceded control of its last permanent camp in Chad.",
			"RETREAT", []string{"FRA", "TCD"}, true},
		{"control of a firm handed over is no retreat",
			"A Dutch company handed over control of its factory to a Polish investor on Monday.",
			"RETREAT", []string{"NLD", "POL"}, false},

		{"a country's planes turned away",
			"Venezuela refused entry to American planes carrying deportees on Sunday.",
			"REJECT", []string{"USA", "VEN"}, true},
		{"a country's planes in another's airspace",
			"Russian planes entered Estonian airspace on Monday.",
			"ASSAULT", []string{"EST", "RUS"}, true},
		{"planes of no country name no side",
			"Ghana refused entry to planes carrying migrants on Sunday.",
			"REJECT", []string{"GHA", "USA"}, false},
	})
}
