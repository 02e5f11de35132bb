package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixteenth pass (stop 34, the ar and as families): a trip a government
// stops its people making is no visit of one state to the other; a visit
// told after a ban is lifted stays one. The sentences are written for this
// test.
func TestWireFormsSixteenthPassHeldBackTrip(t *testing.T) {
	for _, body := range []string{
		"Kenya's interior ministry prohibited Kenyans from travelling to Somalia until further notice.",
		"Ghana's president recommended travel firms to refrain from selling package tours to Togo.",
		"Egypt will bar Egyptians from going to Sudan this month.",
	} {
		t.Run(body, func(t *testing.T) {
			for _, e := range Code(art(body, "2025-05-20"), Options{}) {
				if e.Type == "CONSULT" {
					t.Errorf("got %s, want no visit", summary([]event.Event{e}))
				}
			}
		})
	}
	t.Run("a visit after a ban is lifted", func(t *testing.T) {
		codedOne(t, art("After the ban was lifted, Kenya's foreign minister flew to Somalia on Monday.", "2025-05-20"), "CONSULT", []string{"KEN", "SOM"})
	})
}
