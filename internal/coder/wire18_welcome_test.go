package coder

import "testing"

// Eighteenth pass (stop 36): a person welcomed by name or by title is a
// guest received, part of a visit, not support; a thing welcomed, or a
// person's decision, stays support. The sentences are written for this
// test.
func TestWireFormsEighteenthPassWelcomedGuest(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a leader welcomed by name is no support",
			"Kenyan President William Ruto welcomed Emmanuel Macron warmly in Nairobi on Monday.",
			"SUPPORT", []string{"FRA", "KEN"}, false},
		{"a leader welcomed by name is a visit",
			"Kenyan President William Ruto welcomed Emmanuel Macron warmly in Nairobi on Monday.",
			"CONSULT", []string{"FRA", "KEN"}, true},
		{"the top leader welcomed at a ceremony is a visit",
			"Kenyan President William Ruto welcomed the new German chancellor Olaf Scholz at a ceremony in Nairobi on Friday.",
			"CONSULT", []string{"DEU", "KEN"}, true},
		{"a leader's decision welcomed is support",
			"Kenyan President William Ruto welcomed Emmanuel Macron's decision to cancel the debt on Monday.",
			"SUPPORT", []string{"FRA", "KEN"}, true},
	})
}
