package coder

import (
	"fmt"
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// TestWireFormsSeventeenthPassHeadline holds the headline's act read beside
// a body that tells the same pair in another form (headline17.go). The
// stories are written for this test; none comes from a corpus page.
func TestWireFormsSeventeenthPassHeadline(t *testing.T) {
	code := func(title, body string) []event.Event {
		pub := "2025-06-12"
		return Code(article.Article{Source: "test.txt", Title: title, Body: body, Language: "en", Published: &pub}, Options{})
	}
	has := func(evs []event.Event, typ string, countries ...string) bool {
		return slices.ContainsFunc(evs, func(e event.Event) bool {
			return e.Type == typ && slices.Equal(e.Countries(), countries)
		})
	}
	cases := []struct {
		name, title, body string
		typ               string
		countries         []string
		want              bool
	}{
		{"a refusal summed up in the headline",
			"Argentina rejects Chile's offer of talks on fishing rights",
			"Chile on Tuesday offered to hold talks with Argentina on fishing rights in the south Atlantic. The Argentine foreign ministry said the proposal came too late.",
			"REJECT", []string{"ARG", "CHL"}, true},
		{"an expulsion summed up in the headline",
			"Kenya expels Uganda's envoy",
			"Kenya summoned Uganda's high commissioner on Tuesday over the border clashes. The envoy was given 72 hours to leave Nairobi.",
			"SANCTION", []string{"KEN", "UGA"}, true},
		{"a headline whose sides the body never pairs",
			"Argentina rejects Chile's offer of talks on fishing rights",
			"Brazilian President Luiz Inacio Lula da Silva met Paraguay's President Santiago Pena in Brasilia on Tuesday.",
			"REJECT", []string{"ARG", "CHL"}, false},
	}
	for _, c := range cases {
		evs := code(c.title, c.body)
		if got := has(evs, c.typ, c.countries...); got != c.want {
			var seen []string
			for _, e := range evs {
				seen = append(seen, fmt.Sprint(e.Type, e.Countries()))
			}
			t.Errorf("%s: %s %v coded = %v, want %v (events %v)", c.name, c.typ, c.countries, got, c.want, seen)
		}
	}
}
