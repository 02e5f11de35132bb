package coder

import (
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), the status of an act whose clause gives no
// tense (status13.go). The sentences are written for these tests; each
// follows a lead that codes nothing, so that the dateline does not lend
// its day.

func TestWireFormsThirteenthPassStatus(t *testing.T) {
	const lead = "MOSCOW, May 13, 2019 (AP) — Officials met in the capital on Monday to discuss the weather.\n\n"
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "a verdict told in the news present after 'says'",
			body: lead + "Russian President Vladimir Putin says the downing of a Russian helicopter by Georgia is a \"stab in the back carried out by the accomplices of terrorists\".",
			want: []expect{{typ: "ACCUSE", countries: []string{"GEO", "RUS"}, status: event.Occurred, start: "2019-05-13"}}},
		{rule: "an attack told in the news present with a participle",
			body: lead + "The Turkish army renews its attacks on Syria, shelling border towns and several fuel depots.",
			want: []expect{{typ: "ASSAULT", countries: []string{"SYR", "TUR"}, status: event.Occurred, start: "2019-05-13"}}},
		{rule: "left alone: a measure still to come stays planned",
			body: lead + "Russia will expel two Norwegian diplomats next week.",
			want: []expect{{typ: "SANCTION", countries: []string{"NOR", "RUS"}, status: event.Planned, start: "2019-05-20"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, "2019-05-13"), Options{KeepOneSided: true})
			checkWanted(t, evs, tt.want)
			for _, e := range evs {
				if e.Status == event.Unknown {
					t.Errorf("an unknown status in %s", summary(evs))
				}
			}
		})
	}
}
