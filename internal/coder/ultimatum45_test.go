package coder

import "testing"

// Stop 45: a time given to disarm or dismantle is a demand of the giver,
// not a RETREAT (ultimatum45.go). Sentences written for these tests.
func TestWireFormsStop45Ultimatum(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a time given to dismantle is no retreat",
			"Pyongyang gave Seoul 48 hours to dismantle its loudspeakers or face military action.",
			"RETREAT", []string{"KOR", "PRK"}, false},
		{"a time given to disarm is no retreat",
			"Addis Ababa gave Eritrea two weeks to disarm the militias on the border, the Ethiopian government said.",
			"RETREAT", []string{"ERI", "ETH"}, false},
		// must not: a dismantling a state does itself stays a RETREAT
		{"a state's own dismantling",
			"South Korea dismantled its loudspeakers along the border with North Korea on Thursday.",
			"RETREAT", []string{"KOR", "PRK"}, true},
	})
}
