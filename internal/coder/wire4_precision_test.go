package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fourth pass (stop 22), precision: constructions of news English that use
// an event word for background or for no act. The sentences are written
// for this test; each rule has two it must code right and one it must
// leave alone.
func TestPrecisionFourthPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "an act inside a 'since' phrase is background: the visit stays, the clashes go",
			body: "Kenyan President William Ruto visited Uganda on Monday, his first trip there since the 2019 border clashes between the two countries.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "'the first of its kind since' a clause: the clause's attack is background",
			body: "Egypt expelled the Sudanese ambassador on Tuesday, the first such step since Sudan shelled an Egyptian border post in 2021.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2025-06-10"}}, anyOf: true, notTypes: []string{"ASSAULT"}},
		{rule: "a 'since' phrase closed by a comma leaves the act after it alone",
			body: "Since the election, Kenyan President William Ruto has met Ugandan President Yoweri Museveni twice.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
	}
	runRuleCases(t, pub, tests)
}
