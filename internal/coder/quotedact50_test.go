package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 50: an official's quoted words that do the state's act, and the
// day a quoted "today" was said (quotedact50.go). The sentences are
// written for this test.
func TestQuotedStateAct(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a recall in the progressive",
			body: "“Kenya is recalling its ambassador from Somalia,” the foreign minister said on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},
		{rule: "a recognition in the present, quoted after a colon",
			body: "The Chilean president said on Monday: “Chile officially recognises the State of Palestine.”",
			want: []expect{{typ: "SUPPORT", countries: []string{"CHL", "PSE"}, status: event.Occurred}}},
		{rule: "a deployment in the future",
			body: "“Ghana will deploy 300 soldiers to Liberia next month,” the defence minister said on Tuesday.",
			want: []expect{{typ: "MOBILIZE", countries: []string{"GHA", "LBR"}, status: event.Planned}}},
		{rule: "the speaker's today is the day said",
			body: "“Today, Chile recognises the State of Palestine,” the president said on Sunday, March 2, at the United Nations.",
			want: []expect{{typ: "SUPPORT", countries: []string{"CHL", "PSE"}, status: event.Occurred, start: "2025-03-02"}}},
		{rule: "left alone: a position of support",
			body: "“Brazil supports the people of Haiti,” the minister said on Monday.", notTypes: []string{"SUPPORT"}},
		{rule: "left alone: the speaker's own side",
			body: "“We are recalling our ambassador from Somalia,” the minister said on Monday.", notTypes: []string{"SANCTION"}},
	})
}

// Review of stop 50: the day outside the quotation is the day of the
// saying, past, whatever the tense of the quoted act. The sentences are
// written for this test.
func TestQuotedTodaySaidInThePast(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a future act's today is the past day it was told",
			body: "“Chile will impose sanctions on Peru today,” the foreign minister told reporters in Santiago on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Planned, start: "2025-03-03"}}},
		{rule: "a future act's tonight, told on a weekday",
			body: "“Ghana will send troops to Liberia tonight,” the defence minister told lawmakers in Accra on Monday.",
			want: []expect{{typ: "MOBILIZE", countries: []string{"GHA", "LBR"}, status: event.Planned, start: "2025-03-03"}}},
		{rule: "a present act's today, told on a weekday",
			body: "“Today Ghana recognises the new government of Mali,” the president told lawmakers in Accra on Friday.",
			want: []expect{{typ: "SUPPORT", countries: []string{"GHA", "MLI"}, status: event.Occurred, start: "2025-02-28"}}},
	})
}
