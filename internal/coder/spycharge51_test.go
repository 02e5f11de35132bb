package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 51: a suspicion, an inquiry or an arrest of someone spying for a
// state is the charge of the state that holds or investigates against the
// state spied for (spycharge51.go). The sentences are written for this
// test.
func TestSpyChargeSuspicion(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "an officer suspected of passing secrets",
			body: "A retired Polish army officer is suspected of having passed secrets to Belarusian intelligence for years.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BLR", "POL"}, status: event.Occurred}}},
		{rule: "an officer under investigation, told by a ministry",
			body: "The Dutch defence ministry confirmed that a former officer is being investigated on suspicion of spying for Iran.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "NLD"}, status: event.Occurred}}},
		{rule: "men arrested on suspicion",
			body: "Czech police arrested two men on suspicion of spying for Russia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CZE", "RUS"}, status: event.Occurred}}},
		{rule: "a colonel working with a spy service",
			body: "A colonel of the Slovak army is suspected of having worked with a Russian intelligence service since the 1990s.",
			want: []expect{{typ: "ACCUSE", countries: []string{"RUS", "SVK"}, status: event.Occurred}}},
		{rule: "an own officer's arrest is the charge, not a hold on the state spied for",
			body:     "Japanese police arrested a former defence official suspected of passing classified documents to Russia.",
			want:     []expect{{typ: "ACCUSE", countries: []string{"JPN", "RUS"}, status: event.Occurred}},
			notTypes: []string{"COERCE"}},
		{rule: "left alone: a foreigner held for spying for their own state",
			body:     "A court in Tehran sentenced a British academic to ten years for spying for Britain.",
			notTypes: []string{"ACCUSE"}},
		{rule: "left alone: a denial",
			body:     "The Estonian officer denied spying for Russia at his trial in Tallinn on Monday.",
			notTypes: []string{"ACCUSE"}},
	})
}

// The state that suspects is the source, the state spied for the target.
func TestSpyChargeRoles(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"A Hungarian colonel allegedly worked for Chinese intelligence for a decade, the government in Budapest said.", "HUN", "CHN"},
		{"A Taiwanese army major was sentenced to 12 years in prison for spying for China.", "TWN", "CHN"},
		{"The Moldovan government said a former customs official is under investigation for spying for Russia.", "MDA", "RUS"},
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-03-04"), Options{NoLearnedFilter: true}), "ACCUSE", tt.source, tt.target)
	}
}
