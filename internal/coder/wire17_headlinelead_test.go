package coder

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// TestWireFormsSeventeenthPassHeadlineLead holds the headline's act kept
// when the lead tells it with one side only (headline17.go,
// halfToldInLead). The stories are written for this test; none comes from
// a corpus page.
func TestWireFormsSeventeenthPassHeadlineLead(t *testing.T) {
	code := func(title, body string) []event.Event {
		pub := "2025-06-12"
		return Code(article.Article{Source: "test.txt", Title: title, Body: body, Language: "en", Published: &pub}, Options{})
	}
	find := func(evs []event.Event, typ string, countries ...string) *event.Event {
		for i, e := range evs {
			if e.Type == typ && slices.Equal(e.Countries(), countries) {
				return &evs[i]
			}
		}
		return nil
	}
	// A later paragraph, past the lead, that names other countries.
	filler := strings.Repeat("Trade between Brazil and Argentina grew by a tenth last year, officials in Brasilia said. ", 8)
	cases := []struct {
		name, title, body string
		typ               string
		countries         []string
		want              bool
		day               string
	}{
		{"a recognition the lead tells without its other side",
			"Norway recognises Palestinian state at UN summit",
			"Norway formally recognised Palestinian statehood on Monday at the start of a summit at the United Nations. Brazil and Argentina signed a trade pact in Brasilia on Tuesday.",
			"SUPPORT", []string{"NOR", "PSE"}, true, "2025-06-09"},
		{"a lifted sanction the lead tells without its other side",
			"US lifts sanctions on Venezuela's state airline",
			"The United States said on Wednesday it was removing some sanctions on the national airline. Brazil and Argentina signed a trade pact in Brasilia on Tuesday.",
			"CONCEDE", []string{"USA", "VEN"}, true, ""},
		{"the one-sided act told only after the lead",
			"Norway recognises Palestinian state at UN summit",
			"Brazil and Argentina signed a trade pact in Brasilia on Tuesday. " + filler + "Norway formally recognised Palestinian statehood in 2024.",
			"SUPPORT", []string{"NOR", "PSE"}, false, ""},
	}
	for _, c := range cases {
		evs := code(c.title, c.body)
		e := find(evs, c.typ, c.countries...)
		if got := e != nil; got != c.want {
			var seen []string
			for _, e := range evs {
				seen = append(seen, fmt.Sprint(e.Type, e.Countries()))
			}
			t.Errorf("%s: %s %v coded = %v, want %v (events %v)", c.name, c.typ, c.countries, got, c.want, seen)
			continue
		}
		if e != nil && c.day != "" && (e.Date == nil || e.Date.Start != c.day) {
			t.Errorf("%s: dated %v, want %s (the lead's day)", c.name, e.Date, c.day)
		}
	}
}
