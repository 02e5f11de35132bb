package coder

import "testing"

// TestWireFormsTwentySecondPassTroopArrival: troops told by their arrival
// in another country are deployed there, not on a visit (troops20.go).
// Sentences written for this test.
func TestWireFormsTwentySecondPassTroopArrival(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"plane carrying soldiers", "A plane carrying 150 Russian soldiers arrived in Caracas on Saturday.",
			"MOBILIZE", []string{"RUS", "VEN"}, true},
		{"troops arrived", "Two hundred Chadian troops arrived in northern Cameroon on Sunday to fight Boko Haram.",
			"MOBILIZE", []string{"CMR", "TCD"}, true},
		{"contingent from", "A contingent of soldiers from Chad has arrived in northern Cameroon, a spokesman said on Sunday.",
			"MOBILIZE", []string{"CMR", "TCD"}, true},
		{"carrying after the verb", "Two Russian air force planes landed in Venezuela on Saturday carrying nearly 100 troops.",
			"MOBILIZE", []string{"RUS", "VEN"}, true},
		{"carrying after the verb, no visit", "Two Russian air force planes landed in Venezuela on Saturday carrying nearly 100 troops.",
			"CONSULT", []string{"RUS", "VEN"}, false},
		{"aid flight stays aid", "Indian aircraft carrying medical equipment and soldiers landed in Nepal on Monday.",
			"MOBILIZE", []string{"IND", "NPL"}, false},
		{"officials still visit", "The Russian defence minister arrived in Caracas on Saturday for talks with Maduro.",
			"CONSULT", []string{"RUS", "VEN"}, true},
		{"a commander visits", "The Russian air force chief arrived in Caracas on Monday for talks.",
			"MOBILIZE", []string{"RUS", "VEN"}, false},
	})
}
