package coder

import "testing"

// Seventeenth pass (stop 35, the at family): a gulf named after a country
// is a sea, a setting and never a party. "Over the Gulf of Finland" tells
// where Russian jets flew, not that Finland took part; "renamed the Gulf
// of Mexico" names no act done to Mexico. A country named on its own
// stays a party. The sentences are written for this test.
func TestWireFormsSeventeenthPassGulfNames(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a gulf named after a country is no side of an incursion",
			"Russian warplanes violated Estonian airspace over the Gulf of Finland on Tuesday.",
			"ASSAULT", []string{"EST", "FIN", "RUS"}, false},
		{"the incursion keeps its two sides",
			"Russian warplanes violated Estonian airspace over the Gulf of Finland on Tuesday.",
			"ASSAULT", []string{"EST", "RUS"}, true},
		{"a gulf named after a country is the place of a seizure, no side",
			"Iran seized a Greek tanker in the Gulf of Oman on Monday.",
			"COERCE", []string{"GRC", "IRN"}, true},
		{"the country named on its own is still a side",
			"Russian warplanes violated the airspace of Finland on Tuesday.",
			"ASSAULT", []string{"FIN", "RUS"}, true},
	})
}
