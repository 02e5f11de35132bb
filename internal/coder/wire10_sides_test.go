package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28): a sanction whose sentence names only the side that
// lays it falls on the country the page pairs with that side. The
// sentences are written for this test.
func TestWireFormsTenthPassPageSides(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	for _, tc := range []struct {
		rule, body string
		want       []string // the sanction's countries; nil: no sanction with two sides
	}{
		{rule: "a tariff laid by the side the page pairs with another",
			body: "Relations between Ottawa and New Delhi have soured since the summer. Canadian officials say India has ignored repeated requests for talks, and India accuses Canada of harbouring militants. On Monday the Indian government imposed a 50 percent tariff on lentils and peas, the trade ministry said.",
			want: []string{"CAN", "IND"}},
		{rule: "sanctions announced with no one named they fall on",
			body: "Chile and Peru have quarrelled over fishing rights for a decade. Peru says Chilean trawlers enter its waters, and Chile denies it. The Chilean government announced new sanctions on Tuesday, officials said.",
			want: []string{"CHL", "PER"}},
		{rule: "leave alone: a page that pairs the side with two countries alike",
			body: "Norway's foreign minister held talks with Sweden and Finland on Monday. Norway imposed new sanctions on Tuesday, officials said."},
		{rule: "leave alone: a side the page pairs with no one",
			body: "Norway imposed new sanctions on Tuesday. Sweden and Finland welcomed the step, and Denmark said it would study it."},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			var got []event.Event
			for _, e := range Code(art(tc.body, pub), Options{}) {
				if e.Type == "SANCTION" {
					got = append(got, e)
				}
			}
			if tc.want == nil {
				if len(got) != 0 {
					t.Fatalf("got %s, want no sanction with two sides", summary(got))
				}
				return
			}
			if len(got) != 1 || !slices.Equal(got[0].Countries(), tc.want) {
				t.Fatalf("got %s, want one SANCTION %v", summary(got), tc.want)
			}
			page := 0
			for _, a := range got[0].Actors {
				if a.Basis == event.ActorBasisPage {
					page++
				}
			}
			if page != 1 {
				t.Errorf("got %d sides marked as taken from the page, want 1: %+v", page, got[0].Actors)
			}
		})
	}
}

// An act that needs a target but whose type the coder often reads wrong
// (an attack) is not completed from the page: it stays one-sided.
func TestPageSidesLeaveAttacks(t *testing.T) {
	body := "Iran and Israel have traded threats for weeks. Israeli officials say Iran is arming militias. Iran fired missiles on Monday, state media said."
	for _, e := range Code(art(body, "2025-06-11"), Options{}) {
		if e.Type == "ASSAULT" {
			t.Errorf("got %s, want the attack left one-sided", summary([]event.Event{e}))
		}
	}
}

// The page's partner is the country named beside the side in the most
// sentences, twice as often as any other.
func TestPagePartner(t *testing.T) {
	for _, tc := range []struct {
		named [][]string
		want  string
	}{
		{[][]string{{"CHN", "USA"}, {"USA"}, {"CHN", "USA", "JPN"}}, "CHN"},
		{[][]string{{"CHN", "USA"}, {"JPN", "USA"}}, ""}, // a tie
		{[][]string{{"CHN", "USA"}, {"CHN", "USA"}, {"JPN", "USA"}}, "CHN"},
		{[][]string{{"CHN", "USA"}, {"CHN", "USA"}, {"JPN", "USA"}, {"USA", "JPN"}, {"USA", "CHN"}}, ""}, // not twice as often
		{[][]string{{"USA"}, {"CHN", "JPN"}}, ""},                                                        // never named beside the side
	} {
		if got := pagePartner(tc.named, "USA"); got != tc.want {
			t.Errorf("pagePartner(%v) = %q, want %q", tc.named, got, tc.want)
		}
	}
}
