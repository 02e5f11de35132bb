package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass over wire forms (stop 26): agreements, concessions and
// withdrawals. The sentences are written for this test; each rule has two
// that it must code and one it must leave alone.
func TestWireFormsEighthPassAccord(t *testing.T) {
	const pub = "2024-03-13" // a Wednesday
	tests := []ruleCase{
		{rule: "a withdrawal still to be announced is dated by the day it is told, and stays planned",
			body: "President Emmanuel Macron will announce that France will withdraw its troops from Niger, a French official confirmed.",
			want: []expect{{typ: "RETREAT", countries: []string{"FRA", "NER"}, status: event.Planned, start: pub, basis: event.BasisPublication}}, anyOf: true},
		{rule: "an expulsion a government is to make is dated by the day it is told",
			body: "The Polish government is to expel 12 Belarusian diplomats over the border crisis.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "POL"}, status: event.Planned, start: pub, basis: event.BasisPublication}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)

	// Leave alone: a visit or an agreement still to come with no day of its
	// own stays undated.
	for _, body := range []string{
		"Japanese Prime Minister Fumio Kishida will visit Vietnam to discuss maritime security.",
		"Iran and Saudi Arabia will sign a security pact.",
	} {
		for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
			if e.Status == event.Planned && e.Date != nil {
				t.Errorf("%q: planned %s %v dated %s, want undated", body, e.Type, e.Countries(), e.Date.Start)
			}
		}
	}
}
