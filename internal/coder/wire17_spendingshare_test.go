package coder

import "testing"

// Seventeenth pass (stop 35, the az family): a share "of GDP" is a budget
// share, not an opinion poll; a measure a leader is "considering" against
// a country is a threat; meeting a target or an obligation is no meeting.
// The sentences are written for this test.
func TestWireFormsSeventeenthPassSpendingShare(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a threat beside a share of GDP",
			"The US president said on Monday he was considering tariffs on Italy for failing to spend three percent of GDP on its army.",
			"THREATEN", []string{"ITA", "USA"}, true},
		{"sanctions weighed against a country",
			"Britain said on Monday it was weighing new sanctions against Iran over the drone sales.",
			"THREATEN", []string{"GBR", "IRN"}, true},
		{"a share of a people asked stays a poll",
			"About 60 percent of Germans say Berlin should impose sanctions on Russia, a poll showed on Monday.",
			"SANCTION", []string{"DEU", "RUS"}, false},
		{"sanctions a country considers unlawful",
			"Moscow considers the sanctions imposed by Japan unlawful, the ministry said on Monday.",
			"THREATEN", []string{"JPN", "RUS"}, false},
		{"meeting a spending target is no meeting",
			"Last week, the US president floated the idea of suspending Canada from the alliance over its refusal to meet the spending target.",
			"CONSULT", []string{"CAN", "USA"}, false},
		{"meeting a goal is no meeting",
			"France's president talked about dropping Italy from the group over its failure to meet the defence spending goal.",
			"CONSULT", []string{"FRA", "ITA"}, false},
		{"meeting its obligations is no meeting",
			"France told Iran on Monday that it should keep meeting its obligations under the treaty.",
			"REQUEST", []string{"FRA", "IRN"}, false},
		{"meeting a leader stays a meeting",
			"The Polish president will meet the Canadian prime minister in Ottawa on Monday to discuss spending targets.",
			"CONSULT", []string{"CAN", "POL"}, true},
	})
}
