package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27), pages that coded nothing: a country's people and
// craft told by a singular noun ("Gaza: One Palestinian was shot", "an
// American was detained", "shot down a Ukrainian jetliner"), and an act
// owned to as a gerund ("admitted shooting down"). The sentences are
// written for this test.
func TestWireFormsNinthPassPeople(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'Hebron: One Palestinian was shot dead by Israeli soldiers': the numeral is no first name, the Palestinian a side",
			body: "Hebron: One Palestinian was shot dead by Israeli soldiers on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "PSE"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "'detained an American' names the American's country",
			body: "North Korea detained an American at the border on Monday, state media said.",
			want: []expect{{typ: "COERCE", countries: []string{"PRK", "USA"}, status: event.Occurred}}},
		{rule: "'admitted shooting down a Georgian airliner' is an attack done, on Georgia's airliner",
			body: "Russia on Monday admitted shooting down a Georgian airliner near Sukhumi.",
			want: []expect{{typ: "ASSAULT", countries: []string{"GEO", "RUS"}, status: event.Occurred}}},
		{rule: "leave alone: a denied shooting is no attack",
			body:     "Russia on Monday denied shooting down a Georgian airliner near Sukhumi.",
			notTypes: []string{"ASSAULT", "THREATEN"}},
		{rule: "leave alone: a demonym before a noun of things names no side",
			body:     "One Japanese carmaker opened a plant in Texas on Monday.",
			notTypes: []string{"AID", "COOPERATE", "CONSULT"}},
	}
	runRuleCases(t, pub, tests)
}
