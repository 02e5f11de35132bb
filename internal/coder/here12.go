package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// A wire story writes its dateline's city as "here": "Obama, who arrived
// here Sunday night", "the delegation landed here on Monday". The visit
// goes to the dateline's place.

// noteDateline keeps the place or country that opens sentence s as its
// dateline ("HANOI —", "TOKYO (Reuters) –").
func (c *articleCoder) noteDateline(toks []token, s nlp.Sentence, ms []actors.Mention) {
	for _, sp := range c.sentenceSpans(toks, s.Start, ms) {
		if sp.start == 0 && (sp.m.Kind == actors.Place || sp.m.Kind == actors.Country) && sp.m.Country != "" && (isDateline(toks, sp) || datedPlace(toks, sp)) {
			m := sp.m
			c.dateline = &m
		}
		return
	}
}

// hereAtDateline gives a visit told "arrived here" the dateline's place
// as its venue, and its country as the host when no party is from it.
func (c *articleCoder) hereAtDateline(typ string, toks []token, m match, parties []*party) (*event.Location, []*party) {
	if typ != "CONSULT" || !m.cue.flags.dest || m.end < 1 || toks[m.end-1].lower != "here" || c.dateline == nil {
		return nil, parties
	}
	d := c.dateline
	loc := &event.Location{Name: d.Name, Country: strPtr(d.Country)}
	for _, p := range parties {
		if p.country == d.Country {
			return loc, parties
		}
	}
	return loc, append(parties, &party{key: d.Country, country: d.Country, name: c.countryName(d.Country), role: event.RoleTarget, at: m.end})
}

// datedPlace reports a place followed by a comma and the month of a
// dateline ("HANOI, May 23 (AP) —").
func datedPlace(toks []token, sp span) bool {
	return sp.end+1 < len(toks) && toks[sp.end].lower == "," && monthNames[toks[sp.end+1].lower]
}
