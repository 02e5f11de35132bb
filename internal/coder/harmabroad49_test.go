package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a charge over a harm a state's organs did to the accuser's
// people or premises in another country falls on that country
// (harmAbroadSide). The sentences are written for this test.
func TestHarmAbroadNamesTheHost(t *testing.T) {
	runRuleCases(t, "2020-06-22", []ruleCase{
		{rule: "an embassy's quarters demolished", anyOf: true,
			body: "Kenya's foreign ministry has strongly condemned the demolition of the Kenyan embassy's staff quarters in Kampala, Uganda.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "a citizen executed", anyOf: true,
			body: "The Philippine government expressed its outrage at the execution of a Filipino worker in Saudi Arabia on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"PHL", "SAU"}, status: event.Occurred}}},
		{rule: "an attack on the accuser's consulate", anyOf: true,
			body: "Pakistan's foreign ministry condemned the attack on its consulate in Jalalabad, Afghanistan, on Saturday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"AFG", "PAK"}, status: event.Occurred}}},
	})
	// A terror attack is the attackers', not the host's.
	for _, e := range Code(art("Spain condemned the terror attack in Jerusalem that killed six people, including a Spanish national.", "2020-06-22"), Options{KeepOneSided: true}) {
		for _, c := range e.Countries() {
			if c == "ISR" {
				t.Errorf("got %s %v: the host of a terror attack is no side of the charge", e.Type, e.Countries())
			}
		}
	}
}
