package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25): an apposition opened by "the" says who the
// country before it is; what it names is no side. The sentences are
// written for this test.
func TestWireFormsSeventhPassSides(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'warned Iran, the main backer of the Houthis, that': the Houthis are no side",
			body: "US President Donald Trump on Monday warned Iran, the main backer of the Houthis, that it would pay a heavy price.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "USA"}, status: event.Occurred, notActor: "YEM"}}, anyOf: true},
		{rule: "'condemned Turkey, the chief sponsor of the Syrian rebels,'",
			body: "Russian Foreign Minister Sergei Lavrov on Monday condemned Turkey, the chief sponsor of the Syrian rebels, for the shelling.",
			want: []expect{{typ: "ACCUSE", countries: []string{"RUS", "TUR"}, status: event.Occurred, notActor: "SYR"}}, anyOf: true},
		{rule: "a list after the comma: 'condemned Iran, the United States and China'",
			body: "Russian Foreign Minister Sergei Lavrov on Monday condemned Iran, the United States and China for the escalation.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "IRN", "RUS", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a clause after the comma: 'at the direction of X, the country's military struck Iranian ...'",
			body: "At the direction of US President Donald Trump, the country's military on Monday carried out an airstrike targeting Iranian general Ali Hosseini near Baghdad airport.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "USA"}, status: event.Occurred}}, anyOf: true},
	})
}
