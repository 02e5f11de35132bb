package coder

import "testing"

// Nineteenth pass (stop 37), vocabulary: a country that would face
// tariffs or sanctions if it does something is threatened with them; a
// tariff faced from a given day is no threat. The sentences are written
// for this test.
func TestWireFormsNineteenthPassFaceThreat(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tariffs faced if a deal is made",
			"The Mexican president said on Friday that Guatemala would face tariffs on its coffee if it signed the accord with Honduras.",
			"THREATEN", []string{"GTM", "MEX"}, true},
		{"sanctions faced unless prisoners are freed",
			"Brazil's foreign minister said on Tuesday that Venezuela could face new sanctions unless it freed the prisoners.",
			"THREATEN", []string{"BRA", "VEN"}, true},
		{"tariffs faced from a given day are no threat",
			"Chilean exporters will face tariffs of 25% in Argentina from Monday.",
			"THREATEN", []string{"ARG", "CHL"}, false},
	})
}
