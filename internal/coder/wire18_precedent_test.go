package coder

import "testing"

// Nineteenth pass (stop 38), sides: a country named as the model another
// follows ("the third country after Peru and Ecuador", "following Denmark
// and Sweden", "in the footsteps of Guatemala", "positions Canada
// alongside Japan") did the same thing before and is no party to this
// act; a country whose adjective modifies the noun after "following"
// ("following British sanctions") still names the side the act answers.
// The sentences are written for this test.
func TestWireFormsNineteenthPassPrecedent(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the countries an ordinal's phrase comes after are no side",
			"Chile became the third country after Peru and Ecuador to sign a free trade agreement with China on Monday.",
			"AGREE", []string{"CHL", "CHN"}, true},
		{"the countries followed are no co-source",
			"Norway, following Denmark and Sweden, expelled two Russian diplomats on Friday.",
			"SANCTION", []string{"NOR", "RUS"}, true},
		{"the country in whose footsteps one follows is no side",
			"Honduras has followed in the footsteps of Guatemala by recognising Taiwan on Tuesday.",
			"SUPPORT", []string{"HND", "TWN"}, true},
		{"the company a country is positioned alongside is no side",
			"The decision positions Canada alongside Japan and Australia in supporting the Philippines.",
			"SUPPORT", []string{"CAN", "PHL"}, true},
		{"a country's adjective before a noun after following stays a side",
			"Iran expelled two diplomats on Monday following British sanctions.",
			"SANCTION", []string{"GBR", "IRN"}, true},
	})
}
