package coder

import "testing"

// Seventeenth pass (stop 35), requests in a government's own voice: a
// statement's "We once again call on X to ..." names only the one asked;
// the one asking is the government the page speaks for, the source of the
// page's other acts. The sentences are written for this test.
func TestWireFormsSeventeenthPassWeAsk(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a request in the first person is the page's government's",
			"Norway expelled two Russian diplomats on Monday. We once again call on Russia to explain the incident at the border.",
			"REQUEST", []string{"NOR", "RUS"}, true},
		{"an adverb between the pronoun and the verb",
			"Canada summoned the Chinese ambassador on Tuesday. We strongly urge China to release the two detained citizens.",
			"REQUEST", []string{"CAN", "CHN"}, true},
		{"the parties are no one named: the country after them is a topic",
			"Egypt expelled two Sudanese diplomats on Monday. We urge the parties to agree on a plan drawn up by Ethiopia.",
			"REQUEST", []string{"EGY", "ETH"}, false},
		{"a request in the past is a report, not the voice's own",
			"Canada summoned the Chinese ambassador on Tuesday. We urged nothing, and others asked China to release them.",
			"REQUEST", []string{"CAN", "CHN"}, false},
	})
}
