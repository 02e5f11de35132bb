package coder

import (
	"fmt"
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// TestWireFormsTwentyFirstPassHeadline holds two readings of headline and
// lead English (docs/coding.md, "Twenty-first pass (stop 39): the headline
// and the lead, read from pages written by hand"): talks ruled out are
// refused (cues.tsv); "claims" after "over" or a determiner is the noun,
// not the speech verb. The pages are written for this test; none comes
// from a corpus page.
func TestWireFormsTwentyFirstPassHeadline(t *testing.T) {
	code := func(title, body, pub string) []event.Event {
		return Code(article.Article{Source: "test.txt", Title: title, Body: body, Language: "en", Published: &pub}, Options{})
	}
	cases := []struct {
		name, title, body, pub string
		typ                    string
		countries              []string
		want                   bool
	}{
		// Fires: talks ruled out are refused, in a headline as in a lead.
		{"talks ruled out in a headline",
			"Iran rules out talks with US",
			"The supreme leader spoke in Tehran on Saturday, state media reported. He said the sanctions had failed.",
			"2025-05-03", "REJECT", []string{"IRN", "USA"}, true},
		{"negotiations ruled out in a lead",
			"Pyongyang hardens line",
			"SEOUL, May 3 (Yonhap) -- North Korea on Saturday ruled out any negotiations with South Korea, its state media said.",
			"2025-05-03", "REJECT", []string{"KOR", "PRK"}, true},
		// Must not: talks not ruled out are left open.
		{"talks not ruled out",
			"Moon open to dialogue",
			"South Korea's president said on Saturday he would not rule out talks with North Korea.",
			"2025-05-03", "REJECT", []string{"KOR", "PRK"}, false},
		// Fires: "claims" after "over" or a determiner is the noun; the
		// one whose claims they are stays the side.
		{"a charge over spy claims",
			"Beijing hits back",
			"BEIJING, June 12 (Reuters) - China on Monday slammed Australia over spy claims, calling them groundless. The ministry posted the statement on its website.",
			"2023-06-12", "ACCUSE", []string{"AUS", "CHN"}, true},
		{"a charge over its claims",
			"Cairo hits back",
			"Egypt on Monday condemned Ethiopia over its claims about the dam, the foreign ministry said.",
			"2023-06-12", "ACCUSE", []string{"EGY", "ETH"}, true},
	}
	for _, c := range cases {
		evs := code(c.title, c.body, c.pub)
		got := slices.ContainsFunc(evs, func(e event.Event) bool { return e.Type == c.typ && slices.Equal(e.Countries(), c.countries) })
		if got != c.want {
			var seen []string
			for _, e := range evs {
				seen = append(seen, fmt.Sprint(e.Type, e.Countries()))
			}
			t.Errorf("%s: %s %v coded %v, want %v (events %v)", c.name, c.typ, c.countries, got, c.want, seen)
		}
	}
}
