package coder

import "testing"

// Seventeenth pass (stop 35): an opinion piece keeps an act that its
// sentence dates at the opening and tells as done, even when its cue is
// not among the firmest; the column's undated or hedged acts stay out.
// The sentences are written for this test.
func TestWireFormsSeventeenthPassOpinionDated(t *testing.T) {
	tests := []struct {
		rule, body, typ string
		cs              []string
		opinion, want   bool
	}{
		{"a strike dated at the opening of a column",
			"On New Year's Eve, while the town slept, the French president approved a drone strike on suspected militant hideouts in Kidal, Mali.",
			"ASSAULT", []string{"FRA", "MLI"}, true, true},
		{"tariffs dated at the opening of a column",
			"Australia and China have quarrelled for years. In May, Beijing retaliated by imposing 80 per cent tariffs on barley and wine.",
			"SANCTION", []string{"AUS", "CHN"}, true, true},
		{"a strike the column does not date",
			"The French president approved a drone strike on suspected militant hideouts in Kidal, Mali.",
			"ASSAULT", []string{"FRA", "MLI"}, true, false},
		{"a hedged retaliation dated at the opening",
			"Australia and China have quarrelled for years. In May, Beijing may retaliate by imposing 80 per cent tariffs on barley and wine.",
			"SANCTION", []string{"AUS", "CHN"}, true, false},
		{"the same undated strike in a report",
			"The French president approved a drone strike on suspected militant hideouts in Kidal, Mali.",
			"ASSAULT", []string{"FRA", "MLI"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, tt.want, Options{opinionPage: tt.opinion})
		})
	}
}
