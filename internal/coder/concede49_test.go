package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a note handed over, an admission and a statement released are
// no concession (cues.tsv). The sentences are written for this test.
func TestNoConcessionInAnotherSense(t *testing.T) {
	runRuleCases(t, "2025-08-15", []ruleCase{
		{rule: "a note handed over",
			body: "Georgia's ambassador was summoned to the Russian Foreign Ministry and handed over a note on the expulsion of two Russian diplomats.", notTypes: []string{"CONCEDE"}},
		{rule: "an admission",
			body: "After three hours of talks, the Russian and Ukrainian delegations conceded they had not reached a deal on a ceasefire.", notTypes: []string{"CONCEDE"}},
		{rule: "a statement released",
			body: "Niger's interior ministry, in a statement released late on Friday, said those arrested included a French citizen.", notTypes: []string{"CONCEDE"}},
		{rule: "left alone: sailors handed over", anyOf: true,
			body: "Iran handed over three British sailors to the British embassy in Tehran on Monday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}},
		{rule: "left alone: a citizen released", anyOf: true,
			body: "Niger released a French citizen on Friday after two months in detention.",
			want: []expect{{typ: "CONCEDE", countries: []string{"FRA", "NER"}, status: event.Occurred}}},
	})
}
