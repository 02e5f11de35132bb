package coder

import "testing"

// Fifteenth pass (stop 33): a visit's host and traveller act for a state. A
// crowd's welcome and a thing that "heads to" a court are no visit. The
// sentences are written for this test.
func TestWireFormsFifteenthPassCrowds(t *testing.T) {
	none := []struct {
		rule string
		body string
	}{
		{"fans from several countries greet a singer",
			"Hundreds of fans from Brazil, Argentina and Chile greeted the band at Lisbon airport on Tuesday, singing and waving banners."},
		{"fans with an aside between dashes",
			"Supporters of the club — many of them from Poland and Germany — welcomed the players at the airport on Sunday night."},
		{"lawsuits head to a foreign court",
			"India pharma suits head to U.S. courts as drugmakers fight over generic copies."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			if evs := Code(art(tt.body, "2025-05-20"), Options{}); len(evs) != 0 {
				t.Errorf("got %s, want nothing", summary(evs))
			}
		})
	}
	t.Run("a leader who greets a guest hosts him", func(t *testing.T) {
		codedOne(t, art("Cheered by crowds, Indian Prime Minister Narendra Modi greeted Japanese Prime Minister Shigeru Ishiba at the airport in New Delhi on Tuesday.", "2025-05-20"), "CONSULT", []string{"IND", "JPN"})
	})
}
