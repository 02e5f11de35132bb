package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27): a welcome of a visit, or a visitor welcomed by a
// crowd, is the hospitality of the visit, no support. The sentences are
// written for this test.
func TestWireFormsNinthPassWelcome(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'welcomed X's planned visit': no support",
			body:     "Last week, Vietnam welcomed Albanese's planned visit, a foreign ministry spokeswoman said.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'welcomed the trip of': no support",
			body:     "Egypt on Tuesday welcomed the upcoming trip of the Jordanian king.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'was welcomed by schoolchildren waving flags': no support",
			body:     "Lula was welcomed by schoolchildren waving the flags of Brazil and Angola when he landed on Tuesday.",
			notTypes: []string{"SUPPORT"}},
		{rule: "leave alone: 'welcomed the decision to visit' welcomes a decision",
			body: "Seoul on Tuesday welcomed Japan's decision to visit the memorial.",
			want: []expect{{typ: "SUPPORT", countries: []string{"JPN", "KOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: 'welcomed the agreement' backs it",
			body: "Germany on Tuesday welcomed the agreement between Serbia and Kosovo.",
			want: []expect{{typ: "SUPPORT", countries: []string{"DEU", "SRB", "XKX"}, status: event.Occurred}}, anyOf: true},
	})
}
