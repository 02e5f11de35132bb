package coder

import (
	"testing"
)

// Stop 51: a government that regrets or deplores another's decision to
// expel its envoys, or the expulsion itself, charges the expeller
// (cues.tsv); the expulsion after "decision ... to" is the matter of the
// regret. The sentences are written for this test.
func TestRegretOverExpulsion(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a decision to expel regretted",
			"Hanoi regretted the decision by Phnom Penh to expel two Vietnamese diplomats.",
			"ACCUSE", []string{"KHM", "VNM"}, true},
		{"an expulsion by a named state regretted",
			"The Russian foreign ministry regretted the expulsion of its diplomats by Albania.",
			"ACCUSE", []string{"ALB", "RUS"}, true},
		{"the expulsion is no act of the one who regrets it",
			"The Russian foreign ministry regretted the expulsion of its diplomats by Albania.",
			"SANCTION", []string{"ALB", "RUS"}, false},
		{"left alone: another decision regretted",
			"Hanoi regretted the decision to postpone the talks with Phnom Penh.",
			"ACCUSE", []string{"KHM", "VNM"}, false},
	})
	for _, tt := range []struct{ body, source, target string }{
		{"Hanoi regretted the decision by Phnom Penh to expel two Vietnamese diplomats.", "VNM", "KHM"},
		{"The Russian foreign ministry regretted the expulsion of its diplomats by Albania.", "RUS", "ALB"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-03-04"), Options{NoLearnedFilter: true}), "ACCUSE", tt.source, tt.target)
	}
}
