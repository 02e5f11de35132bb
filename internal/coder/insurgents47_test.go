package coder

import "testing"

// Twenty-ninth pass (stop 47, events that did not happen): a state that
// fights an insurgency fights the group, not the state the group rises
// against (insurgents47.go and organisations.tsv). The sentences are
// written for this test; the learned filter is off.
func TestInsurgencyIsNoState(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"strikes on a group named by its home are no attack on the home",
			"Benin launched air strikes on Monday against Nigeria's Boko Haram militants near the border.",
			"ASSAULT", []string{"BEN", "NGA"}, false},
		{"an attack on a group with an adjective of home is no attack on the home",
			"Niger's army attacked the Nigerian jihadist group Boko Haram on Tuesday.",
			"ASSAULT", []string{"NER", "NGA"}, false},
		{"a clash with an insurgency's fighters is no clash with its state",
			"Cameroonian troops clashed with Boko Haram fighters near Kolofata on Sunday.",
			"ASSAULT", []string{"CMR", "NGA"}, false},
		{"a neighbour bombing an insurgency is no attack on its state",
			"Mauritania bombed the insurgent group JNIM near the border on Friday.",
			"ASSAULT", []string{"MLI", "MRT"}, false},
		// must not change: the place of the strike is a side, and a
		// country before another word is no home of the group.
		{"strikes on a group in a country hit the country",
			"Egyptian fighter jets struck Islamic State targets in Libya on Monday.",
			"ASSAULT", []string{"EGY", "LBY"}, true},
		{"troops crossing into a country to fight a group still deploy",
			"Nigerian troops crossed into Cameroon on Monday to fight Boko Haram.",
			"MOBILIZE", []string{"CMR", "NGA"}, true},
	})
}
