package coder

import "testing"

// Seventeenth pass (stop 35): after a singular "that" or "this", a name and
// a verb form in -s are the subject and verb of a reported clause
// ("announced that France recognizes ..."), not an act noun named after a
// place ("that Pahalgam attack"). The sentences are written for this test.
func TestWireFormsSeventeenthPassThatClause(t *testing.T) {
	tests := []struct {
		rule, body, typ string
		cs              []string
	}{
		{"said that X rejects",
			"The spokesman said on Friday that Poland rejects Russia's demands for talks.",
			"REJECT", []string{"POL", "RUS"}},
		{"said that X condemns",
			"The ministry said that Japan condemns North Korea's latest missile launch.",
			"ACCUSE", []string{"JPN", "PRK"}},
		{"announced that X recognizes",
			"The president announced that Chile recognizes the State of Palestine.",
			"SUPPORT", []string{"CHL", "PSE"}},
		// A bare act noun after "that" stays the noun: still one ACCUSE.
		{"that with a bare act noun stays a noun",
			"India has accused Pakistan of planning that Pahalgam attack, officials said.",
			"ACCUSE", []string{"IND", "PAK"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			codedOne(t, art(tt.body, "2025-05-20"), tt.typ, tt.cs)
		})
	}
}
