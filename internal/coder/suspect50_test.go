package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 50: the charge against a private person named by nationality is
// no act between states, and the states it names are no sides of what
// else the sentence tells (suspect50.go). The sentences are written for
// this test.
func TestPrivateSuspect(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a woman accused of a killing abroad",
			body:     "A Peruvian woman accused of killing a Chilean tourist in Cusco appeared in court on Monday.",
			notTypes: []string{"ACCUSE", "ASSAULT"}},
		{rule: "men held on suspicion of smuggling",
			body:     "Two Kenyan men held for a year on suspicion of smuggling weapons into Uganda went on trial on Friday.",
			notTypes: []string{"ACCUSE", "MOBILIZE", "COERCE"}},
		{rule: "the charge names no side of the release",
			body: "A Peruvian woman accused of killing a Chilean tourist was freed by Bolivia on Monday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"BOL", "PER"}, status: event.Occurred}}},
		{rule: "left alone: a state's charge",
			body: "Bolivia accused Chile of spying on its navy on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BOL", "CHL"}, status: event.Occurred}}},
	})
}
