package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25): a demand that a government account for an act.
// The sentences are written for this test.
func TestWireFormsSeventhPassAccounts(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		// Demanding an explanation, answers or clarification from a
		// government charges it with the act it must explain.
		{rule: "'demanded an explanation from the Kremlin': an accusation",
			body: "French President Emmanuel Macron on Tuesday demanded an explanation from the Kremlin over the downing of the airliner.",
			want: []expect{{typ: "ACCUSE", countries: []string{"FRA", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "'demands answers from the Iranian authorities'",
			body: "Canada demands answers from the Iranian authorities after the crash of the passenger jet.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CAN", "IRN"}, status: event.Occurred}}, anyOf: true},
		// What a government must do to account for an act, in reported
		// speech, is asked of it; told as done, it is no act.
		{rule: "'said Iran must come clean': a request",
			body: "The Dutch foreign minister said on Tuesday that Iran must come clean about the missile that hit the jet.",
			want: []expect{{typ: "REQUEST", countries: []string{"IRN", "NLD"}, status: event.Occurred}}, anyOf: true},
		{rule: "`said that China \"should explain\"`: the quoted obligation is the speaker's demand",
			body: "Australia's foreign minister said that China \"should explain\" the detention of the writer.",
			want: []expect{{typ: "REQUEST", countries: []string{"AUS", "CHN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'Iran explained its position': no act",
			body:     "Iran explained its position to the Dutch foreign minister on Tuesday.",
			notTypes: []string{"REQUEST", "ACCUSE"}},
	})
}
