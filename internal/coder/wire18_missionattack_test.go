package coder

import "testing"

// Nineteenth pass (stop 37). An attack on a foreign mission told as a
// noun inside someone's reaction is an attack by the host country's
// people on the mission's owner ("its" mission is the mission of the
// country the clause names before it); a mission with no owner named, or an
// attack the page tells in its own words, adds nothing. The sentences are
// written for this test.
func TestWireFormsNineteenthPassMissionAttack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the attack on a possessive's embassy in a capital",
			"Kenya's foreign minister condemned the attack on Kenya's embassy in Kampala and recalled the ambassador.",
			"ASSAULT", []string{"KEN", "UGA"}, true},
		{"the Embassy of X to Y",
			"The Foreign Ministry of Peru condemns the attack on the Embassy of Peru to the Republic of Bolivia by the demonstrators.",
			"ASSAULT", []string{"BOL", "PER"}, true},
		{"a storming of a demonym's consulate",
			"Hungary summoned the envoy after the storming of the Hungarian consulate in Bucharest.",
			"PROTEST", []string{"HUN", "ROU"}, true},
		{"its mission is the mission of the clause's own country",
			"Kenya condemned the attack on its embassy in Kampala.",
			"ASSAULT", []string{"KEN", "UGA"}, true},
		{"a mission with no owner named is left alone",
			"Crowds gathered in Nairobi after the attack on the embassy in Kampala.",
			"ASSAULT", []string{"KEN", "UGA"}, false},
		{"an attack the page tells in its own words is not doubled",
			"Ugandan protesters stormed Kenya's embassy in Kampala on Friday. Kenya condemned the attack on Kenya's embassy in Kampala.",
			"ASSAULT", []string{"KEN", "UGA"}, false},
		{"attacks in the plural tell no one act",
			"Kenya condemned the attacks on Kenya's embassy in Kampala.",
			"ASSAULT", []string{"KEN", "UGA"}, false},
	})
}
