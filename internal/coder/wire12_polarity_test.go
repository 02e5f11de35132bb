package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), polarity: a bare verb after an article and a
// modifier is a noun ("in a sharp rebuke to"), a side that gives in to
// another's terms concedes, and flights turned away are refused. The
// sentences are written for this test; each rule has sentences it must code
// right and one or more it must leave alone.
func TestPolarityTwelfthPass(t *testing.T) {
	const pub = "2024-06-12" // a Wednesday
	tests := []ruleCase{
		{rule: "a strong protest after an article is a noun",
			body: "In a strong protest against the arrests, Peru on Tuesday summoned Chile's ambassador in Lima.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHL", "PER"}, status: event.Occurred}}, anyOf: true},
		{rule: "a striking breach is no strike",
			body:     "Kenyan officials said the seizure of the boats by Uganda was a striking breach of the lake treaty.",
			notTypes: []string{"ASSAULT"}},
		{rule: "an army striking positions still strikes",
			body: "Kenyan troops were striking Ugandan army positions near the border on Tuesday, officials said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a plural subject before a base verb stays a verb",
			body: "Kenya and Uganda sign a trade deal in Kampala on Tuesday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "agreeing to all of another's terms is a concession",
			body: "The Kenyan government said on Tuesday that Uganda had agreed to all of Kenya's terms for the return of the seized fishing boats.",
			want: []expect{{typ: "CONCEDE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "bowing to another's demands is a concession",
			body: "Peru bowed to Chile's demands on Tuesday and reopened the border crossing at Tacna.",
			want: []expect{{typ: "CONCEDE", countries: []string{"CHL", "PER"}, status: event.Occurred}}, anyOf: true},
		{rule: "the terms of a deal agreed stay an agreement",
			body:     "Kenya and Uganda agreed on Tuesday to prepare written proposals on the terms of a fishing accord.",
			notTypes: []string{"CONCEDE"}},

		{rule: "flights turned away are refused",
			body: "Peru on Tuesday turned away two Chilean military planes carrying deported migrants.",
			want: []expect{{typ: "REJECT", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		{rule: "ships turned away are refused",
			body: "Kenya turned away three Ugandan fishing vessels at the Lake Victoria border on Tuesday, officials said.",
			want: []expect{{typ: "REJECT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "turning away from a policy is no refusal of flights",
			body:     "Kenya turned away from its old trade policy with Uganda on Tuesday.",
			notTypes: []string{"REJECT"}},
	}
	runRuleCases(t, pub, tests)
}

// A fronted "in a sharp rebuke to X" is a noun: the one who condemns in
// the main clause is the source, the one condemned the target (read as a
// verb, the rebuke made both sides targets).
func TestPolarityFrontedRebuke(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"In a sharp rebuke to Nairobi, Uganda on Tuesday condemned Kenya's decision to impose additional duties on Ugandan sugar.", "UGA", "KEN"},
		{"In a fierce rebuke to Lima, Chile on Tuesday denounced Peru's decision to close the border.", "CHL", "PER"},
	} {
		evs := Code(art(tt.body, "2024-06-12"), Options{})
		if !codedFromTo(evs, "ACCUSE", tt.source, tt.target) {
			t.Errorf("%q: want an ACCUSE by %s at %s, got %s", tt.body, tt.source, tt.target, summary(evs))
		}
	}
}
