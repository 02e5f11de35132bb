package coder

// Rules of the seventeenth pass (stop 35) on the sides of an act: a
// country's name that is also its adjective, before a word that starts no
// noun.

// wordsAfterName follow a country's name and start no noun of their own,
// beyond the prepositions of functionWords: a preposition or conjunction
// ("sent aid to Myanmar following the earthquake", "fired missiles at the
// US amid tensions"). A name that is also its country's adjective (Myanmar,
// the US, the UK) before one of them is the country named, not a modifier:
// none of them is a noun it could qualify. Time words ("the U.S. last
// month") are left out: tried, they gave sides only to acts read with the
// wrong type (docs/coding.md, seventeenth pass).
var wordsAfterName = map[string]bool{
	"following": true, "amid": true, "amidst": true, "despite": true, "until": true, "till": true,
	"without": true, "within": true, "through": true, "throughout": true, "because": true,
	"while": true, "when": true, "where": true, "which": true, "whose": true, "unless": true,
	"if": true, "upon": true, "under": true, "across": true, "near": true, "toward": true,
	"towards": true, "ahead": true, "via": true, "including": true, "than": true, "but": true,
	// A charge's participle follows its accuser's name, not a noun the name
	// qualifies: "accusations from the UK targeting Russia" (judgedcharge17.go).
	"targeting": true, "accusing": true, "blaming": true, "alleging": true,
}
