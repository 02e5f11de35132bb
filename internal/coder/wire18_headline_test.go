package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// TestWireFormsEighteenthPassHeadlineSides holds the lead act's other side
// taken from the headline (headline18.go, headlineSides). The stories are
// written for this test; none comes from a corpus page.
func TestWireFormsEighteenthPassHeadlineSides(t *testing.T) {
	const later = " Brazil and Argentina signed a trade pact in Brasilia on Tuesday."
	cases := []struct {
		name, title, body string
		typ               string
		countries         []string
		want              bool
	}{
		{"a demand whose other side is a person of the side",
			"Norway demands release of journalist held in Egypt",
			"Norway said on Monday it had demanded the immediate release of a Norwegian reporter who was detained last week." + later,
			"REQUEST", []string{"EGY", "NOR"}, true},
		{"a threat whose other side only the headline names",
			"Chile threatens to expel diplomats over protest in Peru",
			"Chile's foreign minister threatened on Monday to expel several diplomats over the protest outside its embassy." + later,
			"THREATEN", []string{"CHL", "PER"}, true},
		{"a release the lead tells with no other side",
			"Kenya frees 40 prisoners held after Uganda border clash",
			"Kenya freed 40 prisoners on Thursday, officials in Nairobi said." + later,
			"CONCEDE", []string{"KEN", "UGA"}, true},
		{"the headline tells another act",
			"Norway summons Egypt's ambassador",
			"Norway said on Monday it had demanded the immediate release of a Norwegian reporter who was detained last week." + later,
			"REQUEST", []string{"EGY", "NOR"}, false},
		{"the headline names three countries",
			"Norway demands release of journalist held in Egypt as Sweden watches",
			"Norway said on Monday it had demanded the immediate release of a Norwegian reporter who was detained last week." + later,
			"REQUEST", []string{"EGY", "NOR"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := "2025-06-12"
			evs := Code(article.Article{Source: "test.txt", Title: c.title, Body: c.body, Language: "en", Published: &pub}, Options{})
			got := slices.ContainsFunc(evs, func(e event.Event) bool {
				return e.Type == c.typ && slices.Equal(e.Countries(), c.countries)
			})
			if got != c.want {
				t.Errorf("got %s, want %s %v coded: %v", summary(evs), c.typ, c.countries, c.want)
			}
		})
	}
}
