package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Twenty-first pass (stop 39, undated pages): the title's act on a page
// that prints no date takes the day the body's dates were read against —
// a full date the body writes, or the address's day — saying how it was
// found; a day the office tables guess is not given to it (headref19.go).
// The titles and sentences are written for this test.
func TestWireFormsTwentyFirstPassHeadlineReference(t *testing.T) {
	tests := []struct {
		rule, title, body, uri string
		typ                    string
		cs                     []string
		start                  string // "" for no date
		ref                    event.Reference
	}{
		{rule: "a full date the body writes dates the title's act",
			title: "Greek embassy attacked in Skopje",
			body: "Police guard the damaged gate of the building in Skopje, March 4, 2021. " +
				"Windows were broken and a car was set on fire overnight, the police said. " +
				"Nobody was hurt.",
			typ: "ASSAULT", cs: []string{"GRC", "MKD"}, start: "2021-03-04", ref: event.RefText},
		{rule: "the address's day dates the title's act",
			title: "Chilean doctors arrive in Peru to fight outbreak",
			body: "The team of forty landed on June 14 with two tonnes of supplies. " +
				"They will work in hospitals in the north for a month, the health ministry said.",
			uri: "https://news.example.com/2021/06/chilean-doctors-peru",
			typ: "AID", cs: []string{"CHL", "PER"}, start: "2021-06-14", ref: event.RefAddress},
		{rule: "left alone: a page with no date of its own",
			title: "Chilean doctors arrive in Peru to fight outbreak",
			body: "The team of forty flew in with two tonnes of supplies. " +
				"They will work in hospitals in the north for a month, the health ministry said.",
			typ: "AID", cs: []string{"CHL", "PER"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: tt.title, Body: tt.body, Language: "en"}
			if tt.uri != "" {
				a.URI = &tt.uri // a month folder: no publication day
			}
			var got *event.Event
			for _, e := range Code(a, Options{}) {
				if e.Type == tt.typ && slices.Equal(e.Countries(), tt.cs) {
					got = &e
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s event between %v", tt.typ, tt.cs)
			}
			switch {
			case tt.start == "" && got.Date != nil:
				t.Errorf("date %+v, want none", *got.Date)
			case tt.start != "" && (got.Date == nil || got.Date.Start != tt.start || got.Date.Reference != tt.ref):
				t.Errorf("date %+v, want %s read against %q", got.Date, tt.start, tt.ref)
			}
		})
	}
}
