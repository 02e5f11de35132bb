package coder

import "testing"

// Twenty-sixth pass (stop 44, sentences written for this test): a state
// that intercepts missiles, rockets or drones was fired on; the weapons'
// state fired them (intercept44.go, cues.tsv).
func TestInterceptedWeaponRoles(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Qatar intercepted the Iranian missiles on Monday.", "IRN", "QAT"},
		{"Poland intercepted Russian drones over its territory on Wednesday.", "RUS", "POL"},
		{"Israel intercepted a missile fired from Yemen on Wednesday.", "YEM", "ISR"},
		{"Ukraine said it had intercepted 40 Russian drones overnight.", "RUS", "UKR"},
		{"The Iranian missiles were intercepted by Qatari air defences.", "IRN", "QAT"},
	}
	for _, tt := range tests {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "ASSAULT", tt.source, tt.target)
	}
}

// Jets and ships that are intercepted are met in the air or at sea, not
// fired on: no attack.
func TestInterceptedCraftNoAttack(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"jets intercepted over a third state were met, not attacked",
			"Italian jets intercepted the Russian jets over Estonia.",
			"ASSAULT", []string{"ITA", "RUS"}, false},
		{"a fishing boat intercepted by officials was stopped, not attacked",
			"Ecuadorian officials intercepted a Chinese fishing vessel on Sunday.",
			"ASSAULT", []string{"CHN", "ECU"}, false},
	})
}
