package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass over wire forms (stop 23), event types: ways news English
// tells an act whose type the lexicon missed or got wrong. The sentences
// are written for this test; each rule has two that it must code and one
// it must leave alone.
func TestWireFormsFifthPassTypes(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "ordering a country to close its consulate is a sanction against that country",
			body: "Canada on Tuesday ordered Russia to close its consulate in Montreal within a week.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "RUS"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REQUEST"}},
		{rule: "'demanding that X close its embassy' is the sanction, not a request",
			body: "Poland escalated the row by demanding that Belarus close its embassy in Warsaw.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "POL"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"REQUEST"}},
		{rule: "'ordered the closure of the Turkish consulate' names the mission's country as the target",
			body: "Greece on Monday ordered the closure of the Turkish consulate in Thessaloniki.",
			want: []expect{{typ: "SANCTION", countries: []string{"GRC", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "protesters gathering close to an embassy close nothing",
			body:     "Hundreds of protesters gathered close to the Russian embassy in Vilnius on Monday.",
			notTypes: []string{"SANCTION"}},
	}
	runRuleCases(t, pub, tests)
}
