package coder

import "testing"

// Eighteenth pass (stop 36), extras: a participle after an adverb in
// "-ly", inside a noun phrase, is an adjective ("Mali's internationally
// recognised government"), not an act of recognition; the verb of the
// act and a noun phrase told after "is" stay coded. The sentences are
// written for this test.
func TestWireFormsEighteenthPassAdverbParticiple(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a government named by its recognition is no recognition",
			"Egypt's air force commander, loyal to Libya's internationally recognised government, said that nearly 50 militants had been killed.",
			"SUPPORT", []string{"EGY", "LBY"}, false},
		{"a party to a deal named by its recognition is no recognition",
			"Turkey said it would start drilling in waters covered by a maritime deal between Ankara and Mali's internationally recognised government.",
			"SUPPORT", []string{"MLI", "TUR"}, false},
		{"the verb of recognition after an adverb stays an act",
			"Brazil officially recognised Kosovo on Tuesday.",
			"SUPPORT", []string{"BRA", "XKX"}, true},
		{"the verb of recognition after an auxiliary stays an act",
			"Brazil has formally recognised Kosovo, its foreign ministry said on Tuesday.",
			"SUPPORT", []string{"BRA", "XKX"}, true},
	})
}
