package coder

import (
	"testing"

	"storyline/internal/article"
)

// TestWireFormsTwentyNinthPassStruckHeadline: a headline drops the "was"
// of a passive of force whose subject is a building or vessel
// (headlineStruck, headline47.go): the building's country is struck, and
// the unnamed attackers are of the place (struckMissionHost). The
// sentences are written for this test.
func TestWireFormsTwentyNinthPassStruckHeadline(t *testing.T) {
	cases := []struct {
		title, typ, source, target string
	}{
		{"Thai consulate attacked in Istanbul", "ASSAULT", "TUR", "THA"},
		{"Kenyan consulate in Uganda attacked over border row", "ASSAULT", "UGA", "KEN"},
		{"Canadian embassy in Tripoli stormed by gunmen", "ASSAULT", "LBY", "CAN"},
		{"Egyptian embassy in Khartoum attacked by crowd", "ASSAULT", "SDN", "EGY"},
		// Must not: an active verb with its object keeps the attacker first.
		{"Russia attacked Ukraine's power grid overnight", "ASSAULT", "RUS", "UKR"},
	}
	for _, c := range cases {
		pub := "2025-06-04"
		evs := Code(article.Article{Source: "test.txt", Title: c.title, Body: neutralBody, Language: "en", Published: &pub}, Options{NoLearnedFilter: true})
		checkRoles(t, c.title, evs, c.typ, c.source, c.target)
	}
	// Must not: people are no building; "forces raided in Jenin" is an
	// intransitive raid of the forces', not a passive.
	for _, s := range []string{"Thai forces attacked in Istanbul", "Turkish protesters attacked in Istanbul"} {
		if headlineStruck(tokenize(s), match{start: 2, end: 3}) { // the participle, "attacked"
			t.Errorf("%q: read as a passive of force", s)
		}
	}
}

// TestWireFormsTwentyNinthPassCameUnder: a place or force that "came
// under attack|fire" is struck, and a country's word after "under" fires
// (cameUnderRole, headline47.go). The sentences are written for this test.
func TestWireFormsTwentyNinthPassCameUnder(t *testing.T) {
	checkRoles45(t, "Ukrainian positions near Bakhmut came under Russian fire on Monday.", "ASSAULT", "RUS", "UKR")
	checkRoles45(t, "A Turkish convoy came under Syrian fire near Idlib on Tuesday.", "ASSAULT", "SYR", "TUR")
	checkRoles45(t, "An Indian patrol came under Chinese fire in Ladakh on Monday.", "ASSAULT", "CHN", "IND")
	// Must not: the active attack keeps its attacker first; an embassy
	// that came under attack by no one named is no attacker of its host.
	checkRoles45(t, "Russian forces attacked Ukrainian positions near Bakhmut on Monday.", "ASSAULT", "RUS", "UKR")
	checkCodedCases(t, []codedCase{
		{"the embassy attacked is no attacker",
			"The Kenyan embassy in Juba came under attack on Sunday.",
			"ASSAULT", []string{"KEN", "SSD"}, false},
	})
}
