package coder

import "testing"

// Eighteenth pass (stop 36): a thing given to lawmakers, investigators or
// reporters is given at home, not aid to a state (receiver18.go).
func TestWireFormsEighteenthPassDomesticReceiver(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"emails handed to lawmakers", "The emails the German envoy provided to lawmakers described talks on Poland's pipeline.", "AID", []string{"DEU", "POL"}, false},
		{"records provided to investigators", "Britain provided to congressional investigators an account of how Spain paid the network.", "AID", []string{"ESP", "GBR"}, false},
		{"weapons given to Ukraine are aid", "The missiles the United States provided to Ukraine reached the front in May.", "AID", []string{"UKR", "USA"}, true},
	})
}
