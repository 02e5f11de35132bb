package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27): bringing down an aircraft or a drone is an attack
// on it. The sentences are written for this test.
func TestWireFormsNinthPassDowning(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'downed a Syrian helicopter': an attack",
			body: "Israeli jets downed a Syrian military helicopter over the Golan Heights on Tuesday, the army said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "SYR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'took down two Belarusian drones': an attack",
			body: "Lithuania took down two Belarusian drones over its border on Monday night, the defence ministry said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"BLR", "LTU"}, status: event.Occurred}}, anyOf: true},
		{rule: "'brought down an Indian fighter jet': an attack",
			body: "Pakistan said on Tuesday its air force had brought down an Indian fighter jet near the Line of Control.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IND", "PAK"}, status: event.Occurred}}, anyOf: true},
		{rule: "'brought down the government': no attack",
			body:     "The Italian senate vote brought down the government on Tuesday, a week after the budget failed.",
			notTypes: []string{"ASSAULT"}},
		{rule: "'took down the video': no attack",
			body:     "The French broadcaster took down the video on Monday after complaints from viewers.",
			notTypes: []string{"ASSAULT"}},
	})
}
