package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Fifteenth pass (stop 33): an undated plan told beside an act told done
// with no day of its own is part of that act (plans15.go), as it is beside
// an act its own sentence dates, on a dated page or an undated one. The sentences are written for these
// tests; none comes from a corpus page.
func TestWire15PlanBesideActToldDone(t *testing.T) {
	dated := true
	code := func(body string) []event.Event {
		pub := "2024-03-14"
		a := article.Article{Source: "test.txt", Title: "Talks", Body: body, Language: "en", Published: &pub}
		if !dated {
			a.Published = nil
		}
		return Code(a, Options{KeepOneSided: true})
	}
	count := func(evs []event.Event, typ string, countries ...string) (n int, planned int) {
		for _, e := range evs {
			if e.Type == typ && slices.Equal(e.Countries(), countries) {
				n++
				if e.Status == event.Planned {
					planned++
				}
			}
		}
		return n, planned
	}
	merged := []struct {
		rule, body, typ string
		countries       []string
	}{
		{"a program of the visit told as a plan",
			"Japanese Prime Minister Fumio Kishida held talks with Philippine President Ferdinand Marcos in Manila. The two leaders will also meet business executives before a state dinner.",
			"CONSULT", []string{"JPN", "PHL"}},
		{"a meeting told with no tense of its own, and the talks agreed there",
			"The truce follows a bilateral meeting between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan in Arusha. Ruto and Hassan also agreed to resume border negotiations.",
			"CONSULT", []string{"KEN", "TZA"}},
		{"a decision to work together told beside the agreements",
			"Brazil and Argentina signed five agreements on energy and trade. The two countries also decided to work together on a new gas pipeline.",
			"AGREE", []string{"ARG", "BRA"}},
	}
	for _, tt := range merged {
		t.Run(tt.rule, func(t *testing.T) {
			evs := code(tt.body)
			if n, planned := count(evs, tt.typ, tt.countries...); n != 1 || planned != 0 {
				t.Errorf("%s %v: %d events (%d planned), want one done: %s", tt.typ, tt.countries, n, planned, summary(evs))
			}
		})
	}
	t.Run("a visit's program on a page with no date", func(t *testing.T) {
		dated = false
		defer func() { dated = true }()
		evs := code("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima. Both leaders will then meet mining executives before a state dinner.")
		if n, planned := count(evs, "CONSULT", "CHL", "PER"); n != 1 || planned != 0 {
			t.Errorf("CONSULT [CHL PER]: %d events (%d planned), want one done: %s", n, planned, summary(evs))
		}
	})
	t.Run("left alone: the plan of the other side's measure", func(t *testing.T) {
		evs := code("The United States imposed new tariffs on Chinese steel. Beijing said it will impose retaliatory tariffs on American farm goods.")
		if n, _ := count(evs, "SANCTION", "CHN", "USA"); n != 2 {
			t.Errorf("SANCTION [CHN USA]: %d events, want the done measure and the planned answer apart: %s", n, summary(evs))
		}
	})
	t.Run("left alone: the earlier talks a planned summit builds on", func(t *testing.T) {
		dated = false
		defer func() { dated = true }()
		evs := code("The leaders of Brazil and Argentina will discuss trade and energy when they hold their first talks since Javier Milei took office. The video call between Brazilian President Luiz Inacio Lula da Silva and Milei, set for Friday, will build on this month's talks when their foreign and finance ministers promised to work together.")
		if _, planned := count(evs, "CONSULT", "ARG", "BRA"); planned == 0 {
			t.Errorf("CONSULT [ARG BRA]: no planned event, want the summit still planned: %s", summary(evs))
		}
	})
	t.Run("left alone: a plan told as one more meeting", func(t *testing.T) {
		evs := code("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi. Kenya and Ethiopia will hold talks again to settle the dispute over the dam.")
		if n, planned := count(evs, "CONSULT", "ETH", "KEN"); n != 2 || planned != 1 {
			t.Errorf("CONSULT [ETH KEN]: %d events (%d planned), want the talks and the next meeting apart: %s", n, planned, summary(evs))
		}
	})
}
