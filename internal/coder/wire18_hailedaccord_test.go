package coder

import "testing"

// Nineteenth pass (stop 37): a side that praises the signing or the
// ratification of its own agreement with another tells that agreement.
// The sentences are written for this test.
func TestWireFormsNineteenthPassHailedAccord(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a ratification hailed by one of its sides",
			"Chilean President Tomas Vidal on Monday hailed the ratification of a border deal between Chile and Peru.",
			"AGREE", []string{"CHL", "PER"}, true},
		{"today's signing welcomed",
			"Fiji's prime minister welcomed today's signing of the maritime boundary treaty with Australia.",
			"AGREE", []string{"AUS", "FJI"}, true},
		{"another side's signing praised is no agreement between them",
			"Chile's president hailed Peru's signing of the climate accord on Monday.",
			"AGREE", []string{"CHL", "PER"}, false},
	})
}

// The praise of talks concluded names no agreement: it stays support.
func TestWireFormsNineteenthPassHailedTalks(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"talks concluded are no agreement",
			"Chilean President Tomas Vidal on Monday hailed the conclusion of the talks with Peru in Lima.",
			"AGREE", []string{"CHL", "PER"}, false},
	})
}
