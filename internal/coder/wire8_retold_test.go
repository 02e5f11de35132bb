package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26), dates: a lead tells an arrest by the day it was
// learnt and a sentence soon after retells it with its own day, after the
// same verb. The sentences are written for this test.
func TestWireFormsEighthPassRetoldDay(t *testing.T) {
	tests := []ruleCase{
		{rule: "'was detained Sunday evening' retells the lead's detention told 'said Wednesday'",
			body: "Chinese authorities have detained a Japanese businessman in Beijing, his company said Wednesday. " +
				"The executive was detained Sunday evening at his hotel, according to the company.",
			want: []expect{{typ: "COERCE", countries: []string{"CHN", "JPN"}, status: event.Occurred, start: "2024-06-09"}}, anyOf: true},
		{rule: "'has been detained since May 28' dates the arrest the lead tells with no day",
			body: "Iran said it has detained a French tourist on spying charges. " +
				"The tourist has been detained since May 28, his family told reporters.",
			want: []expect{{typ: "COERCE", countries: []string{"FRA", "IRN"}, status: event.Occurred, start: "2024-05-28"}}, anyOf: true},
		{rule: "left alone: a day months back after the same verb is another arrest's",
			body: "Belarus said Wednesday it has detained a Polish citizen near the border. " +
				"Another Pole was detained on March 2 and released weeks later.",
			want: []expect{{typ: "COERCE", countries: []string{"BLR", "POL"}, status: event.Occurred, start: "2024-06-12"}}, anyOf: true},
	}
	runRuleCases(t, "2024-06-12", tests)
}
