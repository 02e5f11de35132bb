package coder

import "testing"

// Nineteenth pass (stop 37), extras: an operation launched or forces
// mobilised for a relief mission are no attack or mobilization against the
// country helped; an assault told beside humanitarian convoys stays. The
// sentences are written for this test.
func TestWireFormsNineteenthPassReliefMission(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"forces mobilised for relief are no mobilization",
			"Brazilian and Argentine military mobilised for humanitarian relief in Bolivia after the floods.",
			"MOBILIZE", []string{"ARG", "BRA"}, false},
		{"troops sent for relief are no mobilization",
			"Chile sent troops to Peru on Monday for humanitarian relief after the floods.",
			"MOBILIZE", []string{"CHL", "PER"}, false},
		{"an assault beside humanitarian convoys stays",
			"Russian troops launched an assault on Ukrainian positions as humanitarian convoys waited at the border.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
	})
}
