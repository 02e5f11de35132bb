package coder

import "testing"

// Sentences written for stop 40: "They" opening the sentence after two
// countries acted together, or after a meeting at which they did (issue
// 11's "expressed concern about China's coercive actions … They called on
// …" form), takes the two as its subject (theyafter19.go).
func TestWire20TheyAfterJointAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"they after a joint concern", "Australia and New Zealand expressed concern on Monday about the military drills near Taiwan. They urged Beijing to show restraint.",
			"REQUEST", []string{"AUS", "CHN", "NZL"}, true},
		{"they after a meeting and a concern", "The foreign ministers of India and Australia met in Canberra on Friday and expressed concern about Russia's strikes on Ukrainian ports. They called on Moscow to allow grain shipments.",
			"REQUEST", []string{"AUS", "IND", "RUS"}, true},
		{"they after one accuser", "Australia accused China of dangerous manoeuvres over the Yellow Sea on Monday. They called on Beijing to investigate the incident.",
			"REQUEST", []string{"AUS", "CHN"}, false},
	})
}
