package coder

import "testing"

// Nineteenth pass (stop 37), vocabulary. A country's weapon or warship
// named in the singular stands for the country as its plural does ("an
// Iranian missile", "a Russian helicopter", "a Turkish warship",
// build.go's actorNouns). The sentences are written for this test.
func TestWireFormsNineteenthPassWeapons(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a missile's country shot the airliner down",
			"A Ukrainian airliner was shot down by an Iranian missile on Wednesday.",
			"ASSAULT", []string{"IRN", "UKR"}, true},
		{"a helicopter's country killed the soldiers",
			"Two Georgian soldiers were killed by a Russian helicopter on Tuesday.",
			"ASSAULT", []string{"GEO", "RUS"}, true},
		{"a warship's country struck the boat",
			"A Greek fishing boat was struck by a Turkish warship near Lesbos on Monday.",
			"ASSAULT", []string{"GRC", "TUR"}, true},
		{"a rocket that carries a satellite is no attack",
			"A Japanese weather satellite lifted off on a Russian rocket on Monday.",
			"ASSAULT", []string{"JPN", "RUS"}, false},
	})
}
