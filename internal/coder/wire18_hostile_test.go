package coder

import "testing"

// Twentieth pass (stop 38), hostile acts read from sentences written by
// hand: a bare abbreviation followed by a preposition is the country's
// name, not its adjective ("China accuses US of spying"; abbrev16.go),
// and an abbreviation before its noun stays the adjective ("killed US
// soldiers"). The sentences are written for this test.
func TestWireFormsTwentiethPassBareAbbreviation(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"accuses US of",
			"Beijing accuses US of stealing chip designs",
			"ACCUSE", []string{"CHN", "USA"}, true},
		{"threatens US with",
			"Venezuela threatens US with retaliation over boat strikes",
			"THREATEN", []string{"USA", "VEN"}, true},
		{"warns UK over",
			"Argentina warns UK over Falklands oil drilling",
			"THREATEN", []string{"ARG", "GBR"}, true},
		{"an abbreviation before its noun stays the adjective",
			"Iraqi militias accused US troops of killing civilians",
			"ACCUSE", []string{"IRQ", "USA"}, true},
		{"reaches US after: a place before a clause of its own",
			"Ugandan singer reaches US after torture in Kampala jail",
			"ASSAULT", []string{"UGA", "USA"}, false},
	})
}
