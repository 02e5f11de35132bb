package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eleventh pass (stop 29), the side an act falls on. The sentences are
// written for these tests.

// A directed act falls on the side its object names, one list of names; a
// country named later past a preposition, a dash, a colon or a verb is a
// side of what that phrase tells (targets11.go).
func TestWireFormsEleventhPassTargets(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "a demand after a colon names no second target",
			body: "WASHINGTON, March 3, 2024 (AP) — Brazil on Monday issued a warning to Venezuela: settle the border dispute with Guyana within a month or face new tariffs.",
			want: []expect{{typ: "THREATEN", countries: []string{"BRA", "VEN"}, status: event.Occurred, notActor: "GUY"}}},
		{rule: "a country after 'during' and another act's noun is no target of the strike",
			body: "KYIV, March 3, 2024 (AP) — Romania shot down two Russian drones over its territory on Sunday during a wave of overnight strikes on Ukraine.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ROU", "RUS"}, status: event.Occurred, notActor: "UKR"}}},
		{rule: "a passive's subject is the object; a country past 'during' does not join it",
			body: "BUCHAREST, March 3, 2024 (AP) — Two Russian drones were shot down by Romanian jets over the Black Sea on Sunday during a night of strikes on Ukraine.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ROU", "RUS"}, status: event.Occurred, notActor: "UKR"}}},
		{rule: "a second victim named past a description of the first ('head of') is left to that description",
			body: "BEIRUT, March 3, 2024 (AP) — An Israeli strike killed Iranian general Hassan Amini, head of a Revolutionary Guards unit, and Syrian militia leader Omar Haddad in Damascus on Sunday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "ISR"}, status: event.Occurred, notActor: "SYR"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{KeepOneSided: true}), tt.want)
		})
	}
	t.Run("left alone: a list of targets joined by 'and' and an apposition", func(t *testing.T) {
		body := "WASHINGTON, March 3, 2024 (AP) — The United States on Monday warned both Hezbollah and its main backer, Iran, against any attack on Israeli towns."
		checkWanted(t, Code(art(body, ""), Options{KeepOneSided: true}),
			[]expect{{typ: "THREATEN", countries: []string{"IRN", "LBN", "USA"}, status: event.Occurred}})
	})
}
