package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass over wire forms (stop 26), trade: tariffs and duties told
// with verbs of raising, and the country acted upon written as the origin
// of the goods. The sentences are written for this test; each rule has two
// that it must code and one it must leave alone.
func TestWireFormsEighthPassTrade(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "'raised tariffs on $3 billion of Guatemalan farm products' sanctions Guatemala",
			body: "Mexico on Tuesday raised tariffs on $3 billion of Guatemalan farm products.",
			want: []expect{{typ: "SANCTION", countries: []string{"GTM", "MEX"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "'increased duties on steel from South Korea' sanctions South Korea",
			body: "Canada increased duties on steel from South Korea on Monday, the finance ministry said.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "KOR"}, status: event.Occurred}}},
		{rule: "'announced a 30% tariff on Indonesian imports' sanctions Indonesia",
			body: "Australia announced a 30% tariff on Indonesian imports on Tuesday.",
			want: []expect{{typ: "SANCTION", countries: []string{"AUS", "IDN"}, status: event.Occurred}}},
		{rule: "'ordered a tariff hike on imports from Chile' sanctions Chile",
			body: "Peru's president on Friday ordered a tariff hike on all imports from Chile.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		{rule: "leave alone: goods of a country flooding a market are no sanction",
			body:     "Japanese goods flooded the market in Peru on Monday.",
			notTypes: []string{"SANCTION"}},
		{rule: "leave alone: 'raised concerns about tariffs' raises no tariff",
			body:     "Vietnam raised concerns about tariffs on Thai rice at a meeting with Thailand on Monday.",
			notTypes: []string{"SANCTION"}},
		{rule: "leave alone: the goods a sanctioned country buys name no side",
			body: "Canada slapped tariffs on India over its purchases of Russian oil on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "IND"}, status: event.Occurred, notActor: "RUS"}}},
		{rule: "leave alone: goods named as the reason of a tariff are not its target",
			body: "Brazil imposed tariffs on Argentina on Monday, citing its rising imports of Turkish steel.",
			want: []expect{{typ: "SANCTION", countries: []string{"ARG", "BRA"}, status: event.Occurred, notActor: "TUR"}}},
	}
	runRuleCases(t, pub, tests)
}
