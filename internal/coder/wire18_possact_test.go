package coder

import "testing"

// Nineteenth pass (stop 37): an act told as the doer's "decision to" or
// "plan to" with its victim in the infinitive's object is coded apart
// from the reaction that names it. The sentences are written for this
// test.
func TestWireFormsNineteenthPassPossAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a decision to expel, condemned by the victim",
			"Lima condemned on Monday Chile's decision to expel two Peruvian diplomats.",
			"SANCTION", []string{"CHL", "PER"}, true},
		{"a decision told in a comparison",
			"Spain recalled its envoy, mirroring Morocco's earlier decision to expel three Spanish officials.",
			"SANCTION", []string{"ESP", "MAR"}, true},
		{"an imposing verb with no measure is no sanction",
			"Canberra criticised Jakarta's decision to impose new rules on Australian students.",
			"SANCTION", []string{"AUS", "IDN"}, false},
	})
}
