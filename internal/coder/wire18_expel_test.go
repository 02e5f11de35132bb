package coder

import "testing"

// Eighteenth pass (stop 36): envoys ordered, given a time or an ultimatum
// to leave are expelled by the one who orders, however long the words
// that name them; a government's own staff told to leave are not; diplomats
// evicted and a state's agents expelled are a sanction too. The sentences
// are written for this test.
func TestWireFormsEighteenthPassExpulsion(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"embassy officials ordered to leave are expelled",
			"Hungary ordered nine Serbian embassy officials to leave the country within 72 hours on Monday.",
			"SANCTION", []string{"HUN", "SRB"}, true},
		{"embassy officials ordered to leave do not retreat",
			"Hungary ordered nine Serbian embassy officials to leave the country within 72 hours on Monday.",
			"RETREAT", []string{"HUN", "SRB"}, false},
		{"a time given to the staff of an embassy to leave is an expulsion",
			"Ghana gave 24 hours to three employees of the Nigerian embassy to leave the country on Friday.",
			"SANCTION", []string{"GHA", "NGA"}, true},
		{"an ultimatum for diplomats to leave is an expulsion",
			"Kenya issued a 48-hour ultimatum for two Somali diplomats to leave its territory on Sunday.",
			"SANCTION", []string{"KEN", "SOM"}, true},
		{"envoys who were all ordered to leave are expelled by the country they leave",
			"The Nigerian ambassador and the Nigerian consul were all ordered to leave Togo within 72 hours on Tuesday.",
			"SANCTION", []string{"NGA", "TGO"}, true},
		{"a government ordering its own embassy staff to leave expels no one",
			"The United States ordered its embassy staff to leave Sudan on Saturday.",
			"SANCTION", []string{"SDN", "USA"}, false},

		{"diplomats evicted are expelled",
			"Zambia evicted two senior Malawian diplomats on Friday.",
			"SANCTION", []string{"MWI", "ZMB"}, true},
		{"a state's agents expelled are a sanction",
			"Iran expelled five Azerbaijani agents stationed in Tehran on Sunday.",
			"SANCTION", []string{"AZE", "IRN"}, true},
		{"migrants evicted are no sanction",
			"Greek police evicted Turkish migrants from the camp on Monday.",
			"SANCTION", []string{"GRC", "TUR"}, false},
	})
}
