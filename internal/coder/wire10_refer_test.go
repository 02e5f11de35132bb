package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28), sides that refer back. The sentences are written
// for these tests.

// A plural phrase ("the two leaders", "both leaders", "the two sides")
// stands for the pair of countries the text named last, as the parties of
// an act or joined as a pair, and never reaches back across a newer pair
// (pairs10.go). After "as", such a phrase opens a clause with its own act.
func TestWireFormsTenthPassRefer(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "a pair named after a summit of three is what 'the two leaders' refers to",
			body: "BEIJING, May 13, 2024 (AP) — China hosted Japan and South Korea for a trilateral summit in Beijing on Monday. " +
				"On the sidelines, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol spoke for an hour. " +
				"The two leaders agreed to resume their shuttle diplomacy.",
			want: []expect{{typ: "AGREE", countries: []string{"JPN", "KOR"}, status: event.Occurred, notActor: "CHN"}}},
		{rule: "an act of one country and an organisation between leaves 'both leaders' to the pair named before",
			body: "BEIJING, May 13, 2024 (AP) — India and the United Kingdom signed a trade agreement on Thursday. " +
				"Starmer called it the biggest deal Britain had signed since its exit from the European Union. " +
				"Both leaders held a one-on-one meeting on security.",
			want: []expect{{typ: "CONSULT", countries: []string{"GBR", "IND"}, status: event.Occurred}}},
		{rule: "'as the two leaders signed' after a welcome is an act of its own",
			body: "NAIROBI, May 13, 2024 (AP) — Kenyan President William Ruto welcomed Ghanaian President John Mahama to Nairobi on Monday as the two leaders signed a visa waiver agreement.",
			want: []expect{{typ: "AGREE", countries: []string{"GHA", "KEN"}, status: event.Occurred, start: "2024-05-13"}}},
		{rule: "names inside the object ('a Franco-German accord') leave 'the two leaders' the subject",
			body: "PARIS, May 13, 2024 (AP) — French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Friday as the two leaders signed a Franco-German defence accord.",
			want: []expect{{typ: "AGREE", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2024-05-10"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{KeepOneSided: true}), tt.want)
		})
	}

	t.Run("left alone: after a sentence naming two pairs 'the two sides' has no referent", func(t *testing.T) {
		body := "LIMA, May 13, 2024 (AP) — Japan and Australia signed a defence pact on Tuesday. " +
			"Brazil and Argentina, meanwhile, held talks on trade while Chile and Peru met on fisheries. " +
			"The two sides agreed to meet again in June."
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			if e.Status == event.Planned {
				t.Errorf("the two sides were given parties: %s", summary([]event.Event{e}))
			}
		}
	})
	t.Run("left alone: 'relations between the two countries' names no subject", func(t *testing.T) {
		body := "OTTAWA, May 13, 2024 (AP) — Canada and India signed a trade accord on Monday. " +
			"Relations between the two countries soured after Ottawa's request for an inquiry."
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			if e.Type == "REQUEST" && slices.ContainsFunc(e.Actors, func(a event.Actor) bool { return a.Country != nil && *a.Country == "IND" }) {
				t.Errorf("the request took the two countries: %s", summary([]event.Event{e}))
			}
		}
	})
}
