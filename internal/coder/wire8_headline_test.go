package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Eighth pass (stop 26), second round: a headline is the page's report
// when the body tells no event with two sides. The headlines and bodies
// are written for this test.
func TestWireFormsEighthPassHeadline(t *testing.T) {
	page := func(title, body, published string) article.Article {
		a := art(body, published)
		a.Title = title
		return a
	}
	cases := []struct {
		rule      string
		a         article.Article
		typ       string
		countries []string
		headline  bool // the event's evidence is the headline
		date      string
	}{
		{rule: "a body cut to a caption: the headline's attack",
			a: page("Airstrike by Turkish jets on convoy kills dozens of Syrian civilians",
				"Smoke rises over the road outside the town on Thursday. (Photo: AFP)", "2025-06-12"),
			typ: "ASSAULT", countries: []string{"SYR", "TUR"}, headline: true},
		{rule: "a body of one summary line: the headline's planned tariffs, dated by it",
			a: page("Canada to raise tariffs on US steel from July 1",
				"- Finance ministry says the move answers ‘unfair trade practices’", "2025-06-12"),
			typ: "SANCTION", countries: []string{"CAN", "USA"}, headline: true, date: "2025-07-01"},
		// Since stop 35 a headline act between the very pair the body
		// tells is kept beside it (headline17.go), so the headline here
		// names a pair the body does not.
		{rule: "a body with an event of its own: the headline is not coded",
			a: page("Japan's foreign minister meets South Korean counterpart in Tokyo",
				"Japan's foreign ministry on Wednesday summoned China's ambassador over the ship.", "2025-06-12"),
			typ: "ACCUSE", countries: []string{"CHN", "JPN"}},
	}
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			e := codedOne(t, tt.a, tt.typ, tt.countries)
			if got := e.Evidence[0].Headline; got != tt.headline {
				t.Errorf("evidence from the headline: got %v, want %v", got, tt.headline)
			}
			if tt.headline && e.Evidence[0].Text != tt.a.Title[e.Evidence[0].Start:e.Evidence[0].End] {
				t.Errorf("headline evidence %q is not the title's %d:%d", e.Evidence[0].Text, e.Evidence[0].Start, e.Evidence[0].End)
			}
			if tt.date != "" && (e.Date == nil || e.Date.Start != tt.date) {
				t.Errorf("date: got %v, want %s", e.Date, tt.date)
			}
		})
	}
}

// codedOne codes a and wants exactly one event, of type typ between the
// countries given; it returns that event.
func codedOne(t *testing.T, a article.Article, typ string, countries []string) event.Event {
	t.Helper()
	evs := Code(a, Options{})
	if len(evs) != 1 {
		t.Fatalf("got %s, want one %s %v", summary(evs), typ, countries)
	}
	e := evs[0]
	if e.Type != typ || !slices.Equal(e.Countries(), countries) {
		t.Errorf("got %s, want %s %v", summary(evs), typ, countries)
	}
	return e
}
