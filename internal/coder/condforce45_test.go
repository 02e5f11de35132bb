package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 45 (read45): a hostile act held out under "would", "could" or
// "will" with an "if" condition naming the other side is a threat made
// when it was said (condforce45.go). Sentences written for these tests.
func TestWireFormsStop45ConditionalForce(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Moscow would station missiles on its western border if Sweden joined the alliance, the Russian foreign minister said on Monday.", "RUS", "SWE"},
		{"The Chinese defence ministry said Beijing would send warships to the strait if Manila continued the drills.", "CHN", "PHL"},
		{"Ankara could deploy more troops to northern Iraq if Baghdad fails to act, the Turkish defence minister said.", "TUR", "IRQ"},
		{"The Kremlin said Russia would move troops toward its border with Norway if the Nordic country hosted new allied bases.", "RUS", "NOR"},
	} {
		wantFromTo(t, tt.body, "THREATEN", tt.source, tt.target)
	}
	checkStatusCases(t, []statusCase{
		{"the threat is made when it is said",
			"Moscow would station missiles on its western border if Sweden joined the alliance, the Russian foreign minister said on Monday.",
			"THREATEN", []string{"RUS", "SWE"}, event.Occurred},
	})
	checkRuleCases(t, []codedCase{
		{"no longer a planned deployment",
			"The Chinese defence ministry said Beijing would send warships to the strait if Manila continued the drills.",
			"MOBILIZE", []string{"CHN", "PHL"}, false},
		{"a response promised on a condition",
			"The Serbian president said Belgrade would respond if Kosovo moved police into the north.",
			"THREATEN", []string{"SRB", "XKX"}, true},
		{"a reaction promised on a condition, headline",
			"Moscow will react if Sweden joins NATO, Russian envoy says",
			"THREATEN", []string{"RUS", "SWE"}, true},
		// must not: a reply promised with no condition and no force
		{"respond to a letter",
			"Kenya will respond to the letter from Uganda next week.",
			"THREATEN", []string{"KEN", "UGA"}, false},
		// must not: a forecast with no condition stays no event
		{"a forecast without a condition",
			"Analysts said China could send warships to the strait.",
			"THREATEN", []string{"CHN"}, false},
		// must not: a denied act under a condition is no threat
		{"a negated act under a condition",
			"Ankara would not deploy troops to Iraq if Baghdad asked, the minister said.",
			"THREATEN", []string{"IRQ", "TUR"}, false},
	})
}
