package coder

import "testing"

// Nineteenth pass (stop 37), vocabulary. Fighting a disease is no
// assault: "fight" is an ASSAULT cue, and a team sent to help a country
// "fight the coronavirus" was coded as an attack on it. Fighting between
// two countries' forces stays an assault. The sentences are written for
// this test.
func TestWireFormsNineteenthPassFightDisease(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"doctors fighting the coronavirus in a country do not attack it",
			"Cuban doctors are fighting the coronavirus in Italy.",
			"ASSAULT", []string{"CUB", "ITA"}, false},
		{"a country fighting an epidemic abroad does not attack the host",
			"Cuba is fighting the epidemic in Haiti with its doctors.",
			"ASSAULT", []string{"CUB", "HTI"}, false},
		{"two countries' forces fighting is still an assault",
			"Ethiopian and Eritrean forces fought along the border on Tuesday.",
			"ASSAULT", []string{"ERI", "ETH"}, true},
	})
}
