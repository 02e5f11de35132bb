package coder

import (
	"testing"
)

// Thirteenth pass (stop 31), an organisation named before a noun of
// membership, territory or rules is no party (orgnouns13.go). The
// sentences are written for these tests.
func TestWireFormsThirteenthPassOrganisationBeforeNoun(t *testing.T) {
	hasActor := func(body, name string) bool {
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			for _, a := range e.Actors {
				if a.Name == name {
					return true
				}
			}
		}
		return false
	}
	for _, tt := range []struct{ rule, body, org string }{
		{"airspace of the alliance", "BUCHAREST, March 6, 2024 (AP) — Romanian fighter jets shot down a drone on Sunday that had crossed into NATO airspace.", "North Atlantic Treaty Organization"},
		{"the body's rules", "BUDAPEST, March 6, 2024 (AP) — Hungary said on Tuesday that the Austrian measures violated European Union rules and threatened to retaliate.", "European Union"},
		{"the body's dispute mechanism", "BRASILIA, March 6, 2024 (AP) — Brazil filed a complaint on Monday with the WTO's dispute settlement body against Argentina.", "World Trade Organization"},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			if hasActor(tt.body, tt.org) {
				t.Errorf("%s made a party", tt.org)
			}
		})
	}
	t.Run("left alone: the alliance itself accused", func(t *testing.T) {
		body := "ANKARA, March 6, 2024 (AP) — Turkey accused the NATO alliance on Monday of ignoring its security concerns."
		if !hasActor(body, "North Atlantic Treaty Organization") {
			t.Error("the alliance lost as the one accused")
		}
	})
}
