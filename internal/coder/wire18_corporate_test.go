package coder

import "testing"

// Nineteenth pass (stop 37), non-political pages, word list: a firm's
// buyout, takeover, acquisition or merger agreed with a government is the
// firms' business, no agreement between states; a trade deal between two
// states stays. The sentences are written for this test.
func TestWireFormsNineteenthPassCorporateDeal(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"conditions agreed for an acquisition are no agreement between states",
			"Italy's Leonardo has agreed with Spain on conditions for its acquisition of a Spanish radar maker, the company said.",
			"AGREE", []string{"ESP", "ITA"}, false},
		{"terms agreed for a merger are no agreement between states",
			"Germany's Siemens agreed with France on the terms of its merger with a French rail maker, the ministry said.",
			"AGREE", []string{"DEU", "FRA"}, false},
		{"a trade deal between states stays",
			"Chile and Peru signed a trade deal on Monday.",
			"AGREE", []string{"CHL", "PER"}, true},
	})
}
