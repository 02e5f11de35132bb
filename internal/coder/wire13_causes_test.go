package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), the countries named in an act's cause. The
// sentences are written for these tests.

// A country named in the phrase of cause an act opens with "over" is what
// the act is about, no side of it, when the act names two sides without
// it (causes13.go).
func TestWireFormsThirteenthPassCauses(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "the victim of the killing an expulsion answers is no side",
			body: "OSLO, March 6, 2024 (AP) — Norway expelled three Iranian diplomats on Tuesday over the murder of a Danish journalist in Oslo last year.",
			want: []expect{{typ: "SANCTION", countries: []string{"IRN", "NOR"}, status: event.Occurred, notActor: "DNK"}}},
		{rule: "the partner of the support a summons is over is no side",
			body: "WASHINGTON, March 6, 2024 (AP) — Washington summoned the Chinese ambassador on Wednesday over Beijing's support for Russia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "USA"}, status: event.Occurred, notActor: "RUS"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{})
			checkWanted(t, evs, tt.want)
			for _, e := range evs {
				if len(e.Countries()) > 2 {
					t.Errorf("a cause made a party: %s %v", e.Type, e.Countries())
				}
			}
		})
	}
	t.Run("left alone: a cause that names the only other side names the target", func(t *testing.T) {
		body := "BRUSSELS, March 6, 2024 (AP) — The European Union imposed new sanctions on Thursday over Belarus's crackdown on the opposition."
		found := false
		// The rule is tested, not the learned filter's score of the event.
		for _, e := range Code(art(body, ""), Options{NoLearnedFilter: true}) {
			found = found || e.Type == "SANCTION" && slices.Contains(e.Countries(), "BLR")
		}
		if !found {
			t.Error("Belarus lost as the one sanctioned")
		}
	})
	t.Run("left alone: over a number of diplomats", func(t *testing.T) {
		body := "WARSAW, March 6, 2024 (AP) — Poland expelled over 20 Russian diplomats on Tuesday."
		codedOne(t, art(body, ""), "SANCTION", []string{"POL", "RUS"})
	})
}
