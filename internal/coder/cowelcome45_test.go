package coder

import "testing"

// Stop 45 (read45): two sides who welcome or praise a development together
// back no one (cowelcome45.go). Sentences written for these tests.
func TestWireFormsStop45JointWelcome(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a coordinated subject welcomes progress",
			"Kenya and Tanzania welcomed the progress achieved in the joint railway project.",
			"SUPPORT", []string{"KEN", "TZA"}, false},
		{"the two leaders hail trade growth",
			"The Kenyan and Tanzanian presidents hailed the growth in bilateral trade on Monday.",
			"SUPPORT", []string{"KEN", "TZA"}, false},
		{"a second predicate's names are not the object",
			"Chile and Peru welcomed the progress in their fisheries talks, and reaffirmed their commitment to the Chile-Peru partnership.",
			"SUPPORT", []string{"CHL", "PER"}, false},
		// must not: a side named after the verb is backed
		{"one welcomes the other's decision",
			"Kenya welcomed Tanzania's decision to join the railway project.",
			"SUPPORT", []string{"KEN", "TZA"}, true},
		{"a joint welcome of a third side",
			"Kenya and Tanzania welcomed Uganda's decision to join the project.",
			"SUPPORT", []string{"KEN", "TZA", "UGA"}, true},
	})
}
