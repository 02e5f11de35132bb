package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), private people as the subject of a clause. The
// sentences are written for this test.
func TestWireFormsSixthPassPeople(t *testing.T) {
	const pub = "2025-06-11"
	tests := []ruleCase{
		// "Both men" after an act between two states names people told
		// before, not those states.
		{rule: "'Both men asked their governments' after a release by one state to another: no request between the states",
			body:     "The two aid workers were seized by gunmen in 2023. On Tuesday the Malian government freed four militants and flew them to Algeria. Both men asked their governments to help them.",
			notTypes: []string{"REQUEST"}},
		{rule: "'The two women urged their governments' after an act between two states",
			body:     "Two nurses were kidnapped near the border last year. On Monday the Nigerian government handed two suspects over to Chad. The two women urged their governments to act.",
			notTypes: []string{"APPEAL", "REQUEST"}},
		// Left alone: after a meeting of two leaders, "both men" are those
		// leaders.
		{rule: "'Both men agreed' after a meeting of two leaders: the leaders agree",
			body: "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday. Both men agreed to raise defence spending.",
			want: []expect{{typ: "AGREE", countries: []string{"DEU", "FRA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
