package coder

import "testing"

// Twenty-fifth pass (stop 43), refusals read from wire sentences written
// by hand: a request or proposal refused in the passive with what was asked
// between the noun and its verb; warnings, objections, appeals and
// conditions as things refused; the side whose pressure a refusal defies
// after "despite"; permission withdrawn or revoked. The sentences are
// written for this test.
func TestWireFormsTwentyFifthPassReject(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a demand refused in the passive, what was asked between noun and verb",
			"Bolivia's demand for sea access was rejected by Chile.",
			"REJECT", []string{"BOL", "CHL"}, true},
		{"a request to extradite refused in the passive",
			"A U.S. request to extradite the cartel leader was refused by Mexico.",
			"REJECT", []string{"MEX", "USA"}, true},
		{"a call for a truce refused in the passive",
			"Russia's call for an Easter truce was rejected by Ukraine.",
			"REJECT", []string{"RUS", "UKR"}, true},
		{"a demand welcomed in the passive is no refusal",
			"Bolivia's demand for sea access was welcomed by Chile.",
			"REJECT", []string{"BOL", "CHL"}, false},
		{"a trip's complement closed by another clause keeps the trip",
			"The U.S. president called off a planned trip to Denmark because Copenhagen has rejected his offer.",
			"CONSULT", []string{"DNK", "USA"}, true},
		{"warnings defied are refused",
			"Turkey defied U.S. warnings and bought the missiles.",
			"REJECT", []string{"TUR", "USA"}, true},
		{"objections rejected name their owner",
			"India rejects Chinese objections to the minister's visit",
			"REJECT", []string{"CHN", "IND"}, true},
		{"appeals rebuffed name their owner",
			"Moscow rebuffed French appeals for a ceasefire.",
			"REJECT", []string{"FRA", "RUS"}, true},
		{"conditions not accepted name their owner",
			"Cuba said it would not accept U.S. conditions for talks.",
			"REJECT", []string{"CUB", "USA"}, true},
		{"warnings heeded are no refusal",
			"Turkey heeded U.S. warnings and cancelled the purchase.",
			"REJECT", []string{"TUR", "USA"}, false},
		{"a refusal despite a country's pressure refuses that country",
			"Lithuania refused to change the name of the Taiwanese office despite Chinese pressure.",
			"REJECT", []string{"CHN", "LTU"}, true},
		{"a refusal despite a country's protests refuses it",
			"Denmark refused to cancel the trip despite Chinese protests.",
			"REJECT", []string{"CHN", "DNK"}, true},
		{"a refusal despite a country's calls refuses it",
			"Israel refused to halt the offensive despite U.S. calls for a ceasefire.",
			"REJECT", []string{"ISR", "USA"}, true},
		{"a halt despite calls is no refusal",
			"Israel halted the offensive despite U.S. calls for a ceasefire.",
			"REJECT", []string{"ISR", "USA"}, false},
		{"drills held despite protests are no refusal",
			"China held the drills despite Japanese protests.",
			"REJECT", []string{"CHN", "JPN"}, false},
		{"permission withdrawn is refused",
			"The Netherlands withdrew permission for the Turkish minister's plane to land.",
			"REJECT", []string{"NLD", "TUR"}, true},
		{"permission withdrawn for rallies is refused",
			"Germany has withdrawn permission for Turkish ministers to hold rallies.",
			"REJECT", []string{"DEU", "TUR"}, true},
		{"accreditation revoked is refused",
			"Israel revoked the accreditation of Norwegian diplomats.",
			"REJECT", []string{"ISR", "NOR"}, true},
		{"permission granted is no refusal",
			"The Netherlands granted permission for the Turkish minister's plane to land.",
			"REJECT", []string{"NLD", "TUR"}, false},
		{"troops withdrawn stay a withdrawal",
			"Germany withdrew its troops from the Turkish base.",
			"REJECT", []string{"DEU", "TUR"}, false},
	})
}
