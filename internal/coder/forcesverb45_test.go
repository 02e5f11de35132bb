package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 45 (read45): troops that "will leave" or "are leaving" a country
// withdraw from it; the auxiliary inside the cue tells the status
// (forcesverb45.go, concede22.go). Sentences written for these tests.
func TestWireFormsStop45TroopsWillLeave(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"will start leaving: planned",
			"Norwegian troops will start leaving Afghanistan on Monday, the defence ministry said.",
			"RETREAT", []string{"AFG", "NOR"}, event.Planned},
		{"will leave: planned",
			"The last Belgian soldiers will leave Mali next month.",
			"RETREAT", []string{"BEL", "MLI"}, event.Planned},
		{"are leaving: going on",
			"French soldiers are leaving Chad this week.",
			"RETREAT", []string{"FRA", "TCD"}, event.Occurred},
		{"left stays done",
			"Japanese troops left South Sudan on Sunday.",
			"RETREAT", []string{"JPN", "SSD"}, event.Occurred},
	})
	checkRuleCases(t, []codedCase{
		// must not: a refusal to leave is no withdrawal
		{"will not leave",
			"Kenyan troops will not leave Somalia, the minister said.",
			"RETREAT", []string{"KEN", "SOM"}, false},
	})
}
