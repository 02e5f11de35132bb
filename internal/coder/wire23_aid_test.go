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
		{"help offered on a condition stays a commitment, not aid",
			"Tanzania is willing to send equipment to help Malawi if it is attacked, its defence minister said.",
			"AID", []string{"MWI", "TZA"}, false},
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

// Twenty-fifth pass (stop 43): aid told by what it does for the receiver
// (relief efforts supported, a country helped with goods), a line of
// credit, debt cancelled, money contributed, craft sent with aid, and a
// package of aid announced without a sum (cues.tsv, stop-43 block). The
// sentences are written for this test.
func TestWireFormsTwentyFifthPassAidTold(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a ship supporting a country's relief efforts gives aid",
			"An Indian navy ship supporting Sri Lanka's flood relief efforts returned to Colombo on Monday.",
			"AID", []string{"IND", "LKA"}, true},
		{"a country helped with goods is given aid",
			"Japan helped Vietnam with rice and medical equipment after the floods.",
			"AID", []string{"JPN", "VNM"}, true},
		{"help continued with goods is aid",
			"Britain is continuing to help Malawi with food and medical supplies.",
			"AID", []string{"GBR", "MWI"}, true},
		{"a line of credit extended is aid",
			"India extended a line of credit of $1 billion to Sri Lanka.",
			"AID", []string{"IND", "LKA"}, true},
		{"a country's debt cancelled is aid",
			"China cancelled Cuba's debt on Wednesday.",
			"AID", []string{"CHN", "CUB"}, true},
		{"money contributed to a country's relief is aid",
			"Britain contributed 5 million pounds to Nepal's earthquake relief.",
			"AID", []string{"GBR", "NPL"}, true},
		{"planes sent with doctors and medicines bring aid",
			"Italy is sending two planes to Tunisia on Friday with doctors, medicines and a field hospital.",
			"AID", []string{"ITA", "TUN"}, true},
		{"a package of military aid announced is aid",
			"The United States announced a new package of military aid for Ukraine on Tuesday.",
			"AID", []string{"UKR", "USA"}, true},
		{"planes sent with a rescue team bring aid",
			"Spain sent two military planes to Morocco on Friday with a rescue team.",
			"AID", []string{"ESP", "MAR"}, true},
		{"aid released to a country is given",
			"Japan has released its first batch of aid to Vanuatu.",
			"AID", []string{"JPN", "VUT"}, true},
		{"aid released is no concession",
			"Japan has released its first batch of aid to Vanuatu.",
			"CONCEDE", []string{"JPN", "VUT"}, false},
		{"a sum of aid put in is given",
			"Canada is putting in a further $2 million in aid for Haiti.",
			"AID", []string{"CAN", "HTI"}, true},
		{"an aid worker released is a captive freed, not aid",
			"Mali released a Swiss aid worker on Friday.",
			"AID", []string{"CHE", "MLI"}, false},
		{"aid released to a receiver is given",
			"Norway released aid to Sudan on Tuesday.",
			"AID", []string{"NOR", "SDN"}, true},
		{"a statement released about aid is no aid",
			"The Polish ministry released a statement on aid to Ukraine.",
			"AID", []string{"POL", "UKR"}, false},
		{"talks on debt cancelled are no aid",
			"Greece cancelled its debt talks with Germany on Monday.",
			"AID", []string{"DEU", "GRC"}, false},
		{"a bank rescue supported is no aid",
			"France supported Germany's rescue efforts for the euro.",
			"AID", []string{"DEU", "FRA"}, false},
		{"help with intelligence is no aid of goods",
			"The United States helped Israel with intelligence on the attack.",
			"AID", []string{"ISR", "USA"}, false},
	})
}
