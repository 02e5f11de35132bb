package coder

import "testing"

// Nineteenth pass (stop 37), extras: what an expert, an analyst or an
// observer says or believes an act means is a reading, not an act the
// page reports; an act told before ", analysts said" stays. The sentences
// are written for this test.
func TestWireFormsNineteenthPassExpertReading(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an expert's reading after his name is no act",
			"A Chilean political expert, Ana Rojas, said Bolivia had been pushed by Peru into accepting the terms.",
			"AGREE", []string{"BOL", "PER"}, false},
		{"analysts' reading of a visit is no act",
			"Analysts say the visit is meant to show that Russia backs Serbia in its dispute with Kosovo.",
			"SUPPORT", []string{"RUS", "SRB"}, false},
		{"an act told before analysts said stays",
			"Peru imposed new tariffs on Chilean wine on Monday, analysts said.",
			"SANCTION", []string{"CHL", "PER"}, true},
	})
}
