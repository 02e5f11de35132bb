package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Seventeenth pass (stop 35), the bc family: saying another country was
// behind a cyber attack or a break-in charges it, on the day it was said,
// with the speaker (and the one harmed) as the accuser; a cyber attack is
// no armed attack. The sentences are written for this test.
func TestWireFormsSeventeenthPassBehind(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a government says another was behind a cyber attack",
			"The Danish government said on Monday that China was behind a cyber attack on its parliament in April.",
			"ACCUSE", []string{"CHN", "DNK"}, true},
		{"the speaker after the words charges the one behind a break-in",
			"China was behind the break-in into the Danish parliament's email system in April, the Danish foreign minister said on Monday.",
			"ACCUSE", []string{"CHN", "DNK"}, true},
		{"being behind a deal is support, no charge",
			"The Danish parties are behind the trade deal with China, the minister said on Monday.",
			"ACCUSE", []string{"CHN", "DNK"}, false},
		{"a cyber attack is no armed attack",
			"Russian cyber attacks on Estonia are seen by the European Union as part of a wider strategy.",
			"ASSAULT", []string{"EST", "RUS"}, false},
		{"an attack on positions stays an armed attack",
			"Russia launched an attack on Ukrainian positions near Kharkiv on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
	})
	t.Run("no armed attack at all in a cyber attack", func(t *testing.T) {
		checkTypeCoded(t, "Russian cyber attacks on Estonia are seen by the European Union as part of a wider strategy.", "ASSAULT", nil)
	})
}

// The charge is dated by the day it was said ("said on Monday"), not by
// the month of the harm ("in April"), and the speaker is its source.
func TestBehindChargeDayAndAccuser(t *testing.T) {
	evs := Code(art("China was behind the break-in into the Danish parliament's email system in April, the Danish foreign minister said on Monday.", "2025-05-20"), Options{})
	i := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == "ACCUSE" })
	if i < 0 {
		t.Fatalf("got %s, want an ACCUSE", summary(evs))
	}
	e := evs[i]
	if e.Date == nil || e.Date.Start != "2025-05-19" {
		t.Errorf("date %v, want the Monday it was said, 2025-05-19", e.Date)
	}
	for _, a := range e.Actors {
		if a.Country != nil && *a.Country == "DNK" && a.Role != event.RoleSource {
			t.Errorf("Denmark is %s, want the source", a.Role)
		}
	}
}
