package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: asking or demanding that another state's envoys leave is
// expelling them (envoysToLeave). The sentences are written for this
// test.
func TestEnvoysAskedToLeaveAreExpelled(t *testing.T) {
	runRuleCases(t, "2016-01-04", []ruleCase{
		{rule: "demanded that the diplomats leave", anyOf: true,
			body: "Sudan said it had demanded that Iranian diplomats leave the country within 72 hours.",
			want: []expect{{typ: "SANCTION", countries: []string{"IRN", "SDN"}, status: event.Occurred}}, notTypes: []string{"REQUEST"}},
		{rule: "asked the ambassador to leave", anyOf: true,
			body: "Kuwait has asked the Iranian ambassador to leave within a week, the foreign ministry said.",
			want: []expect{{typ: "SANCTION", countries: []string{"IRN", "KWT"}, status: event.Occurred}}, notTypes: []string{"REQUEST"}},
		{rule: "left alone: an ambassador asked to explain", anyOf: true,
			body: "Kuwait has asked the Iranian ambassador to explain the remarks, the foreign ministry said.",
			want: []expect{{typ: "REQUEST", countries: []string{"IRN", "KWT"}, status: event.Occurred}}},
	})
}
