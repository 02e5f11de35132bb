package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twentieth pass (stop 38), status read from sentences written in wire
// style: an act still worked for ("have yet to sign", "are racing to
// sign") or near ("are close to signing") is planned, and talks that a
// "will be in X on Saturday" governs are on the Saturday to come
// (pending18.go). An aim reached after a verb of motion, and
// talks told in the past, stay done. The sentences are written for this
// test; the articles are dated Tuesday 2025-05-20.
func TestWireFormsTwentiethPassPending(t *testing.T) {
	checkStatusCases(t, []statusCase{
		// An infinitive after "yet" or a progressive verb of effort.
		{"have yet to sign",
			"Kenya and Tanzania have yet to sign the border agreement.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"are racing to sign",
			"Kenya and Tanzania are racing to sign a border agreement before the summit.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"were working to finalise",
			"Kenya and Tanzania were working to finalise a border agreement on Monday.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"marched to protest is done",
			"Kenyan protesters marched in Nairobi on Monday to protest against Tanzania.",
			"PROTEST", []string{"KEN", "TZA"}, event.Occurred},
		// An act one is near to.
		{"are close to signing",
			"Kenya and Tanzania are close to signing a trade agreement, officials said.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"on the verge of signing",
			"Kenya and Tanzania are on the verge of signing a trade agreement.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"signed after talks is done",
			"Kenya and Tanzania finally signed a trade agreement on Monday after years of talks.",
			"AGREE", []string{"KEN", "TZA"}, event.Occurred},
		// Talks after "for", governed by a verb to come.
		{"will be in X on Saturday for talks",
			"The Kenyan foreign minister will be in Dodoma on Saturday for talks with Tanzanian officials.",
			"CONSULT", []string{"KEN", "TZA"}, event.Planned},
		{"is due in X on Saturday for talks",
			"The Kenyan foreign minister is due in Dodoma on Saturday for talks with Tanzanian officials.",
			"CONSULT", []string{"KEN", "TZA"}, event.Planned},
		{"was in X on Saturday for talks is done",
			"The Kenyan foreign minister was in Dodoma on Saturday for talks with Tanzanian officials.",
			"CONSULT", []string{"KEN", "TZA"}, event.Occurred},
		{"is in X for talks is going on",
			"The Kenyan foreign minister is in Dodoma for talks with Tanzanian officials.",
			"CONSULT", []string{"KEN", "TZA"}, event.Occurred},
	})
}

// The Saturday that "will be in Dodoma" governs is the one to come, not
// the nearer one three days back.
func TestWireFormsTwentiethPassPendingDay(t *testing.T) {
	for body, day := range map[string]string{
		"The Kenyan foreign minister will be in Dodoma on Saturday for talks with Tanzanian officials.": "2025-05-24",
		"The Kenyan foreign minister was in Dodoma on Saturday for talks with Tanzanian officials.":     "2025-05-17",
	} {
		e := codedOne(t, art(body, "2025-05-20"), "CONSULT", []string{"KEN", "TZA"})
		if e.Date == nil || e.Date.Start != day {
			t.Errorf("%q: got %s, want day %s", body, summary([]event.Event{e}), day)
		}
	}
}

// A near act told in the past was never reached: no act, done or to come.
func TestWireFormsTwentiethPassPastNear(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"were on the verge of an agreement when",
			"Kenya and Tanzania were on the verge of a trade agreement in March when the talks collapsed.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"were close to an agreement before",
			"Kenya and Tanzania were close to a trade agreement in April before the talks collapsed.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"had been close to an agreement",
			"Kenya and Tanzania had been close to an agreement on grazing rights in February.",
			"AGREE", []string{"KEN", "TZA"}, false},
		{"are close to signing is still to come",
			"Kenya and Tanzania are close to signing a trade agreement, officials said.",
			"AGREE", []string{"KEN", "TZA"}, true},
	})
}
