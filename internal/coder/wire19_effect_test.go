package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-first pass (stop 39), status: an accord's text that "will" bring
// something is an accord made (effect19.go); its own signing or coming into
// force, a text still proposed, and an act noun before it stay planned. The
// sentences are written for this test; the articles are dated Tuesday
// 2025-05-20.
func TestWireFormsTwentyFirstPassAccordEffect(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"treaty will take ties to the next level",
			"The treaty will take Kenya-Tanzania relations to the next level.",
			"AGREE", []string{"KEN", "TZA"}, event.Occurred},
		{"agreement between the parties will boost trade",
			"The agreement between Kenya and Tanzania will boost trade.",
			"AGREE", []string{"KEN", "TZA"}, event.Occurred},
		{"pact will also allow",
			"The new defence pact between Kenya and Tanzania will also allow joint patrols.",
			"AGREE", []string{"KEN", "TZA"}, event.Occurred},
		// The accord's own coming into being stays a plan.
		{"deal will be signed",
			"The trade deal between Kenya and Tanzania will be signed next week.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"agreement will take effect",
			"The trade agreement between Kenya and Tanzania will take effect in July.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"the signing of the treaty will elevate",
			"The signing of the Kenya-Tanzania Mutual Defence Treaty will elevate the relationship between Kenya and Tanzania.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
		{"the ratification of the treaty will make",
			"The ratification of the treaty will make Kenya and Tanzania allies.",
			"AGREE", []string{"KEN", "TZA"}, event.Planned},
	})
}
