package coder

import "testing"

// Seventeenth pass (stop 35): a duty, in the singular, is a tax on another
// country's goods when it is imposed, slapped, raised or put on them, as
// duties and tariffs are; a duty-free quota and a duty of a country's own
// stay no act. The sentences are written for this test.
func TestWireFormsSeventeenthPassDuty(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a duty imposed on a country's goods",
			"Washington imposed a 30 percent duty on Japanese steel on Monday.",
			"SANCTION", []string{"JPN", "USA"}, true},
		{"a duty raised on a country's goods",
			"India raised the duty on American almonds on Friday.",
			"SANCTION", []string{"IND", "USA"}, true},
		{"a duty-free quota",
			"Japan announced a duty-free quota for Thai rice on Monday.",
			"SANCTION", []string{"JPN", "THA"}, false},
		{"a moral duty",
			"The minister said Britain has a moral duty towards Ukraine.",
			"SANCTION", []string{"GBR", "UKR"}, false},
	})
}
