package coder

import "testing"

// Twenty-ninth pass (stop 47): a team, a delegation or soldiers arriving
// in a country a disaster struck come to help: aid, not a visit
// (aid47.go). The sentences are written for this test; the learned
// filter is off.
func TestArrivalAfterDisasterIsAid(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a delegation arriving after a quake is aid",
			"The 71-member Israeli delegation from the Home Front Command arrived in Mexico on Thursday, some 48 hours after the quake hit.",
			"AID", []string{"ISR", "MEX"}, true},
		{"a delegation arriving after a quake is no visit",
			"The 71-member Israeli delegation from the Home Front Command arrived in Mexico on Thursday, some 48 hours after the quake hit.",
			"CONSULT", []string{"ISR", "MEX"}, false},
		{"a contingent landing after floods is aid",
			"A Turkish army contingent landed in Libya on Sunday, two days after the floods swept through Derna.",
			"AID", []string{"LBY", "TUR"}, true},
		// must not change: an official arriving after a disaster, and a
		// delegation arriving for talks, visit.
		{"a minister arriving after an earthquake visits",
			"The Greek foreign minister arrived in Ankara on Monday, a week after the earthquake.",
			"CONSULT", []string{"GRC", "TUR"}, true},
		{"a delegation arriving for talks visits",
			"A Chinese delegation arrived in Islamabad on Monday for talks on the corridor.",
			"CONSULT", []string{"CHN", "PAK"}, true},
	})
}
