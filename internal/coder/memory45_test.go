package coder

import "testing"

// Twenty-seventh pass (stop 45, sentences written for this test): an
// attack named as what an anniversary or a commemoration remembers is no
// act of the page's day; a verb of attack beside the anniversary is
// (memory45.go).
func TestRememberedAttack(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an anniversary of an old attack is a ceremony",
			"Serbs held a ceremony on the anniversary of the NATO bombing of Belgrade.",
			"ASSAULT", []string{"SRB"}, false},
		{"a commemoration of a bombing is a ceremony",
			"After attending the 74th commemoration of the U.S.' atomic bombing of Hiroshima, the Japanese prime minister spoke.",
			"ASSAULT", []string{"JPN", "USA"}, false},
		{"an anniversary of a school attack is no attack of the day",
			"Russia marked the anniversary of the 2004 school attack in Beslan.",
			"ASSAULT", []string{"RUS"}, false},
		{"an attack told by a verb on the anniversary is done",
			"Russia struck Kyiv on the anniversary of the invasion.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
	})
}
