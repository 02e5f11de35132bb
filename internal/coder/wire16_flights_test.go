package coder

import "testing"

// Sixteenth pass (stop 34): a ban on flights or airlines between two
// countries is a sanction, as a ban on goods is. The sentences are
// written for this test.
func TestWireFormsSixteenthPassFlightBan(t *testing.T) {
	tests := []struct {
		rule string
		body string
		cs   []string
		want bool
	}{
		{"banned its airlines from flying to",
			"Russia on Friday banned its airlines from flying to Moldova from next month.",
			[]string{"MDA", "RUS"}, true},
		{"suspended flights to",
			"Saudi Arabia suspended all flights to Qatar on Monday, the aviation authority said.",
			[]string{"QAT", "SAU"}, true},
		{"an airline's own suspension is no sanction between states",
			"The airline suspended flights to Bali on Monday because of the volcano.",
			[]string{"IDN"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, "SANCTION", tt.cs, tt.want, Options{KeepOneSided: true})
		})
	}
}
