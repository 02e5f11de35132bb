package coder

import "testing"

// Twenty-sixth pass (stop 44, precision of meetings, support and
// agreements): two constructions that carry a cue word of the family and
// two countries but tell no act between them on the page's day
// (precision44.go). The sentences are written for this test.
func TestWireFormsTwentySixthPassPrecision(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// the anniversary of an accord or a visit
		{"the anniversary of a treaty is no new treaty",
			"The anniversary of the 1994 peace treaty between Jordan and Israel passed quietly on Saturday.",
			"AGREE", []string{"ISR", "JOR"}, false},
		{"an anniversary marked is no accord made",
			"Jordan and Israel on Saturday marked the 30th anniversary of their peace treaty.",
			"AGREE", []string{"ISR", "JOR"}, false},
		{"an accord signed on an anniversary is an accord",
			"On the anniversary of the war's end, Ethiopia and Eritrea signed a new border agreement.",
			"AGREE", []string{"ERI", "ETH"}, true},
		// a sports side backed
		{"a national team backed against a country is no support between states",
			"Millions of Argentines supported the national team against France in the final.",
			"SUPPORT", []string{"ARG", "FRA"}, false},
		{"fans backing their team against a country is no support between states",
			"Thousands of Moroccans backed their team against Spain.",
			"SUPPORT", []string{"ESP", "MAR"}, false},
		{"a country backed against another is support",
			"Lithuania backed Poland against Belarus in the dispute over the border on Monday.",
			"SUPPORT", []string{"LTU", "POL"}, true},
		// an act warned or advised against
		{"a pact warned against is no pact",
			"China cautioned the Solomon Islands against signing any security pact with Australia.",
			"AGREE", []string{"AUS", "CHN", "SLB"}, false},
		{"a meeting advised against is no meeting",
			"Brussels advised Serbia against meeting the Russian president in Moscow.",
			"CONSULT", []string{"BEL", "RUS", "SRB"}, false},
		{"a pact signed against a threat is a pact",
			"The Japanese and Philippine defence ministers met in Manila on Monday, signing a pact against piracy.",
			"AGREE", []string{"JPN", "PHL"}, true},
	})
}
