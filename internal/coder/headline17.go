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
// than the body's sentences, unless the lead tells its act with one side
// (halfToldInLead). body holds the body's two-sided acts, lead its acts
// of one country in the lead (leadOneCountry), the one-sided ones too.
func headlineActs(body, lead, head []event.Event) []event.Event {
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
		switch {
		case told:
		case paired:
			out = append(out, h)
		default:
			if half, ok := halfToldInLead(h, lead); ok {
				out = append(out, datedByBody(h, half))
			}
		}
	}
	return out
}

// leadChars is how far into the body the lead runs: a wire story's first
// two or three paragraphs, where it retells the headline's act in full.
const leadChars = 600

// halfToldInLead finds the lead's act of the headline's type done by or
// to one of the headline's two sides and no other ("France recognised
// Palestinian statehood on Monday" under "France recognises Palestinian
// state"; "The U.S. said it was removing some sanctions" under "... as the
// US relaxes some restrictions on Belarus's carrier"). The lead retells
// the headline's act, and when it names its other side as a thing (a
// "statehood", a "national airline") or not at all, the rules keep only
// one side and drop the act; the headline holds both. Later paragraphs
// are left out: they tell background acts of the same type (a past war,
// an old invasion) that the headline does not sum up.
func halfToldInLead(h event.Event, lead []event.Event) (event.Event, bool) {
	sides := h.Countries()
	for _, b := range lead {
		if b.Type == h.Type && slices.Contains(sides, b.Countries()[0]) {
			return b, true
		}
	}
	return event.Event{}, false
}

// leadOneCountry keeps the acts of one country read from the lead, taken
// before the one-sided acts are dropped: the acts halfToldInLead may find.
func leadOneCountry(events []event.Event) []event.Event {
	var out []event.Event
	for _, e := range events {
		if inLead(e) && len(e.Countries()) == 1 {
			out = append(out, e)
		}
	}
	return out
}

// inLead reports an act read from the body's first leadChars characters.
func inLead(b event.Event) bool {
	return len(b.Evidence) > 0 && !b.Evidence[0].Headline && !b.Evidence[0].Caption && b.Evidence[0].Start < leadChars
}

// datedByBody gives the headline's act the day and status of the lead's
// act it sums up: a headline is written in the present ("recognises")
// and dated by the page, while the lead gives the day ("on Monday").
func datedByBody(h, half event.Event) event.Event {
	if half.Date == nil {
		return h
	}
	d := *half.Date
	h.Date = &d
	h.Status = half.Status
	return h
}
