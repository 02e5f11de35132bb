package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
)

// Eleventh pass (stop 29): a photo's caption is read when neither the body
// nor the headline tells an event with two sides, and a person's name
// before a bracket ("(L)") is a caption's position mark, not a dateline.
// The captions and bodies are written for this test.
func TestWireFormsEleventhPassCaptions(t *testing.T) {
	page := func(body, published string, captions ...string) article.Article {
		a := art(body, published)
		a.Captions = captions
		return a
	}
	cases := []struct {
		rule      string
		a         article.Article
		typ       string
		countries []string
		caption   bool // the event's evidence is a caption
		date      string
	}{
		{rule: "a body that names no side: the caption's meeting, dated by it",
			a: page("The two leaders spoke for an hour behind closed doors, officials said.", "2025-06-14",
				"German Chancellor Friedrich Merz, right, greets Polish President Andrzej Duda at the Chancellery, Thursday, June 12, 2025, in Berlin. (AP Photo/Markus Schreiber)"),
			typ: "CONSULT", countries: []string{"DEU", "POL"}, caption: true, date: "2025-06-12"},
		{rule: "a wire caption that goes on with the lead: its arrest",
			a: page("Relatives gathered outside the family home on Saturday.", "2025-03-08",
				"Neighbours leave flowers at the gate of the family's house, Friday, March 7, 2025, in Lyon. Venezuela on Friday announced the arrest of a French tourist, a student from Lyon, for what it called an act of espionage. (AP Photo/Laurent Cipriani)"),
			typ: "COERCE", countries: []string{"FRA", "VEN"}, caption: true, date: "2025-03-07"},
		{rule: "a person's position mark in the body's caption is no dateline",
			a:   page("Indian Prime Minister Narendra Modi (L) and Japanese Prime Minister Shigeru Ishiba hold talks at the Kantei in Tokyo on Friday.", "2025-08-29"),
			typ: "CONSULT", countries: []string{"IND", "JPN"}},
		{rule: "a body with an event of its own: the caption is not coded",
			a: page("Japan's foreign ministry on Wednesday summoned China's ambassador over the ship.", "2025-06-12",
				"South Korean President Lee Jae-myung, left, shakes hands with Japanese Prime Minister Shigeru Ishiba in Tokyo, Saturday, Aug. 23, 2025. (AP Photo/Eugene Hoshiko)"),
			typ: "ACCUSE", countries: []string{"CHN", "JPN"}},
	}
	// A sports story's captions show a match, not a meeting of states.
	sports := page("England beat India by five wickets in the first Test at Lord's. Root scored a century as the hosts chased 310 in the final innings. The cricket series resumes at Old Trafford next week.", "2025-07-11",
		"Indian Prime Minister Narendra Modi, right, meets British Prime Minister Keir Starmer at Lord's before the match, Thursday, July 10, 2025. (AP Photo/Kin Cheung)")
	if evs := Code(sports, Options{}); len(evs) != 0 {
		t.Errorf("a sports page's caption: got %s, want nothing", summary(evs))
	}
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			e := codedOne(t, tt.a, tt.typ, tt.countries)
			if got := e.Evidence[0].Caption; got != tt.caption {
				t.Errorf("evidence from a caption: got %v, want %v", got, tt.caption)
			}
			if ev := e.Evidence[0]; tt.caption && !slices.ContainsFunc(tt.a.Captions, func(c string) bool {
				return ev.End <= len(c) && c[ev.Start:ev.End] == ev.Text
			}) {
				t.Errorf("caption evidence %q is not a caption's %d:%d", ev.Text, ev.Start, ev.End)
			}
			if tt.date != "" && (e.Date == nil || e.Date.Start != tt.date) {
				t.Errorf("date: got %v, want %s", e.Date, tt.date)
			}
		})
	}
}
