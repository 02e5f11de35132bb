package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a resolve demonstrated is shown and a region occupied by an
// army is held: neither is a protest (cues.tsv). The sentences are
// written for this test.
func TestNoProtestInAnotherSense(t *testing.T) {
	runRuleCases(t, "2025-02-18", []ruleCase{
		{rule: "a resolve demonstrated",
			body: "Three Pacific states cut ties with Taiwan in a week, demonstrating China's resolve to isolate the island.", notTypes: []string{"PROTEST"}},
		{rule: "demonstrated that",
			body: "The seizure of the tanker demonstrated that Iran could close the strait to British shipping.", notTypes: []string{"PROTEST"}},
		{rule: "border areas occupied",
			body: "Turkey continues to occupy border areas of Syria as the withdrawal deadline expires.", notTypes: []string{"PROTEST"}},
		{rule: "left alone: protesters who occupied an embassy", anyOf: true,
			body: "Hundreds of Iraqi protesters occupied the Bahraini embassy in Baghdad on Thursday.",
			want: []expect{{typ: "PROTEST", countries: []string{"BHR", "IRQ"}, status: event.Occurred}}},
		{rule: "left alone: a crowd that demonstrated", anyOf: true,
			body: "Thousands of Indonesians demonstrated outside the Myanmar embassy in Jakarta on Wednesday.",
			want: []expect{{typ: "PROTEST", countries: []string{"IDN", "MMR"}, status: event.Occurred}}},
	})
}
