package coder

import "testing"

// Seventeenth pass (stop 35), charges: a protest one government hands
// another is a formal complaint, not a crowd in the street, and the idioms
// of a verbal counter-attack ("hit back at", "hit out at", "called out ...
// for") are charges aimed at the country after "at" or the object. The
// sentences are written for this test.
func TestWireFormsSeventeenthPassAccuse(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a protest note handed over is a charge",
			"Vilnius handed Minsk a formal protest note over the border incident on Tuesday.",
			"ACCUSE", []string{"BLR", "LTU"}, true},
		{"a strong protest made known to an envoy is a charge",
			"The Greek envoy was informed of Turkey's strong protest over the arrests on Monday.",
			"ACCUSE", []string{"GRC", "TUR"}, true},
		{"a note of protest is a charge",
			"Chile sent Bolivia a note of protest over the border closure on Friday.",
			"ACCUSE", []string{"BOL", "CHL"}, true},
		{"a street protest outside an embassy is still a protest",
			"Hundreds of Serbians held a protest outside the Croatian embassy in Belgrade on Sunday.",
			"ACCUSE", []string{"HRV", "SRB"}, false},

		{"hitting back at a country for a tariff is a charge",
			"Brazil on Thursday hit back at the United States for raising tariffs on its steel.",
			"ACCUSE", []string{"BRA", "USA"}, true},
		{"hitting out at a country is a charge",
			"Poland hit out at Germany over the pipeline deal on Monday.",
			"ACCUSE", []string{"DEU", "POL"}, true},
		{"calling a country out for its conduct is a charge",
			"The French president called out Italy for its treatment of migrants on Friday.",
			"ACCUSE", []string{"FRA", "ITA"}, true},
		{"lashing out at a country names it the one charged",
			"Canada lashed out at China over the detention of its citizens on Monday.",
			"ACCUSE", []string{"CAN", "CHN"}, true},
		{"striking back at militants is force, not a charge",
			"Nigeria strikes back at Boko Haram militants in Chad, killing dozens.",
			"ACCUSE", []string{"NGA", "TCD"}, false},
		{"meeting at a place is no charge",
			"The Indian minister met his Chinese counterpart at Beijing on Monday.",
			"ACCUSE", []string{"CHN", "IND"}, false},
	})
}
