package coder

import (
	"fmt"
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// TestWireFormsTwentiethPassHeadlineDay holds the day of a headline's act
// (headday18.go): the lead's day of the news, not a year a lead act took
// from the sentence before it, nor the page's day when the lead dates the
// news the day before. The stories are written for this test; none comes
// from a corpus page. Pages are dated Thursday 2025-06-12.
func TestWireFormsTwentiethPassHeadlineDay(t *testing.T) {
	code := func(title, body string) []event.Event {
		pub := "2025-06-12"
		return Code(article.Article{Source: "test.txt", Title: title, Body: body, Language: "en", Published: &pub}, Options{})
	}
	cases := []struct {
		name, title, body string
		typ               string
		countries         []string
		day               string
		status            event.Status
	}{
		// Fires: the lead act of the headline's type has no day of its
		// own and took the background year of the sentence before.
		{"hostages released the day before, held since a year",
			"Iran says it freed French, German aid workers in prisoner swap",
			"Two aid workers who had been held in Iran since 2019 were released on Wednesday in a prisoner swap. Anna Weber and Luc Moreau, both nurses at a clinic in Tabriz, were handed over to French diplomats at the airport, an official said. Their release came hours after Germany freed two Iranian prisoners and sent them to Oman.",
			"CONCEDE", []string{"DEU", "FRA", "IRN"}, "2025-06-11", event.Occurred},
		{"hostages released on the page's day, held since a year",
			"Iran says it freed French, German aid workers in prisoner swap",
			"Two aid workers who had been held in Iran since 2019 were released on Thursday in a prisoner swap. Anna Weber and Luc Moreau, both nurses at a clinic in Tabriz, were handed over to French diplomats at the airport, an official said. Their release came hours after Germany freed two Iranian prisoners and sent them to Oman.",
			"CONCEDE", []string{"DEU", "FRA", "IRN"}, "2025-06-12", event.Occurred},
		// Fires: the headline's act is dated by the page only; the lead
		// tells the news the day before.
		{"a headline's charge the lead dates the day before",
			"US blames Russia for cyber attacks on Moldova",
			"Britain and the United States on Wednesday accused Russian military intelligence of a campaign of cyber attacks against Moldova last year. Russia arrested an American reporter in Moscow in March, the State Department said.",
			"ACCUSE", []string{"RUS", "USA"}, "2025-06-11", event.Occurred},
		{"a headline's expulsion the lead dates the day before",
			"Chile recalls ambassador from Peru",
			"The foreign ministry in Santiago on Wednesday called its envoy home for consultations after a row over fishing rights, the minister said.",
			"SANCTION", []string{"CHL", "PER"}, "2025-06-11", event.Occurred},
		// Must not: the lead dates the act in its own clause; a plan keeps
		// the page's day.
		{"a lead act's own day stays the headline's",
			"Iran says it freed French, German aid workers in prisoner swap",
			"Two aid workers who had been held in Iran since 2019 were released in a prisoner swap. Anna Weber and Luc Moreau, both nurses at a clinic in Tabriz, were handed over to French diplomats at the airport on Tuesday, an official said. Their release came hours after Germany freed two Iranian prisoners and sent them to Oman.",
			"CONCEDE", []string{"DEU", "FRA", "IRN"}, "2025-06-10", event.Occurred},
		{"a planned act keeps the page's day",
			"Germany to expel Iranian diplomat over spying plot",
			"The government in Berlin on Wednesday said it would order a senior diplomat to leave the country after police broke up a spying ring.",
			"SANCTION", []string{"DEU", "IRN"}, "2025-06-12", event.Planned},
	}
	for _, c := range cases {
		evs := code(c.title, c.body)
		i := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == c.typ && slices.Equal(e.Countries(), c.countries) })
		if i < 0 {
			var seen []string
			for _, e := range evs {
				seen = append(seen, fmt.Sprint(e.Type, e.Countries()))
			}
			t.Errorf("%s: no %s %v (events %v)", c.name, c.typ, c.countries, seen)
			continue
		}
		if e := evs[i]; e.Date == nil || e.Date.Start != c.day || e.Date.End != c.day || e.Status != c.status {
			t.Errorf("%s: %s %v dated %v, %s; want %s, %s", c.name, c.typ, c.countries, e.Date, e.Status, c.day, c.status)
		}
	}
}
