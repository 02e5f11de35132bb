package coder

import (
	"strings"
	"testing"

	"storyline/internal/event"
)

// Stop 49: an attack a warning is about is no attack of its own
// (forewarnedAttack). The sentences are written for this test.
func TestForewarnedAttackIsNoAttack(t *testing.T) {
	runRuleCases(t, "2025-06-24", []ruleCase{
		{rule: "a warning about the impending attack",
			body: "Senior Iranian officials gave Kuwait a warning about the impending attack on the American base, a diplomat told reporters.", notTypes: []string{"ASSAULT"}},
		{rule: "left alone: the attack itself", anyOf: true,
			body: "Iran fired missiles at the American base in Qatar on Monday, a day after it gave notice of its plans.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "USA"}, status: event.Occurred}}},
	})
}

// The warning's sentence after the attack's own codes no second attack.
func TestForewarnedAttackAfterTheAttack(t *testing.T) {
	body := "Iranian missiles hit the American base in Kuwait on Monday, the Pentagon said. " +
		"A Kuwaiti official disputed any suggestion that the emirate had received specific intelligence about the impending strike."
	n := 0
	for _, e := range Code(art(body, "2025-06-24"), Options{KeepOneSided: true}) {
		if e.Type != "ASSAULT" {
			continue
		}
		for _, ev := range e.Evidence {
			if strings.Contains(ev.Text, "intelligence") {
				t.Errorf("ASSAULT %v read from the warning: %q", e.Countries(), ev.Text)
			}
		}
		n++
	}
	if n == 0 {
		t.Error("no ASSAULT from the attack's own sentence: the test does not test the rule")
	}
}
