package coder

import "testing"

// Twenty-second pass (stop 40): aid told by the people and goods a country
// sends. The adjective before a team or goods of aid names the giver; an
// arrival followed by "with" or "carrying" aid goods is the aid; a team
// named for aid work inside a longer subject makes the arrival aid. The
// sentences are written for this test.
func TestWireFormsTwentySecondPassAidTeams(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an adjective before a medical team names the giver",
			"The Japanese medical team arrived in Turkey on Tuesday.",
			"AID", []string{"JPN", "TUR"}, true},
		{"an adjective before rescuers names the giver",
			"Greek rescuers landed in Turkey on Tuesday night.",
			"AID", []string{"GRC", "TUR"}, true},
		{"a brigade made up of doctors is a team of aid",
			"A Cuban medical brigade made up of 40 doctors arrived in Peru on Monday.",
			"AID", []string{"CUB", "PER"}, true},
		{"a craft arriving with relief supplies brings aid",
			"A French navy ship arrived in Haiti on Friday with 50 tonnes of relief supplies.",
			"AID", []string{"FRA", "HTI"}, true},
		{"planes landing with a rescue team bring aid",
			"Two Indian Air Force planes landed in Nepal with a rescue team and emergency supplies.",
			"AID", []string{"IND", "NPL"}, true},
		{"a minister arriving with his delegation brings no aid",
			"The Japanese foreign minister arrived in Turkey with his delegation on Tuesday.",
			"AID", []string{"JPN", "TUR"}, false},
		{"one who landed in from a country came from it, no visit to it",
			"The Turkish president landed in from Japan on Tuesday.",
			"CONSULT", []string{"JPN", "TUR"}, false},
	})
}
