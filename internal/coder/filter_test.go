package coder

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"storyline/internal/event"
)

func TestShippedFilterModelLoads(t *testing.T) {
	m, err := theFilter()
	if err != nil {
		t.Fatalf("load data/filter.json: %v", err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v, want a probability strictly between 0 and 1", m.Threshold)
	}
	nonzero := 0
	for _, w := range m.Weights {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero < len(m.Weights)/2 {
		t.Errorf("%d of %d weights are not zero: an untrained model?", nonzero, len(m.Weights))
	}
}

func TestParseFilterModelRejects(t *testing.T) {
	good := func() FilterModel {
		return FilterModel{Features: FeatureNames(), Weights: make([]float64, len(featureNames)), Threshold: 0.2}
	}
	enc := func(m FilterModel) string {
		b, _ := json.Marshal(m)
		return string(b)
	}
	short := good()
	short.Weights = short.Weights[1:]
	renamed := good()
	renamed.Features[0] = "type.SOMETHING"
	dropped := good()
	dropped.Features, dropped.Weights = dropped.Features[1:], dropped.Weights[1:]
	tests := []struct {
		name, file, err string
	}{
		{"good", enc(good()), ""},
		{"not json", "{features:", "parse filter model"},
		{"a weight missing", enc(short), "weights for"},
		{"a feature renamed", enc(renamed), "retrain"},
		{"a feature dropped", enc(dropped), "retrain"},
	}
	for _, tc := range tests {
		_, err := ParseFilterModel([]byte(tc.file))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.err)
		}
	}
}

