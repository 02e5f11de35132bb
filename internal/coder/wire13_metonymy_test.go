package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), a city named as what a blow, a measure or a
// warning is aimed at (actors/places.go, aimedAt). The sentences are
// written for these tests.

// A capital or a city after a noun of a blow or a measure and "on", or
// after a noun of a warning and "to", stands for its country: the target.
func TestWireFormsThirteenthPassAimedAtCity(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "air strikes on a capital",
			body: "CAIRO, March 6, 2024 (AP) — Israeli warplanes carried out air strikes on Beirut on Tuesday, the army said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "LBN"}, status: event.Occurred}}},
		{rule: "tariffs on a capital",
			body: "WASHINGTON, March 6, 2024 (AP) — The United States imposed fresh tariffs on Beijing on Wednesday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHN", "USA"}, status: event.Occurred}}},
		{rule: "a warning to a capital",
			body: "LONDON, March 6, 2024 (AP) — The British prime minister issued a blunt warning to Moscow on Thursday.",
			want: []expect{{typ: "THREATEN", countries: []string{"GBR", "RUS"}, status: event.Occurred}}},
		{rule: "a city named with its country after the strikes",
			body: "CAIRO, March 6, 2024 (AP) — Israeli jets launched fresh air strikes on Sanaa, Yemen, overnight.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "YEM"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{}), tt.want)
		})
	}
	t.Run("left alone: a city where an attack happens, after in", func(t *testing.T) {
		body := "ISTANBUL, March 6, 2024 (AP) — Turkish police said a bomb attack in Baghdad killed five people on Tuesday."
		for _, e := range Code(art(body, ""), Options{}) {
			if slices.Contains(e.Countries(), "IRQ") {
				t.Errorf("the place of an attack made a party: %s %v", e.Type, e.Countries())
			}
		}
	})
	t.Run("left alone: a capital on the other side of a visit", func(t *testing.T) {
		body := "NEW DELHI, March 6, 2024 (AP) — India's prime minister will travel to Moscow next week, officials said."
		for _, e := range Code(art(body, ""), Options{}) {
			if e.Type == "THREATEN" || e.Type == "ASSAULT" || e.Type == "SANCTION" {
				t.Errorf("a hostile act from a visit: %s %v", e.Type, e.Countries())
			}
		}
	})
}
