package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), threats told as a warning of consequences: a
// hostile act its own side says it may do is a threat; the goods a
// threatened boycott falls on name the country threatened (threats13.go).
// The sentences are written for these tests.

func TestWireFormsThirteenthPassThreats(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "an operation its own leader says his country may launch is a threat",
			body: "ANKARA, March 3, 2025 (AP) — Turkey may launch a military operation in northern Iraq within days, President Recep Tayyip Erdogan said on Monday.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRQ", "TUR"}, status: event.Occurred}}},
		{rule: "sanctions an envoy says his government could impose are a threat",
			body: "MOSCOW, March 3, 2025 (AP) — Russia's ambassador said on Tuesday that Moscow could impose sanctions on Moldova if it closes the cultural centre.",
			want: []expect{{typ: "THREATEN", countries: []string{"MDA", "RUS"}, status: event.Occurred}}},
		{rule: "a boycott of a country's goods names the country threatened",
			body: "BEIJING, March 3, 2025 (AP) — A Chinese official warned on Tuesday that the visit could lead to a consumer boycott of Canadian wine.",
			want: []expect{{typ: "THREATEN", countries: []string{"CAN", "CHN"}, status: event.Occurred}}},
		{rule: "a boycott its own side may call is a threat, aimed at the goods' country",
			body: "BEIJING, March 3, 2025 (AP) — China's foreign ministry suggested on Monday that Chinese shoppers may boycott Japanese cars over the island dispute.",
			want: []expect{{typ: "THREATEN", countries: []string{"CHN", "JPN"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			checkWanted(t, evs, tt.want)
		})
	}
	left := []struct{ rule, body string }{
		{rule: "an analyst's forecast of another side's act is no threat",
			body: "ANKARA, March 3, 2025 (AP) — Analysts said on Monday that Turkey could launch a military operation in northern Iraq within days."},
		{rule: "one country's forecast of another's act is no threat",
			body: "WASHINGTON, March 3, 2025 (AP) — The United States said on Monday that Iran could attack shipping in the Gulf."},
	}
	for _, tt := range left {
		t.Run("left alone: "+tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			if slices.ContainsFunc(evs, func(e event.Event) bool { return e.Type == "THREATEN" || e.Type == "ASSAULT" }) {
				t.Errorf("a threat or an attack in %s", summary(evs))
			}
		})
	}
}
