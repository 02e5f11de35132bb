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
		{rule: "an officer under inquiry, told by a ministry",
			body: "The Dutch defence ministry said a former officer was under investigation for spying for Iran.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "NLD"}, status: event.Occurred}}},
		{rule: "men arrested on suspicion",
			body: "Latvian police arrested two men on suspicion of spying for Russia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"LVA", "RUS"}, status: event.Occurred}}},
		{rule: "a colonel working with a spy service",
			body: "Slovak military prosecutors suspect an army colonel of working with a Russian intelligence service since the 1990s.",
			want: []expect{{typ: "ACCUSE", countries: []string{"RUS", "SVK"}, status: event.Occurred}}},
		{rule: "an own officer's arrest is the charge, not a hold on the state spied for",
			body:     "Japanese police arrested a former defence official suspected of passing classified documents to Russia.",
			want:     []expect{{typ: "ACCUSE", countries: []string{"JPN", "RUS"}, status: event.Occurred}},
			notTypes: []string{"COERCE"}},
		{rule: "the state spied for named before as a place",
			body: "The Latvian minister cancelled her trip to Moscow after a retired Latvian army officer was detained on suspicion of collecting intelligence for Moscow.",
			want: []expect{{typ: "ACCUSE", countries: []string{"LVA", "RUS"}, status: event.Occurred}}, anyOf: true},
		{rule: "a firm's employee held: the hold stays beside the charge",
			body: "Romania's security service has detained an employee of a Chinese drone maker on suspicion of spying for China.",
			want: []expect{{typ: "COERCE", countries: []string{"CHN", "ROU"}, status: event.Occurred}, {typ: "ACCUSE", countries: []string{"CHN", "ROU"}, status: event.Occurred}}, anyOf: true},
		{rule: "left alone: a national held for spying for their own state",
			body:     "Malian authorities said a French national had been arrested on suspicion of working for French intelligence services.",
			notTypes: []string{"ACCUSE"}},
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

// A negation or a denial before the charge word, not only between it and
// the spying, tells that no one was charged (deniedCharge). The sentences
// are written for this test.
func TestSpyChargeDeniedBefore(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a government that never suspected anyone",
			body:     "The Hungarian government said it never suspected anyone of spying for China.",
			notTypes: []string{"ACCUSE"}},
		{rule: "no one charged",
			body:     "Danish prosecutors said no one had been charged with passing secrets to Russia.",
			notTypes: []string{"ACCUSE"}},
		{rule: "a ministry denying an arrest",
			body:     "The Slovak interior ministry denied that any officer was arrested for spying for Russia.",
			notTypes: []string{"ACCUSE"}},
		{rule: "still read: a charge with no negation",
			body: "Danish prosecutors charged a former army clerk with passing secrets to Russia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"DNK", "RUS"}, status: event.Occurred}}},
	})
}
