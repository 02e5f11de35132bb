package coder

import "testing"

// Sixteenth pass (stop 34): an attack on a group the tables place in no
// country is an attack on the territory of the state it is struck in, as
// "militant targets in Libya" already was; struck in the attacker's own
// country it has no state as target. The sentences are written for this
// test.
func TestWireFormsSixteenthPassStatelessTarget(t *testing.T) {
	tests := []struct {
		rule string
		body string
		cs   []string
		want bool
	}{
		{"a named group's positions abroad",
			"Jordanian warplanes bombed Islamic State positions in Syria on Thursday.",
			[]string{"JOR", "SYR"}, true},
		{"a named group's targets abroad, air force as the attacker",
			"The Egyptian air force struck Islamic State targets in Libya on Monday, the army said.",
			[]string{"EGY", "LBY"}, true},
		{"the attacker's own country gives no target",
			"Iraqi forces struck Islamic State positions in Iraq on Thursday.",
			[]string{"IRQ"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, "ASSAULT", tt.cs, tt.want, Options{KeepOneSided: true})
		})
	}
}
