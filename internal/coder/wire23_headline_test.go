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

// TestWire23SaysBehind: a headline's "X says Y behind <harm>", the copula
// dropped, charges Y as "says Y was behind" does (cues.tsv); the speaker's
// own part ("says it is behind") and the body's full form beside a
// non-cyber harm are left as they were.
func TestWire23SaysBehind(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"says behind attack", "Israel says Iran behind attack on tanker", neutralBody, "2019-03-08", "ACCUSE", []string{"IRN", "ISR"}, true},
		{"title case", "Pakistan Says India Behind Quetta Bombing", neutralBody, "2019-03-08", "ACCUSE", []string{"IND", "PAK"}, true},
		{"capital for the state", "Kyiv says Moscow behind drone strikes on power grid", neutralBody, "", "ACCUSE", []string{"RUS", "UKR"}, true},
		// Must not: the speaker owning the act is no charge.
		{"says it is behind", "Iran says it is behind attack on Israel", neutralBody, "2019-03-08", "ACCUSE", []string{"IRN", "ISR"}, false},
	})
}

// TestWire23BlockedAid: aid blocked or vetoed is refused, not given
// (cues.tsv).
func TestWire23BlockedAid(t *testing.T) {
	checkHeadCases(t, []headCase{
		{"headline blocks aid", "Hungary blocks EU aid to Ukraine", neutralBody, "2025-11-14", "REJECT", []string{"HUN", "UKR"}, true},
		{"lead blocked aid", "EU summit", "BUDAPEST (AFP) - Hungary on Wednesday blocked 50 billion euros of EU aid to Ukraine, drawing condemnation from Brussels.", "2025-11-14", "REJECT", []string{"HUN", "UKR"}, true},
		{"lead blocked aid is no aid", "EU summit", "BUDAPEST (AFP) - Hungary on Wednesday blocked 50 billion euros of EU aid to Ukraine, drawing condemnation from Brussels.", "2025-11-14", "AID", []string{"HUN", "UKR"}, false},
		// Must not: aid sent stays aid.
		{"aid sent", "More help for Kyiv", "Germany sent aid to Ukraine on Wednesday.", "2025-11-14", "REJECT", []string{"DEU", "UKR"}, false},
	})
}
