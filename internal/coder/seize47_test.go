package coder

import "testing"

// Twenty-ninth pass (stop 47): an opportunity, a chance or the initiative
// seized is a moment used, no seizure (data/abstract.txt). The sentences
// are written for this test; the learned filter is off.
func TestSeizedOpportunityIsNoSeizure(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an opportunity seized is no seizure",
			"The German chancellor seized the opportunity to accuse Russia of revisionism.",
			"COERCE", []string{"DEU", "RUS"}, false},
		{"a chance seized is no seizure",
			"The Polish president seized the chance to attack Belarus over the migrants.",
			"COERCE", []string{"BLR", "POL"}, false},
		{"the initiative seized is no seizure",
			"Iran seized the initiative on Monday and proposed talks with Saudi Arabia.",
			"COERCE", []string{"IRN", "SAU"}, false},
		// must not change: a ship seized is a seizure.
		{"a tanker seized is a seizure",
			"Iran seized a British tanker in the Strait of Hormuz on Friday.",
			"COERCE", []string{"GBR", "IRN"}, true},
	})
}
