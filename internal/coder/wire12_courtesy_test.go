package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), courtesy: thanks, gratitude and congratulations
// between governments, and a welcoming banquet, are no support; a release
// thanked for is still the release, and praise and a welcome of a decision
// stay support. The sentences are written for this test.
func TestCourtesyTwelfthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "thanks for an act are no support",
			body:     "Chilean President Gabriel Boric thanked Argentina on Tuesday for reopening the mountain pass after the storm.",
			notTypes: []string{"SUPPORT"}},
		{rule: "gratitude expressed for an act is no support",
			body:     "The Peruvian delegation expressed its deep gratitude to Ecuador for organising the border talks, the foreign ministry in Lima said on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "congratulations are no support",
			body:     "Chilean President Gabriel Boric on Tuesday congratulated Argentine President Javier Milei on the success of the regional summit.",
			notTypes: []string{"SUPPORT"}},
		{rule: "a welcoming banquet is no support",
			body:     "Chilean President Gabriel Boric held a welcoming banquet for Argentine President Javier Milei in Santiago on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "a warm welcome expressed to a guest is the visit",
			body: "Chilean President Gabriel Boric expressed a warm welcome to Argentine President Javier Milei in Santiago on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARG", "CHL"}, status: event.Occurred}}, anyOf: true},
		{rule: "a release thanked for is still the release",
			body:     "Chilean President Gabriel Boric thanked Bolivia for freeing the two detained Chilean soldiers on Tuesday.",
			want:     []expect{{typ: "CONCEDE", countries: []string{"BOL", "CHL"}, status: event.Occurred}},
			notTypes: []string{"SUPPORT"}, anyOf: true},
		{rule: "praise stays support",
			body: "Chilean President Gabriel Boric on Tuesday praised Argentina for its handling of the refugee crisis.",
			want: []expect{{typ: "SUPPORT", countries: []string{"ARG", "CHL"}, status: event.Occurred}}, anyOf: true},
		{rule: "a welcome of a decision stays support",
			body: "Chile on Tuesday welcomed Argentina's decision to reopen the mountain pass.",
			want: []expect{{typ: "SUPPORT", countries: []string{"ARG", "CHL"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
