package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass over wire forms (stop 26), second round, protests: the
// country a crowd stands with is neither the crowd nor what it protests.
// The sentences are written for this test.
func TestWireFormsEighthPassProtestAllies(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'pro-X demonstrators': X is who they stand with, not a side",
			body: "Thousands of pro-Ukraine demonstrators rallied in Berlin on Sunday against Russia.",
			want: []expect{{typ: "PROTEST", countries: []string{"DEU", "RUS"}, status: event.Occurred, notActor: "UKR"}}, anyOf: true},
		{rule: "'in solidarity with X': no side",
			body: "Thousands rallied in Paris on Saturday in solidarity with Ukraine against Russia.",
			want: []expect{{typ: "PROTEST", countries: []string{"FRA", "RUS"}, status: event.Occurred, notActor: "UKR"}}, anyOf: true},
		{rule: "'unites for X' on a banner: no side, and 'the country' points past it",
			body: "Demonstrators waving banners that read “Turkey unites for Palestine” marched on the Israeli consulate in Istanbul on Sunday, in a rally organised by the country's largest union.",
			want: []expect{{typ: "PROTEST", countries: []string{"ISR", "TUR"}, status: event.Occurred, notActor: "PSE"}}, anyOf: true},
		{rule: "leave alone: 'rallied for X to withdraw' is what the crowd demands of X",
			body: "Thousands of Iraqis rallied in Baghdad on Friday for the United States to withdraw its troops.",
			want: []expect{{typ: "PROTEST", countries: []string{"IRQ", "USA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
