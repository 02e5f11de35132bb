package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-seventh pass (stop 45): a country's politicians stand for it
// (build.go actorNouns), and a capital after "pointed the finger at" is
// the government blamed (actors/censure45.go). The sentences are written
// for this test.
func TestWireFormsTwentySeventhPassBlamedPoliticians(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state blaming another's politicians charges that state",
			"The Kremlin on Friday blamed radical Georgian politicians for what it called a provocation.",
			"ACCUSE", []string{"GEO", "RUS"}, true},
		{"politicians accused by adjective are their country",
			"Serbia accused Kosovar politicians of stoking ethnic tension in the north.",
			"ACCUSE", []string{"SRB", "XKX"}, true},
		{"politicians of one country blaming its bank are no two states",
			"Peruvian politicians blamed the central bank for the slowdown.",
			"ACCUSE", []string{"PER"}, false},
		{"a capital the finger is pointed at is the state blamed",
			"The Ethiopian minister pointed the finger at Cairo for the unrest.",
			"ACCUSE", []string{"EGY", "ETH"}, true},
		{"a capital pointed at on a map is a place",
			"The Ethiopian guide pointed at Cairo on the map.",
			"ACCUSE", []string{"EGY", "ETH"}, false},
	})
}

// Twenty-seventh pass (stop 45): a state charged under a description
// after a verb of charge is the one its sentence named after the subject
// (charged45.go). The sentences are written for this test.
func TestWireFormsTwentySeventhPassChargedDescription(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the Islamic republic accused is the state named before",
			"Morocco cut diplomatic ties with Iran on Tuesday, accusing the Islamic republic of arming the rebels.",
			"ACCUSE", []string{"IRN", "MAR"}, true},
		{"the North African country accused is the state named before",
			"Qatar recalled its envoy from Egypt, accusing the North African country of backing the militias.",
			"ACCUSE", []string{"EGY", "QAT"}, true},
		{"the tiny emirate blamed is the state named before",
			"Saudi Arabia severed ties with Qatar, blaming the tiny emirate for supporting extremist groups.",
			"ACCUSE", []string{"QAT", "SAU"}, true},
		{"with only the subject named, the description is someone else",
			"Iran blamed the Gulf kingdom for the attack on its embassy.",
			"ACCUSE", []string{"IRN"}, false},
	})
}

// codedDay is one row of a dating test: body, coded as an article of
// 2025-06-01, gives an event of typ whose date starts on start.
type codedDay struct {
	rule  string
	body  string
	typ   string
	start string
}

func checkCodedDays(t *testing.T, cases []codedDay) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			var got *event.Event
			evs := Code(art(tt.body, "2025-06-01"), Options{})
			for i := range evs {
				if evs[i].Type == tt.typ {
					got = &evs[i]
				}
			}
			switch {
			case got == nil:
				t.Errorf("no %s event in %s", tt.typ, summary(evs))
			case got.Date == nil || got.Date.Start != tt.start:
				t.Errorf("date %+v, want start %s", got.Date, tt.start)
			}
		})
	}
}

// Twenty-seventh pass (stop 45): a country or person named alone before a
// headline's colon is the speaker of the charge after it
// (colonspeaker45.go); a capital there is the dateline. The sentences are
// written for this test.
func TestWireFormsTwentySeventhPassColonSpeaker(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a country before the colon charges the state after it",
			"Poland: Belarus is responsible for the border crisis",
			"ACCUSE", []string{"BLR", "POL"}, true},
		{"a country before the colon lays the blame",
			"Kenya: Somalia is to blame for the border raids",
			"ACCUSE", []string{"KEN", "SOM"}, true},
		{"a capital before the colon is a dateline, no side",
			"Washington: Jordan sharply increased airstrikes against the militants",
			"ASSAULT", []string{"JOR", "USA"}, false},
	})
}
