package coder

import "testing"

// Seventeenth pass (stop 35): a recognition told in the future is the
// decision to recognise, coded SUPPORT (planned), not a promise (AGREE);
// other acts of support told in the future stay promises. The sentences
// are written for this test.
func TestWireFormsSeventeenthPassRecognise(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state to be recognised at a summit",
			"Norway will formally recognise the State of Palestine at the summit in May, Prime Minister Jonas Gahr Store said on Tuesday.",
			"SUPPORT", []string{"NOR", "PSE"}, true},
		{"the same recognition is no promise",
			"Norway will formally recognise the State of Palestine at the summit in May, Prime Minister Jonas Gahr Store said on Tuesday.",
			"AGREE", []string{"NOR", "PSE"}, false},
		{"a claim to be recognised",
			"Brazil said on Monday it would recognise Guyana's claim to the disputed region next month.",
			"SUPPORT", []string{"BRA", "GUY"}, true},
		{"support promised stays a promise",
			"Germany will support Poland's bid at the summit in May, Chancellor Olaf Scholz said on Tuesday.",
			"AGREE", []string{"DEU", "POL"}, true},
		{"support promised is no support given",
			"Germany will support Poland's bid at the summit in May, Chancellor Olaf Scholz said on Tuesday.",
			"SUPPORT", []string{"DEU", "POL"}, false},
	})
}
