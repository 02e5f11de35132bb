package coder

import "storyline/internal/actors"

// Sport names its teams by their countries: "the Netherlands hosted
// Germany in the third matchweek of the UEFA Nations League", "Brazil
// meet Argentina in a World Cup qualifier", "Pakistan-India clash in Asia
// Cup ends in a washout". Games borrow the words of force, and offTopic
// (genre.go) drops them in a sentence of sport; but they borrow the words
// of meetings too ("host", "meet", "face"), which a sentence of sport
// keeps, since officials do meet at games ("the two presidents met at the
// final"). What tells the two apart is who meets: officials, people or
// organs are named as such, while a team is a bare country name. And a
// sports story's title is a game's title: the title is coded on its own
// (headline8.go) and then knows nothing of the body, so the body's verdict
// as a sports story goes with it (Options.sportsPage).

// teamsMeet reports a meeting or an accord in a sentence of sport, with
// no word of war or politics, whose actors are all countries named bare:
// teams that play each other.
func teamsMeet(k sentenceKind, typ string, ms []actors.Mention) bool {
	if typ != "CONSULT" && typ != "AGREE" || !k.sports || k.war || k.political {
		return false
	}
	countries := 0
	for _, m := range ms {
		switch m.Kind {
		case actors.Person, actors.Organisation:
			return false
		case actors.Country:
			if m.Title != "" || m.Metonym || m.Group {
				return false // "Japan's foreign minister", "the Kremlin"
			}
			countries++
		}
	}
	return countries >= 2
}
