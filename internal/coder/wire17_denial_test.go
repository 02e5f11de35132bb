package coder

import "testing"

// Seventeenth pass (stop 35), refusals: a country's charges stand for the
// country, as its offers and requests do, so a denial of "the Czech
// accusations" answers the Czech Republic. The sentences are written for
// this test.
func TestWireFormsSeventeenthPassDenial(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a denial of a country's accusations answers that country",
			"The Russian embassy on Tuesday rejected the Polish accusations as absurd.",
			"REJECT", []string{"POL", "RUS"}, true},
		{"a dismissal of a country's allegations answers that country",
			"Beijing on Monday dismissed the Japanese allegations as groundless.",
			"REJECT", []string{"CHN", "JPN"}, true},
		{"a denial of one allegation answers the country that made it",
			"Iran denied the British allegation on Friday.",
			"REJECT", []string{"GBR", "IRN"}, true},
		{"a denial of accusations by no country names no other side",
			"Moscow on Tuesday rejected the accusations as absurd.",
			"REJECT", []string{"POL", "RUS"}, false},
		{"a charge made with another's allegations does not pair their country",
			"Washington accused Tehran of the attack on Sunday, citing Saudi allegations.",
			"ACCUSE", []string{"SAU", "USA"}, false},
	})
}
