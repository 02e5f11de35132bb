package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixteenth pass (stop 34, the ar and as families): a sanction ended is a
// concession, told with verbs of undoing as much as with "lift", and a
// sanction's end decided for a later day is that concession, planned. A
// release promised stays a promise. The sentences are written for this
// test.
func TestWireFormsSixteenthPassSanctionEnded(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"revoked sanctions",
			"Canada revoked the economic sanctions it had placed on Myanmar in 2007.",
			"CONCEDE", []string{"CAN", "MMR"}, event.Occurred},
		{"ended its embargo",
			"France ended its embargo on arms sales to Chad on Tuesday.",
			"CONCEDE", []string{"FRA", "TCD"}, event.Occurred},
		{"will rescind, a day to come",
			"Japan will rescind the trade restrictions it imposed on South Korea from March 1, the trade ministry said.",
			"CONCEDE", []string{"JPN", "KOR"}, event.Planned},
		// A decision made is the concession made, as for a sanction decided
		// (announced15.go): occurred since the eighteenth pass (stop 36).
		{"decided to lift",
			"Britain decided to lift its oil embargo on Iran.",
			"CONCEDE", []string{"GBR", "IRN"}, event.Occurred},
	})
	t.Run("a release promised stays a promise", func(t *testing.T) {
		for _, e := range Code(art("Iran will release the two French tourists next week, its foreign minister said.", "2025-05-20"), Options{}) {
			if e.Type == "CONCEDE" {
				t.Errorf("got %s, want no concession", summary([]event.Event{e}))
			}
		}
	})
	t.Run("sanctions imposed stay a sanction", func(t *testing.T) {
		codedOne(t, art("Canada imposed new sanctions on Myanmar on Tuesday.", "2025-05-20"), "SANCTION", []string{"CAN", "MMR"})
	})
}
