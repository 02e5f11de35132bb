package coder

import (
	"slices"
	"strings"
	"testing"

	"storyline/internal/event"
)

// The stop-37 features on pages written for the test: the headline's parties, the
// sentences naming the pair, a second event of the same type and pair told
// later, and a cue inside a quotation.
func TestToldFeatures(t *testing.T) {
	const pub = "2025-06-11"
	tests := []struct {
		name        string
		title, body string
		typ         string
		nth         int // which event of the type (in the order Observe sees them)
		want        map[string]float64
		positive    []string
	}{
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
	}
	for _, tc := range tests {
		evs, feats := observed(t, tc.body, pub, tc.title)
		var at []int
		for i, e := range evs {
			if e.Type == tc.typ {
				at = append(at, i)
			}
		}
		if len(at) <= tc.nth {
			var got []string
			for _, e := range evs {
				got = append(got, e.Type+":"+strings.Join(e.Countries(), ","))
			}
			t.Errorf("%s: no %s event %d among %v", tc.name, tc.typ, tc.nth, got)
			continue
		}
		i := at[tc.nth]
		for n, v := range tc.want {
			if _, ok := feats[i][n]; !ok {
				t.Fatalf("%s: no feature %q", tc.name, n)
			}
			if feats[i][n] != v {
				t.Errorf("%s: %s = %v, want %v", tc.name, n, feats[i][n], v)
			}
		}
		for _, n := range tc.positive {
			if feats[i][n] <= 0 {
				t.Errorf("%s: %s = %v, want > 0", tc.name, n, feats[i][n])
			}
		}
	}
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
