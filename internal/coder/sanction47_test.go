package coder

import "testing"

// Twenty-ninth pass (stop 47, sanctions written by hand): an envoy
// withdrawn from a capital is recalled from the state it stands for;
// consuls are recalled as ambassadors are; a representation downgraded or
// a number of diplomats cut downgrades ties. The sentences are written
// for this test.
func TestWithdrawnEnvoyTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "Kuwait withdrew its ambassador from Beirut on Monday.", "SANCTION", "KWT", "LBN")
	checkRoles45(t, "Sudan pulled its envoys from Tripoli after the attack.", "SANCTION", "SDN", "LBY")
	checkCodedCases(t, []codedCase{
		{"money withdrawn is no recall",
			"The Kuwaiti minister withdrew his money from Beirut banks.",
			"SANCTION", []string{"KWT", "LBN"}, false},
	})
}

func TestRecalledConsulsTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "The Kenyan foreign ministry has recalled its consuls to Tanzania.", "SANCTION", "KEN", "TZA")
	checkRoles45(t, "Saudi Arabia recalled its consul-general in Istanbul on Tuesday.", "SANCTION", "SAU", "TUR")
	checkCodedCases(t, []codedCase{
		{"a consul remembered is no recall",
			"The Kenyan minister recalled meeting the Tanzanian consul in Mombasa.",
			"SANCTION", []string{"KEN", "TZA"}, false},
	})
}

func TestDowngradedRepresentationTwentyNinthPass(t *testing.T) {
	checkRoles45(t, "The Emirati government said it was downgrading its diplomatic representation in Tehran.", "SANCTION", "ARE", "IRN")
	checkRoles45(t, "Jordan said it was reducing the number of Syrian diplomats in the country.", "SANCTION", "JOR", "SYR")
	checkCodedCases(t, []codedCase{
		{"a firm's staff cut is no measure",
			"The Kenyan bank reduced the number of its staff in Kampala.",
			"SANCTION", []string{"KEN", "UGA"}, false},
		{"a military presence cut stays a withdrawal",
			"Japan reduced its military presence in Djibouti.",
			"RETREAT", []string{"DJI", "JPN"}, true},
	})
}
