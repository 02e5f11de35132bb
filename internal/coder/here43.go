package coder

import "storyline/internal/event"

// Twenty-fifth pass (stop 43): wire copy writes the dateline's city as
// "here" for a rally as for a visit (here12.go): "JAKARTA -- Thousands of
// protestors staged a rally in front of the embassy of Myanmar, here, on
// Wednesday", "MOSCOW -- Hundreds of Muslims protesting outside the
// Burmese Embassy here". The protest is held at the dateline's place, and
// that place's country is the protesters' when no side is from it
// (sideFromPlace), as for "a rally in Jakarta". "here" names the venue
// even where a place follows for another purpose ("in solidarity with the
// minority in Myanmar"), so it wins over the place otherwise found.

// protestHere gives a protest whose clause says "here" the dateline's
// place as its venue; nil when it has none or the page no dateline.
func (c *articleCoder) protestHere(typ string, toks []token, cl clause) *event.Location {
	if typ != "PROTEST" || c.dateline == nil {
		return nil
	}
	for i := cl.start; i < cl.end && i < len(toks); i++ {
		if toks[i].lower == "here" {
			d := c.dateline
			return &event.Location{Name: d.Name, Country: strPtr(d.Country)}
		}
	}
	return nil
}
