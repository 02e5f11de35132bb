package coder

import "testing"

// Stop 46 (readlm): an account or information judged inconsistent with
// the facts is denied (judgedcharge17.go's tables, cues.tsv stop-46 block), and
// deployments reduced are forces withdrawn. Sentences written for these
// tests.
func TestWireFormsStop46DenialsAndDeployments(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a claim described as inconsistent with the facts",
			"A Russian foreign ministry spokeswoman described Estonia's claim as completely inconsistent with the facts.",
			"REJECT", []string{"EST", "RUS"}, true},
		{"information judged inconsistent with the facts",
			"Japan said Seoul's information was totally inconsistent with the facts.",
			"REJECT", []string{"JPN", "KOR"}, true},
		{"an account judged false",
			"Japan said Seoul's account was false.",
			"REJECT", []string{"JPN", "KOR"}, true},
		{"military deployments cut",
			"The United States will cut its military deployments in Lithuania next year.",
			"RETREAT", []string{"LTU", "USA"}, true},
		// must not: deployments cut are no deployment
		{"deployments cut are not mobilised",
			"The United States will cut its military deployments in Lithuania next year.",
			"MOBILIZE", []string{"LTU", "USA"}, false},
		// must not: figures judged by a report deny no state
		{"a report's figures",
			"The report said the figures were inconsistent with the facts on the ground.",
			"REJECT", nil, false},
	})
}
