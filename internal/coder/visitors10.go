package coder

import "storyline/internal/actors"

// Private people are no side of a meeting of states (stop 28).
//
// A private person whose country the text gives ("Otto Warmbier, a
// university student", the lead's "American student" named later) is a
// side of what is done to him: his arrest, his release, the charges
// against him. But his own travels are no visit of his country: "The
// 21-year-old Warmbier had entered Pyongyang with a tour company" is a
// tourist's trip, not a CONSULT between the United States and North
// Korea. A party to a meeting or a visit that the clause names only by
// named private people (students, workers, tourists, journalists: the
// nouns of actors' person-nouns.txt) is dropped; an official, a
// government or a country named beside them keeps it.

// publicSectors are the sectors of people who act for a state or body.
var publicSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "IGO": true, "SPY": true}

// privatePerson reports a named person of a private sector: a student, a
// worker, a journalist, not an official. People named only by their noun
// ("a Chinese medical team", "Cuban doctors") are often sent by their
// state, and stay.
func privatePerson(m actors.Mention) bool {
	return m.Kind == actors.Person && m.Name != "" && m.Sector != "" && !publicSectors[m.Sector]
}

// dropPrivateVisitors drops the parties of a meeting named only by private
// people.
func dropPrivateVisitors(parties []*party) []*party {
	out := parties[:0]
	for _, p := range parties {
		if !p.private {
			out = append(out, p)
		}
	}
	return out
}
