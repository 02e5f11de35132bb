package coder

import "testing"

// Twentieth pass (stop 38), extras of the page's pair under a second type:
// a fronted "After the meeting," takes the sides of the latest meeting the
// page told, and none from a threat or an accusation told last (that is no
// meeting between its sides); after an agreement it still takes the
// agreement's sides. The sentences are written for this test.
func TestWireFormsTwentiethPassFrontedMeeting(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a threat told last is no meeting pointed back to",
			"North Korea on Friday threatened South Korea with strikes along the border. During the meeting, Kim ordered his frontline units to prepare for battle.",
			"CONSULT", []string{"KOR", "PRK"}, false},
		{"the meeting told before, not the accusation told last",
			"Putin met Erdogan in Sochi on Monday. Russia later accused the United States of backing Kurdish fighters. After the meeting, Erdogan said Turkey would buy more Russian gas.",
			"CONSULT", []string{"RUS", "USA"}, false},
		{"the meeting told before keeps its sides",
			"Putin met Erdogan in Sochi on Monday. Russia later accused the United States of backing Kurdish fighters. After the meeting, Erdogan said Turkey would buy more Russian gas.",
			"CONSULT", []string{"RUS", "TUR"}, true},
		{"after an agreement the call takes its sides",
			"Russian President Putin and US President Trump agreed on Tuesday to halt strikes on energy sites. After the call, the Kremlin said Putin ordered the army to stop such strikes.",
			"CONSULT", []string{"RUS", "USA"}, true},
	})
}
