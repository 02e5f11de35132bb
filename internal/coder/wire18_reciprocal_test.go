package coder

import (
	"slices"
	"testing"
)

// Eighteenth pass (stop 36): a measure answered in kind ("retaliated by
// expelling", "in response") is a second event of the same two countries,
// not the first told again; a measure told twice by the same side stays
// one. The sentences are written for this test.
func TestWireFormsEighteenthPassAnsweredMeasure(t *testing.T) {
	cases := []struct {
		rule, body, typ string
		cs              []string
		n               int
	}{
		{"an expulsion answered by retaliation is two events",
			"Poland expelled two Belarusian diplomats. Belarus retaliated by expelling two Polish diplomats.",
			"SANCTION", []string{"BLR", "POL"}, 2},
		{"an expulsion answered in response is two events",
			"Chile expelled the Peruvian ambassador. Peru expelled the Chilean ambassador in response.",
			"SANCTION", []string{"CHL", "PER"}, 2},
		{"an expulsion told twice by the same side is one event",
			"Poland expelled two Belarusian diplomats. Poland expelled the Belarusian diplomats in response to spying.",
			"SANCTION", []string{"BLR", "POL"}, 1},
		{"charges traded are not split by the rule of measures",
			"Poland accused Belarus of spying. Belarus accused Poland of lying in response.",
			"ACCUSE", []string{"BLR", "POL"}, 1},
	}
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, "2025-06-01"), Options{})
			n := 0
			for _, e := range evs {
				if e.Type == tt.typ && slices.Equal(e.Countries(), tt.cs) {
					n++
				}
			}
			if n != tt.n {
				t.Errorf("got %d %s events of %v, want %d: %s", n, tt.typ, tt.cs, tt.n, summary(evs))
			}
		})
	}
}
