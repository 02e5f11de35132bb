package coder

import "testing"

// Stop 46 (readlm): a country's lorries stand for it (actorNouns, build.go).
// Sentences written for these tests.
func TestWireFormsStop46Lorries(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a threat to seize another country's lorries",
			"The Serbian president threatened on Monday to seize more than 500 Croatian lorries stuck at the border.",
			"THREATEN", []string{"HRV", "SRB"}, true},
		{"a threat to confiscate trucks",
			"Belarus threatened to confiscate hundreds of Polish trucks stranded in the country.",
			"THREATEN", []string{"BLR", "POL"}, true},
		// must not: lorries bringing aid keep their giver and receiver
		{"aid lorries are the giver's",
			"Turkish trucks carrying aid arrived in Aleppo on Monday.",
			"AID", []string{"SYR", "TUR"}, true},
	})
}
