package coder

import "testing"

// TestWireFormsTwentySecondPassCallOn: a visitor who "called on" an office
// holder at a place or a time paid a courtesy call, a visit; calling on an
// office holder to act stays a request (cues.tsv). Sentences written for
// this test.
func TestWireFormsTwentySecondPassCallOn(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"called on in a capital", "The visiting Chinese foreign minister called on Nepal's prime minister in Kathmandu on Sunday.",
			"CONSULT", []string{"CHN", "NPL"}, true},
		{"courtesy call at a palace", "The Pakistani army chief paid a courtesy call on the Saudi crown prince at the royal palace in Riyadh.",
			"CONSULT", []string{"PAK", "SAU"}, true},
		{"called on in, no request", "The visiting Chinese foreign minister called on Nepal's prime minister in Kathmandu on Sunday.",
			"REQUEST", []string{"CHN", "NPL"}, false},
		{"called on to act", "The Nepalese prime minister called on the Chinese president to support the railway project.",
			"CONSULT", []string{"CHN", "NPL"}, false},
		{"called on to act stays a request", "The Nepalese prime minister called on the Chinese president to support the railway project.",
			"REQUEST", []string{"CHN", "NPL"}, true},
	})
}

// TestWireFormsTwentySecondPassDialled: a leader who "dialled" another
// made a phone call; dialling pressure down or up is no call (cues.tsv).
// Sentences written for this test.
func TestWireFormsTwentySecondPassDialled(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"dialled", "The Indian prime minister dialled the Russian president on Monday.",
			"CONSULT", []string{"IND", "RUS"}, true},
		{"dialed a counterpart", "Chinese President Xi Jinping dialed his French counterpart on Friday.",
			"CONSULT", []string{"CHN", "FRA"}, true},
		{"dialled down pressure", "The United States dialled down pressure on Iran on Monday.",
			"CONSULT", []string{"IRN", "USA"}, false},
	})
}
