package coder

import "testing"

// Sixteenth pass (stop 34): the stops of a trip whose traveller the clause
// does not name do not visit one another; a traveller named by a person or
// an office, or before the verb, keeps the visit. The sentences are
// written for this test.
func TestWireFormsSixteenthPassItinerary(t *testing.T) {
	none := []struct {
		rule string
		body string
	}{
		{"two stops after the verb, no traveller",
			"The foreign minister is also scheduled to visit Kenya and Tanzania later this month."},
		{"the next stop and where the trip comes from",
			"The delegation then goes to Ghana from Nigeria."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			if evs := Code(art(tt.body, "2025-05-20"), Options{}); len(evs) != 0 {
				t.Errorf("got %s, want nothing", summary(evs))
			}
		})
	}
	t.Run("a traveller named by a person after the stop", func(t *testing.T) {
		codedOne(t, art("On his first visit to Kenya, Indian Prime Minister Narendra Modi will open a trade fair in Nairobi.", "2025-05-20"), "CONSULT", []string{"IND", "KEN"})
	})
	t.Run("a traveller named before the verb", func(t *testing.T) {
		if evs := Code(art("Kenyan President William Ruto will visit Tanzania and Uganda next week.", "2025-05-20"), Options{}); len(evs) != 2 {
			t.Errorf("got %s, want two visits", summary(evs))
		}
	})
}
