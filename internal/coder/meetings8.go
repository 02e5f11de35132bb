package coder

import "slices"

// Rules of who takes part in a meeting or a call (eighth pass, second
// round). News tells a meeting by the people who meet: "Modi will hold a
// bilateral meeting with Putin", "Trump spoke with Erdogan by phone". A
// country the same clause names on its own beside them, not as the one who
// meets, is where they meet, whose affairs they talk about or whose trip it
// is ("Tianjin [China], September 1: ... will meet Putin", "the agenda of
// his China visit", "the safe zone in Syria"), not a third side at the
// table.

// twoLeaders drops from a meeting, call or video call whose named people
// come from exactly two countries the countries the clause names on their
// own (no person, no office) anywhere but as the subject of the cue: before
// it with no named person between. A visit keeps its host (the country
// visited is a side of it), and a meeting told as several-sided ("three-way
// talks", a summit of a group) keeps every party. "The two Indian ministers
// will meet Egypt's foreign minister" keeps India, the subject.
func twoLeaders(mode string, m match, parties []*party) []*party {
	switch mode {
	case "meet", "phone", "virtual":
	default:
		return parties
	}
	named, lastBefore := 0, -1 // parties with a named person; the last one's token before the cue
	for _, p := range parties {
		if len(p.people) > 0 && p.country != "" {
			named++
			if p.at < m.start && p.at > lastBefore {
				lastBefore = p.at
			}
		}
	}
	if named != 2 || len(parties) == 2 {
		return parties
	}
	return slices.DeleteFunc(parties, func(p *party) bool {
		bare := len(p.people) == 0 && p.title == "" && p.country != "" && !p.igo
		subject := p.at < m.start && p.at > lastBefore
		return bare && !subject
	})
}
