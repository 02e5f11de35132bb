package coder

import "testing"

// Twentieth pass (stop 38), sides: a country named as the model another
// follows ("the third country after Peru and Ecuador", "following Denmark
// and Sweden", "in the footsteps of Guatemala", "positions Canada
// alongside Japan", "alongside Italy and Greece, making it the third")
// did the same thing before and is no party to this act (precedent18.go).
// A country whose adjective modifies the noun after "following"
// ("following British sanctions"), a co-signer "alongside" a leader and
// the doers named by example ("countries like Mali and Niger") stay
// parties. The sentences are written for this test.
func TestWireFormsTwentiethPassPrecedent(t *testing.T) {
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
		{"the countries after an ordinal are no parties",
			"Chad became the third country after Ghana and Peru to recognize Kosovo on Monday.",
			"SUPPORT", []string{"TCD", "XKX"}, true},
		{"the countries after an ordinal are not read as doers",
			"Chad became the third country after Ghana and Peru to recognize Kosovo on Monday.",
			"SUPPORT", []string{"GHA", "PER", "TCD", "XKX"}, false},
		{"a list after an ordinal is dropped whole",
			"Oman would thus become the fourth Arab country after Qatar, Kuwait and Jordan to normalize relations with Israel.",
			"SUPPORT", []string{"ISR", "OMN"}, true},
		{"the countries alongside a ranked state are no parties",
			"This endorsement positions Spain alongside Italy and Greece, making it the third European Union member to support Morocco's plan.",
			"SUPPORT", []string{"ESP", "MAR"}, true},
		{"the country a first state comes after is no side",
			"Colombia became the first country after Peru to sign a free trade agreement with China on Monday.",
			"AGREE", []string{"CHN", "COL"}, true},
		{"a co-signer alongside a leader stays a party",
			"Peru and Chile signed the declaration alongside Brazil on Monday.",
			"AGREE", []string{"BRA", "CHL", "PER"}, true},
		{"the doers named by example stay parties",
			"Countries like Mali and Niger have called for the exit of French troops.",
			"REQUEST", []string{"FRA", "MLI", "NER"}, true},
	})
}
