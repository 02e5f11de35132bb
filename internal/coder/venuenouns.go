package coder

// A country name before a noun of meeting modifies it: "the North Korea
// summit", "the Iran talks" is the meeting with that country, held
// elsewhere. When the clause names the country as a party, the name is no
// venue (build.go); a country that is no party ("the Singapore summit")
// still is.

// meetingNouns are the nouns of a meeting such a name modifies.
var meetingNouns = map[string]bool{"summit": true, "summits": true, "talks": true, "meeting": true, "meetings": true, "negotiations": true}
