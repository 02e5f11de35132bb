package coder

import "testing"

// TestWire23TitleSides: a title coded on its own is its whole page, so the
// act its subject does takes the one other country the title names
// (titleSides, headline43.go); a country named only as the setting ("at a
// summit in Brazil") and an act whose one side is its target are left as
// they are. The sentences are written for this test.
func TestWire23TitleSides(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"border closed with", "Poland closes border with Belarus", neutralBody, "2025-11-14", "SANCTION", []string{"BLR", "POL"}, true},
		{"involvement in denied", "Ghana denies involvement in Togo unrest", neutralBody, "2025-11-14", "REJECT", []string{"GHA", "TGO"}, true},
		{"undated page", "Poland closes border with Belarus", neutralBody, "", "SANCTION", []string{"BLR", "POL"}, true},
		// Must not: the country after "in" or "at" is where the act was
		// done, not whom it was aimed at.
		{"a setting", "Peru announces sanctions at summit in Brazil", neutralBody, "2025-11-14", "SANCTION", []string{"BRA", "PER"}, false},
		{"a setting after at", "Nigeria signs accord at Ghana summit", neutralBody, "2025-11-14", "AGREE", []string{"GHA", "NGA"}, false},
	})
}
