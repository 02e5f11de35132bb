package coder

import (
	"slices"

	"storyline/internal/event"
)

// headlineActs keeps the headline's two-sided acts that add a reading of
// a pair the body already tells. A headline sums up the story's main act
// in a few words ("X rejects Y's offer", "X expels Y's envoy"), and the
// body often tells that act in a form the rules read as something else
// (the offer made, the talks held) or in a clause they cannot read. When
// the body codes an act between exactly the headline's two sides, the
// headline's type is a second reading of what passed between them, and
// it is kept; a headline whose sides the body never pairs is left out, as
// before, since its shorthand ("slams", "hits back") reads less reliably
// than the body's sentences.
func headlineActs(body, head []event.Event) []event.Event {
	var out []event.Event
	for _, h := range head {
		if !twoSided(h) {
			continue
		}
		sides := h.Countries()
		paired, told := false, false
		for _, b := range body {
			if slices.Equal(b.Countries(), sides) {
				paired = true
				told = told || b.Type == h.Type
			}
		}
		if paired && !told {
			out = append(out, h)
		}
	}
	return out
}
