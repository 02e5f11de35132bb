package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: a relationship or a tone struck is chosen, not hit (cues.tsv).
// The sentences are written for this test.
func TestStruckARelationshipIsNoAttack(t *testing.T) {
	runRuleCases(t, "2025-06-24", []ruleCase{
		{rule: "a relationship struck",
			body: "India struck a close working relationship with the Maldivian government, which received loans and grants from New Delhi.", notTypes: []string{"ASSAULT"}},
		{rule: "a tone struck",
			body: "Pakistan struck a conciliatory tone towards Afghanistan on Monday, calling for calm on the border.", notTypes: []string{"ASSAULT"}},
		{rule: "a friendship struck up",
			body: "Russia struck up a close friendship with the Central African Republic, which hosts its instructors.", notTypes: []string{"ASSAULT"}},
		{rule: "left alone: strikes that shift the balance", anyOf: true,
			body: "Israeli strikes shifted the balance of power against Hezbollah in Lebanon.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "LBN"}, status: event.Occurred}}},
		{rule: "left alone: strikes that soured the relationship", anyOf: true,
			body: "Pakistani strikes soured the relationship with Afghanistan.",
			want: []expect{{typ: "ASSAULT", countries: []string{"AFG", "PAK"}, status: event.Occurred}}},
		{rule: "a compromise struck is agreed, as one reached is", anyOf: true,
			body: "The United States struck a compromise with China over tariffs on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"CHN", "USA"}, status: event.Occurred}}},
		{rule: "a compromise struck, a second outlet", anyOf: true,
			body: "Serbia and Kosovo struck a last-minute compromise on licence plates, the EU's envoy said.",
			want: []expect{{typ: "AGREE", countries: []string{"SRB", "XKX"}, status: event.Occurred}}},
		{rule: "left alone: positions struck", anyOf: true,
			body: "Pakistani jets struck Taliban positions inside Afghanistan on Monday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"AFG", "PAK"}, status: event.Occurred}}},
	})
}
