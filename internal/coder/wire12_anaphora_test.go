package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), a country taken up again as "it" in the object
// of an act aimed at it: "accused it of spying", "measures against it,
// including tariffs". The sentences are written for this test.
func TestAnaphoraTwelfthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "urged it to",
			body: "Kenya protested to Uganda on Tuesday over the detention of seven fishermen and urged it to release them.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "it after a country named by its name",
			body: "The Kenyan government ordered Uganda to close its consulate in Kisumu on Tuesday and accused it of harassing Kenyan traders.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "measures against it, including",
			body: "Uganda agreed on Tuesday to reopen the border after Kenyan President William Ruto threatened to impose sweeping measures against it, including tariffs and visa bans.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "it ending a clause after against is no country",
			body:     "Kenyan lawmakers debated Uganda's fishing bill on Tuesday, and Kenyan President William Ruto spoke against it.",
			notTypes: []string{"ACCUSE", "THREATEN", "PROTEST"}},
	}
	runRuleCases(t, pub, tests)
}
