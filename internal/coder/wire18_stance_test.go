package coder

import "testing"

// Eighteenth pass (stop 36): "committed" after a linking verb tells a
// stance held, no agreement made; the verb "committed to" still tells the
// act. The sentences are written for this test.
func TestWireFormsEighteenthPassCommittedStance(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a government that remained committed agrees nothing new",
			"Nepal said on Monday it remained committed to the welfare of the people of Bhutan.",
			"AGREE", []string{"BTN", "NPL"}, false},
		{"a side that is still committed agrees nothing new",
			"Ecuador is still committed to making progress with Peru on the border, the minister said on Friday.",
			"AGREE", []string{"ECU", "PER"}, false},
		{"two sides that committed to a truce agreed it",
			"Ecuador and Peru committed to an immediate truce on the border during talks on Friday.",
			"AGREE", []string{"ECU", "PER"}, true},
		{"two sides that have committed to a ceasefire agreed it",
			"Nepal and Bhutan have committed to a lasting ceasefire on the border, the ministers said on Monday.",
			"AGREE", []string{"BTN", "NPL"}, true},
	})
}
