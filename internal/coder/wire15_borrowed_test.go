package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifteenth pass (stop 33): the words of force borrowed for speech and for
// winning. The sentences are written for this test.
func TestWireFormsFifteenthPassBorrowed(t *testing.T) {
	none := []struct {
		rule string
		body string
	}{
		{"a party storms to victory",
			"After storming to victory in last year's elections, the new Kenyan government asked Britain to review its training base."},
		{"a team storms into a final",
			"Argentina brushed Colombia aside and stormed into the final on Wednesday night."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			for _, e := range Code(art(tt.body, "2025-04-10"), Options{}) {
				if e.Type == "ASSAULT" {
					t.Errorf("got %s, want no assault", summary([]event.Event{e}))
				}
			}
		})
	}
	t.Run("an attack in words is an accusation", func(t *testing.T) {
		codedOne(t, art("Chinese Foreign Minister Wang Yi on Thursday launched a scathing attack on Japan for its plans to release treated water into the sea.", "2025-04-10"), "ACCUSE", []string{"CHN", "JPN"})
	})
	t.Run("a storm of a building stays one", func(t *testing.T) {
		codedOne(t, art("Protesters stormed into the French embassy in Niamey on Sunday and set fire to its gate.", "2025-04-10"), "PROTEST", []string{"FRA", "NER"})
	})
	t.Run("a fierce attack is force", func(t *testing.T) {
		codedOne(t, art("Israel launched a fierce attack on Hamas positions in Gaza on Tuesday.", "2025-04-10"), "ASSAULT", []string{"ISR", "PSE"})
	})
}
