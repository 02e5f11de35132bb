package coder

import "testing"

// Twenty-third pass (stop 41): an act quoted at the head of a sentence
// and told by a speaker named after the quote is reported as "X said ..."
// reports it; the speaker's own words (first person, present, future) and
// a quote with no speaker after it stay words. The sentences are written
// for this test.
func TestWire21QuotedReport(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"quoted strike, ministry said",
			"“Israeli warplanes struck targets near Damascus,” the Syrian defence ministry said in a statement.",
			"ASSAULT", []string{"ISR", "SYR"}, true},
		{"quoted strike, minister told reporters",
			"\"Russian missiles struck a hospital in Kharkiv,\" the Ukrainian foreign minister told reporters on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"quoted shelling, army said",
			"“Azerbaijani forces shelled Armenian villages overnight,” Armenia's defence ministry said.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"first person stays the speaker's words",
			"“We struck Hezbollah targets in southern Lebanon,” the Israeli defence minister said.",
			"ASSAULT", []string{"ISR", "LBN"}, false},
		{"future stays the speaker's words",
			"“Israeli warplanes will strike targets near Damascus,” the Syrian defence ministry said.",
			"ASSAULT", []string{"ISR", "SYR"}, false},
		{"no speaker after the quote",
			"“Israeli warplanes struck targets near Damascus.”",
			"ASSAULT", []string{"ISR", "SYR"}, false},
		{"the unquoted report stays coded",
			"Ukraine's foreign minister said Russian missiles hit a hospital in Kharkiv.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
	})
}

// Twenty-third pass (stop 41): drones launched at a state or a city are an
// attack on it, told with the direction word; a drone launched for a
// survey is no attack. A cue fact, at no measured cost.
func TestWire21LaunchedDrones(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"launched drones at a state, told by its air force",
			"Ukraine's air force said Russia launched 100 drones at Ukraine overnight.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"launched drones toward a state",
			"Iran launched more than 100 drones toward Israel, the Israeli military said.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
		{"a surveillance drone over a border is no attack",
			"India launched a surveillance drone over the border with Pakistan.",
			"ASSAULT", []string{"IND", "PAK"}, false},
	})
}
