package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Thirteenth pass (stop 31), the day of an event: a tax told by its coming
// into force (effect13.go, cues.tsv). The sentences are written for these
// tests.

// A tariff that took effect is a sanction done on the day it took effect,
// beside the answer the story leads with.
func TestWireFormsThirteenthPassTaxTookEffect(t *testing.T) {
	tests := []struct {
		rule, body, published string
		countries             []string
		status                event.Status
		want                  string
	}{
		{rule: "a tax that took effect on a weekday is done that day",
			published: "2024-05-16", // a Thursday
			body: "Mexico said it would answer with duties of its own. " +
				"President Joe Biden's new 100% tariffs on Mexican steel took effect on Tuesday.",
			countries: []string{"MEX", "USA"}, status: event.Occurred, want: "2024-05-14"},
		{rule: "a tax that has come into effect is done on the page's day",
			published: "2023-11-02",
			body: "Ottawa has protested to Beijing. " +
				"China's 25 percent tariff on Canadian canola has come into effect.",
			countries: []string{"CAN", "CHN"}, status: event.Occurred, want: "2023-11-02"},
		{rule: "a tax that went into effect beside the answer it drew",
			published: "2022-03-10",
			body: "Japan will impose tariffs on Russian seafood, the trade ministry said. " +
				"The announcement came hours after Russia's 35% duties on Japanese cars went into effect.",
			countries: []string{"JPN", "RUS"}, status: event.Occurred, want: "2022-03-10"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			pub := tt.published
			a := article.Article{Source: "test.txt", Title: "Tariffs", Body: tt.body, Language: "en", Published: &pub}
			evs := Code(a, Options{KeepOneSided: true})
			if got := dayOf(evs, "SANCTION", tt.countries, tt.status); got != tt.want {
				t.Errorf("SANCTION %v %s: day %q, want %q in %s", tt.countries, tt.status, got, tt.want, summary(evs))
			}
		})
	}
	// Left alone: the effect of a policy is no tax coming into force.
	pub := "2024-05-16"
	a := article.Article{Source: "test.txt", Title: "Tariffs", Language: "en", Published: &pub,
		Body: "Economists said the tariffs on Chinese cars had an effect on prices in Germany."}
	for _, e := range Code(a, Options{KeepOneSided: true}) {
		if e.Type == "SANCTION" {
			t.Errorf("an effect on prices coded as a sanction: %s", summary([]event.Event{e}))
		}
	}
}