func FuzzParseFilterModel(f *testing.F) {
	f.Add(filterJSON)
	f.Add([]byte(`{"features":["a"],"weights":[1,2]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseFilterModel(b)
		if err == nil && (len(m.Weights) != len(featureNames) || !slices.Equal(m.Features, featureNames)) {
			t.Fatalf("accepted a model of %d weights over %v", len(m.Weights), m.Features)
		}
	})
}

func TestFilterScore(t *testing.T) {
	m := FilterModel{Weights: []float64{2, -1}, Bias: -1}
	for _, tc := range []struct {
		x    []float64
		want float64
	}{
		{[]float64{0, 0}, 0.2689},
		{[]float64{1, 0}, 0.7311},
		{[]float64{0.5, 0}, 0.5},
		{[]float64{1, 1}, 0.5},
	} {
		if got := m.Score(tc.x); got < tc.want-1e-4 || got > tc.want+1e-4 {
			t.Errorf("Score(%v) = %.4f, want %.4f", tc.x, got, tc.want)
		}
	}
}

// observed codes an article with the rules alone and returns each event with
// its features by name.
func observed(t *testing.T, body, published, title string) ([]event.Event, []map[string]float64) {
	t.Helper()
	a := art(body, published)
	a.Title = title
	var evs []event.Event
	var feats []map[string]float64
	Code(a, Options{Observe: func(e event.Event, x []float64) {
		if len(x) != len(featureNames) {
			t.Fatalf("%d features, want %d", len(x), len(featureNames))
		}
		f := map[string]float64{}
		for i, n := range featureNames {
			f[n] = x[i]
		}
		evs = append(evs, e)
		feats = append(feats, f)
	}})
	return evs, feats
}

// featureCase is one page of a feature table test: the first event of typ
// coded from it has the features want, and those of positive above zero.
type featureCase struct {
	name        string
	title, body string
	typ         string
	want        map[string]float64
	positive    []string
}

// checkFeatureCases codes each case's page as published on pub and checks
// the features of its first event of the case's type.
func checkFeatureCases(t *testing.T, pub string, tests []featureCase) {
	t.Helper()
	for _, tc := range tests {
		evs, feats := observed(t, tc.body, pub, tc.title)
		i := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == tc.typ })
		if i < 0 {
			var got []string
			for _, e := range evs {
				got = append(got, e.Type+":"+strings.Join(e.Countries(), ","))
			}
			t.Errorf("%s: no %s event among %v", tc.name, tc.typ, got)
			continue
		}
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

func TestFilterFeatures(t *testing.T) {
	checkFeatureCases(t, "2025-06-11", []featureCase{
		{name: "a visit in the lead, told twice, with two named people",
			title: "Egypt's president visits Jordan",
			body: "Egyptian President Abdel Fattah el-Sisi visited Jordan on Monday and met King Abdullah II in Amman.\n\n" +
				"The talks in Amman covered trade. Jordan and Egypt share a long history.\n\n" +
				"Sisi's visit to Jordan was his second this year, officials in Egypt said.",
			typ: "CONSULT",
			want: map[string]float64{"type.CONSULT": 1, "type.ASSAULT": 0, "status.occurred": 1, "basis.relative": 1,
				"date.day": 1, "date.before_pub_30d": 0, "parties.two_countries": 1, "parties.person": 1,
				"position.first": 1, "position.later": 0, "salience.top2": 1, "sentence.quote": 0, "words.since": 0,
				"article.has_reference": 1},
			positive: []string{"told.sentences", "event.confidence"}},
		{name: "an attack with 'since' after it, in a quote, late in the article",
			title: "Talks on trade resume",
			body: "Trade officials met on Monday. They discussed tariffs. The meeting was long. Officials said little. " +
				"Reporters waited outside. Nothing was signed.\n\n" +
				"Russia attacked Ukraine in February 2025 and \"nothing has been the same since,\" an official said.",
			typ: "ASSAULT",
			want: map[string]float64{"type.ASSAULT": 1, "position.first": 0, "position.later": 1, "sentence.quote": 1,
				"words.since": 1, "words.said": 1, "parties.two_countries": 1, "parties.person": 0, "salience.top2": 1},
			positive: []string{"position.share"}},
		{name: "an agreement of years before, dated in the text, with its place",
			body: "India and Japan signed a defence agreement in Tokyo on March 3, 2024, officials recalled.",
			typ:  "AGREE",
			want: map[string]float64{"type.AGREE": 1, "basis.explicit": 1, "date.before_pub_30d": 1, "date.before_pub_1y": 1,
				"date.after_pub": 0, "event.location": 1, "position.first": 1, "position.title": 0, "words.ago_last": 0}},
	})
}

// By default Code keeps exactly the events the shipped model scores at or
// above its threshold and those of three or more countries, which it does
// not score; NoLearnedFilter and KeepOneSided (type scoring) keep them all.
func TestLearnedFilterDrops(t *testing.T) {
	m, err := theFilter()
	if err != nil {
		t.Fatal(err)
	}
	body := "Japan's foreign minister met his Chinese counterpart in Beijing on Tuesday.\n\n" +
		"Japan has provided Vietnam with patrol boats. Officials said the United States supports India, which could help.\n\n" +
		"Russia attacked Ukraine in 2022, and France has condemned Russia since then.\n\n" +
		"The defence ministers of Australia, Canada and Germany held talks on Monday."
	a := art(body, "2025-06-11")
	var want, multi []string
	Code(a, Options{Observe: func(e event.Event, x []float64) {
		if !FilterScores(e) {
			multi = append(multi, e.ID)
		}
		if !FilterScores(e) || m.Score(x) >= m.Threshold {
			want = append(want, e.ID)
		}
	}})
	ids := func(opts Options) []string {
		var out []string
		for _, e := range Code(a, opts) {
			out = append(out, e.ID)
		}
		return out
	}
	all := ids(Options{NoLearnedFilter: true})
	if got := ids(Options{}); !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v (of %v)", got, want, all)
	}
	if got := ids(Options{LearnedFilter: true}); !slices.Equal(got, want) {
		t.Errorf("LearnedFilter kept %v, want the default's %v", got, want)
	}
	if got := ids(Options{LearnedFilter: true, NoLearnedFilter: true}); !slices.Equal(got, all) {
		t.Errorf("NoLearnedFilter with LearnedFilter kept %v, want all %v", got, all)
	}
	if len(all) < 2 {
		t.Errorf("the rules proposed %d events, want several to filter", len(all))
	}
	if len(multi) == 0 {
		t.Errorf("no event of three countries proposed of %v", all)
	}
	// A meeting of two countries told first, with its day and place, is
	// what news leads with: any sensible model keeps it.
	if got := ids(Options{}); len(all) == 0 || !slices.Contains(got, all[0]) {
		t.Errorf("the lead's meeting was dropped: kept %v of %v", got, all)
	}
	if oneSided := ids(Options{KeepOneSided: true}); len(oneSided) < len(all) {
		t.Errorf("KeepOneSided kept %d events, want at least the %d the rules propose", len(oneSided), len(all))
	}
}

// The filter scores events of one or two countries, never three or more.
func TestFilterScores(t *testing.T) {
	country := func(c string) event.Actor { return event.Actor{Country: &c} }
	tests := []struct {
		countries []string
		want      bool
	}{
		{[]string{"JPN", "CHN"}, true},
		{[]string{"USA", "USA"}, true}, // two actors of one country
		{[]string{"USA", "JPN", "KOR"}, false},
		{[]string{"CHN", "GBR", "USA", "FRA"}, false},
	}
	for _, tc := range tests {
		var e event.Event
		for _, c := range tc.countries {
			e.Actors = append(e.Actors, country(c))
		}
		if got := FilterScores(e); got != tc.want {
			t.Errorf("FilterScores(%v) = %v, want %v", tc.countries, got, tc.want)
		}
	}
}

func TestWordClasses(t *testing.T) {
	tests := []struct {
		text  string
		want  []string
		words int
	}{
		{"Talks have stalled since May, officials said.", []string{"words.since", "words.said"}, 7},
		{"He DIDN'T say whether Iran would attend.", []string{"words.negation", "words.conditional", "words.modal"}, 7},
		{"Ministers met after a long meeting which ended late", []string{"words.after_before", "words.relative"}, 9},
		{"Counterintelligence-cooperation resumed.", nil, 3},
		{"May the talks go well, he said; they may not.", []string{"words.modal", "words.said", "words.negation"}, 10},
		{"", nil, 0},
	}
	for _, tc := range tests {
		classes, n := wordClasses(tc.text)
		var got []string
		for i, hit := range classes {
			if hit {
				got = append(got, wordFeatures[i].name)
			}
		}
		slices.Sort(got)
		slices.Sort(tc.want)
		if !slices.Equal(got, tc.want) || n != tc.words {
			t.Errorf("wordClasses(%q) = %v, %d words; want %v, %d", tc.text, got, n, tc.want, tc.words)
		}
	}
}
