package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40, the day): a measure announced ("said on
// Thursday it would expel") is dated by the day it was said, not by the
// page's (announced20.go). The sentences are written for this test; the
// page is dated Friday 2025-05-23.
func TestWireFormsTwentySecondPassAnnouncedDay(t *testing.T) {
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "said on a weekday it would expel",
			body: "Hungary's foreign ministry said on Wednesday it would expel two Ukrainian diplomats.",
			want: []expect{{typ: "SANCTION", countries: []string{"HUN", "UKR"}, status: event.Occurred, start: "2025-05-21"}}},
		{rule: "announced a weekday that it will impose tariffs",
			body: "India announced Tuesday that it will impose retaliatory tariffs on Turkish apples.",
			want: []expect{{typ: "SANCTION", countries: []string{"IND", "TUR"}, status: event.Occurred, start: "2025-05-20"}}, anyOf: true},
		{rule: "left alone: a measure with a day to come keeps it",
			body: "Hungary's foreign ministry said on Wednesday it would expel two Ukrainian diplomats next week.",
			want: []expect{{typ: "SANCTION", countries: []string{"HUN", "UKR"}, status: event.Planned, start: "2025-05-26"}}},
	})
}

// A visit announced with no day is still to come: the day it was told does
// not date it.
func TestAnnouncedVisitUndated(t *testing.T) {
	body := "The Kremlin said on Wednesday that Russian President Vladimir Putin will visit Hungary."
	for _, e := range Code(art(body, "2025-05-23"), Options{KeepOneSided: true}) {
		if e.Type == "CONSULT" && e.Date != nil {
			t.Errorf("got %s, want the visit undated", summary([]event.Event{e}))
		}
	}
}
