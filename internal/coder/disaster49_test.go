package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a storm or a quake named before a comma is still the doer of
// the "hit" or "killed" after it, in a relative clause on it or as the
// sentence's second verb (disasterSubject, assault21.go). The sentences
// are written for this test.
func TestDisasterBeforeACommaIsNoAttacker(t *testing.T) {
	runRuleCases(t, "2024-10-08", []ruleCase{
		{rule: "a relative clause on the storm",
			body: "The cyclone, which struck Samoa on Tuesday night New Zealand time, is now veering west having missed Fiji.", notTypes: []string{"ASSAULT"}},
		{rule: "the storm's second verb",
			body: "Cyclone Pam, a category 5 tropical cyclone caused severe damage in Vanuatu, Tuvalu and Kiribati and killed at least 16 people.", notTypes: []string{"ASSAULT"}},
		{rule: "left alone: an army after the storm", anyOf: true,
			body: "After the earthquake, Turkish troops attacked Kurdish militia positions in Syria and killed 12 fighters.",
			want: []expect{{typ: "ASSAULT", countries: []string{"SYR", "TUR"}, status: event.Occurred}}},
		{rule: "left alone: jets named for a storm", anyOf: true,
			body: "Typhoon jets from Britain took off from their base and bombed Houthi targets in Yemen.",
			want: []expect{{typ: "ASSAULT", countries: []string{"GBR", "YEM"}, status: event.Occurred}}},
		{rule: "left alone: jets named for a tornado", anyOf: true,
			body: "Tornado jets of the Royal Air Force flew overnight and bombed Islamic State positions in Iraq.",
			want: []expect{{typ: "ASSAULT", countries: []string{"GBR", "IRQ"}, status: event.Occurred}}},
	})
}
