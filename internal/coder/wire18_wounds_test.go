package coder

import "testing"

// Twentieth pass (stop 38), extras: wounds of history and of the mind
// ("colonial wounds", "heal the psychological wounds") are no attack, nor,
// agreed, a threat; wounding people still is. The sentences are written for this test.
func TestWireFormsTwentiethPassWounds(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"healing wounds is no attack, told or agreed",
			"Japan and South Korea agreed that projects healing the old wounds of the victims be carried out jointly.",
			"THREATEN", []string{"JPN", "KOR"}, false},
		{"colonial wounds are no attack",
			"Ties between Algeria and France are punctuated by colonial wounds and disputes over the Sahara.",
			"ASSAULT", []string{"DZA", "FRA"}, false},
		{"wounding people is an attack",
			"Israeli troops wounded two Palestinians near the Gaza border on Friday.",
			"ASSAULT", []string{"ISR", "PSE"}, true},
	})
}
