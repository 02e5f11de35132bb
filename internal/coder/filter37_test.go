package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// The stop-37 features on pages written for the test: the headline's
// parties, the sentences naming the pair, a second event of the same type
// and pair told later, and a cue inside a quotation.
func TestToldFeatures(t *testing.T) {
	checkFeatureCases(t, "2025-06-11", []featureCase{
		{name: "a visit whose parties the headline names, the pair told in three sentences",
			title: "Kenya's president in Ghana for trade talks",
			body: "Kenyan President Daniel Kamau visited Ghana on Monday for talks on trade.\n\n" +
				"Kenya and Ghana trade little. Officials in Ghana said Kenya wants more.",
			typ:      "CONSULT",
			want:     map[string]float64{"title.parties": 1, "told.same_type_pair": 0, "told.retold_later": 0, "cue.quoted": 0},
			positive: []string{"told.pair_sentences"}},
		{name: "a headline naming neither party",
			title: "Trade talks open",
			body:  "Peru and Chile signed a trade agreement on Monday, officials said.",
			typ:   "AGREE",
			want:  map[string]float64{"title.parties": 0, "told.pair_sentences": 0.6931471805599453}},
	})
}

func TestInsideQuote(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{`"We will sanction Iran," the minister said.`, "sanction", true},
		{`The minister said: “Britain condemned the strike,” and left.`, "condemned", true},
		{`Britain condemned the strike, saying it was "reckless".`, "condemned", false},
		{`“It was reckless,” he said after Britain condemned the strike.`, "condemned", false},
		{`Britain condemned the strike.`, "praised", false},
	} {
		if got := insideQuote(tc.text, tc.word); got != tc.want {
			t.Errorf("insideQuote(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// A second event of the same type and pair told later on the page is
// marked retold; the first is not.
func TestRetoldLater(t *testing.T) {
	fc := &filterContext{
		events: []event.Event{
			{Type: "CONSULT", Evidence: []event.Evidence{{Start: 0}}},
			{Type: "ACCUSE", Evidence: []event.Evidence{{Start: 50}}},
			{Type: "CONSULT", Evidence: []event.Evidence{{Start: 120}}},
		},
		cs:      [][]string{{"GHA", "KEN"}, {"GHA", "KEN"}, {"GHA", "KEN"}},
		reports: map[int][]*report{},
	}
	for i, want := range []float64{0, 0, 1} {
		x := fc.toldFeatures(nil, i)
		names := featureNames[len(featureNames)-len(x):]
		got := x[slices.Index(names, "told.retold_later")]
		if got != want {
			t.Errorf("event %d: told.retold_later = %v, want %v", i, got, want)
		}
	}
}
