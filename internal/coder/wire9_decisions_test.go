package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27), pages that coded nothing: an act told as the
// infinitive of a decision ("China's decision to slap tariffs on imports
// of Australian barley") is the act decided, by the one who decided, on
// the goods' origin. The sentences are written for this test.
func TestWireFormsNinthPassDecisions(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'appealed against Vietnam's decision to impose duties' is Vietnam's sanction on Thailand, not Thailand's",
			body: "Thailand said on Tuesday it would appeal against Vietnam's decision to impose duties on imports of Thai sugar.",
			want: []expect{{typ: "SANCTION", countries: []string{"THA", "VNM"}, status: event.Occurred}}, anyOf: true},
		{rule: "'Canada's decision to expel two Indian diplomats' is Canada's expulsion",
			body: "Canada's decision to expel two Indian diplomats on Monday drew an angry response from New Delhi.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "IND"}, status: event.Occurred}}, anyOf: true},
		{rule: "'slapped tariffs on imports of Mexican tomatoes' sanctions Mexico",
			body: "The United States on Monday slapped tariffs on imports of Mexican tomatoes.",
			want: []expect{{typ: "SANCTION", countries: []string{"MEX", "USA"}, status: event.Occurred}}},
		{rule: "leave alone: a decision whose infinitive is no act names no act",
			body:     "Peru's decision to wait for the report surprised Chile on Monday.",
			notTypes: []string{"SANCTION", "ASSAULT", "COERCE"}},
		{rule: "leave alone: who imports the goods is no side of the tariff on them",
			body: "Canada slapped tariffs on Chile over its imports of Argentine beef on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "CHL"}, status: event.Occurred, notActor: "ARG"}}},
	}
	runRuleCases(t, pub, tests)
}
