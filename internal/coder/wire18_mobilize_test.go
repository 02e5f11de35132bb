package coder

import "testing"

// Twentieth pass (stop 38), type: a deployment a government announces is
// its own mobilization, planned ("will send troops to Libya to support
// the government", "would deploy more troops to Belarus"), as a
// withdrawal or a sanction decided is; an attack announced is still a
// threat. The sentences are written for this test.
func TestWireFormsTwentiethPassAnnouncedMobilization(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops to be sent to support a government are a mobilization",
			"Turkey will send troops to Libya next week to support the government in Tripoli.",
			"MOBILIZE", []string{"LBY", "TUR"}, true},
		{"the announced deployment is no threat",
			"Turkey will send troops to Libya next week to support the government in Tripoli.",
			"THREATEN", []string{"LBY", "TUR"}, false},
		{"a deployment said in the conditional is a mobilization",
			"Russia said it would deploy more troops to Belarus next month.",
			"MOBILIZE", []string{"BLR", "RUS"}, true},
		{"an attack announced is still a threat",
			"Iran said it will attack Israel if the strikes continue.",
			"THREATEN", []string{"IRN", "ISR"}, true},
	})
}
