package coder

import "testing"

// Nineteenth pass (stop 37), extras: the act after "instead of", "rather
// than" or "in lieu of" is the one left undone; an act before the phrase
// stays. The sentences are written for this test.
func TestWireFormsNineteenthPassInsteadOf(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a refusal after instead of is no refusal",
			"Instead of rejecting Peru's request outright, Chile could use the talks to reset its ties with Lima.",
			"REJECT", []string{"CHL", "PER"}, false},
		{"sanctions after rather than are no sanctions",
			"Rather than imposing sanctions on Peru, Chile said it would wait for the court.",
			"SANCTION", []string{"CHL", "PER"}, false},
		{"an agreement after in lieu of is no agreement",
			"In lieu of a formal agreement with Chile, Peru will rely on its courts.",
			"AGREE", []string{"CHL", "PER"}, false},
		{"the act before instead of stays",
			"Chile rejected Peru's request on Monday instead of waiting for the summit.",
			"REJECT", []string{"CHL", "PER"}, true},
	})
}
