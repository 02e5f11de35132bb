package coder

import (
	"strings"

	"storyline/internal/event"
)

// Seventeenth pass (stop 35): forces readied against the other side of the
// page.
//
// News tells a state's forces made ready in one clause with one side:
// "Greek armed forces have been placed on alert", "Kim ordered his
// frontline troops onto a war footing". Forces are put on alert or on a
// war footing against someone, and the story names him beside the state
// throughout: Turkey on a page of the Greek alert, South Korea on a page of
// the North's war footing. A deployment, unlike an alert, may be of aid
// or of rescue teams ("deployed a C-130J aircraft delivering aid", "mobilized
// rescue teams"), and falls on no one; so only a MOBILIZE that tells a
// state of readiness takes its other side from the page (sides10.go).

// readinessWords are the words of a state of readiness in a MOBILIZE's
// evidence: an alert, combat readiness, a war footing, a state of war.
var readinessWords = []string{"alert", "readiness", "war footing", "war-footing", "state of war", "wartime state"}

// readinessAct reports a MOBILIZE whose evidence sentence tells forces put
// in a state of readiness.
func readinessAct(e event.Event) bool {
	if e.Type != "MOBILIZE" || len(e.Evidence) == 0 {
		return false
	}
	text := strings.ToLower(e.Evidence[0].Text)
	for _, w := range readinessWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
