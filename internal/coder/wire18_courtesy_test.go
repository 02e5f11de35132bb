package coder

import "testing"

// Twentieth pass (stop 38), extras of the page's pair under a second type:
// praise of the bond between two sides (their ties, their chemistry, each
// other) is a courtesy, no support; praise of an act stays SUPPORT. The
// sentences are written for this test.
func TestWireFormsTwentiethPassPraisedBond(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"praising the two countries' ties is no support",
			"Speaking in Tokyo on Monday, Indian Prime Minister Modi praised the \"deepening friendship\" of India and Japan.",
			"SUPPORT", []string{"IND", "JPN"}, false},
		{"hailing his chemistry with the other leader is no support",
			"French President Macron on Tuesday hailed his \"remarkable chemistry\" with Brazil's Lula.",
			"SUPPORT", []string{"BRA", "FRA"}, false},
		{"praise of an act stays support",
			"Israeli Prime Minister Netanyahu on Monday praised Guatemala's decision to move its embassy to Jerusalem.",
			"SUPPORT", []string{"GTM", "ISR"}, true},
		{"praise of a country for its act stays support",
			"German Chancellor Merz on Friday praised Poland for its swift help to Ukraine's refugees.",
			"SUPPORT", []string{"DEU", "POL"}, true},
	})
}
