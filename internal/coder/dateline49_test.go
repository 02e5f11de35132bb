package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a dateline's day is the day the story was filed. An act the
// story says is still to come is not dated to it: read as a day ahead,
// it falls a year later (inDateline, dateline43.go). The sentences are
// written for this test.
func TestPlannedActIsNotDatedByTheDateline(t *testing.T) {
	runRuleCases(t, "2025-03-29", []ruleCase{
		{rule: "a Xinhua dateline over aid offered", anyOf: true,
			body: "BEIJING, March 28 (Xinhua) -- China stands ready to provide emergency humanitarian assistance to Myanmar, a foreign ministry spokesperson said on Friday.",
			want: []expect{{typ: "AID", countries: []string{"CHN", "MMR"}, status: event.Planned, start: "2025-03-29"}}},
		{rule: "a Reuters dateline over aid to come", anyOf: true,
			body: "NEW DELHI, March 28 (Reuters) - India will send relief supplies to Myanmar, the foreign ministry said.",
			want: []expect{{typ: "AID", countries: []string{"IND", "MMR"}, status: event.Planned, start: "2025-03-29"}}},
		{rule: "left alone: the plan's own day", anyOf: true,
			body: "NAIROBI, March 28 (Reuters) - Kenya's president will visit Somalia on April 2 for talks with its president, his office said.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "SOM"}, status: event.Planned, start: "2025-04-02"}}},
		{rule: "left alone: an act done, dated by the dateline", anyOf: true,
			body: "BEIJING, March 28 (Xinhua) -- China sent a rescue team to Myanmar after the earthquake.",
			want: []expect{{typ: "AID", countries: []string{"CHN", "MMR"}, status: event.Occurred, start: "2025-03-28"}}},
	})
}
