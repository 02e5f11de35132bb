package coder

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/event"
)

func art(body, published string) article.Article {
	a := article.Article{Source: "test.txt", Body: body, Language: "en"}
	if published != "" {
		a.Published = &published
	}
	return a
}

// checkCoded fails t unless body, coded as an article of 2025-06-01 with
// opts, gives an event of typ between exactly the countries cs (sorted)
// when want is true, and none when it is false.
func checkCoded(t *testing.T, body, typ string, cs []string, want bool, opts Options) {
	t.Helper()
	evs := Code(art(body, "2025-06-01"), opts)
	got := slices.ContainsFunc(evs, func(e event.Event) bool {
		return e.Type == typ && slices.Equal(e.Countries(), cs)
	})
	if got != want {
		t.Errorf("got %s, want %s %v coded: %v", summary(evs), typ, cs, want)
	}
}

// codedCase is one row of a rule's table test: body, coded as an article
// of 2025-06-01, gives (want) or does not give an event of typ between
// exactly the countries cs (sorted).
type codedCase struct {
	rule string
	body string
	typ  string
	cs   []string
	want bool
}

// checkCodedCases runs each case as a subtest named by its rule.
func checkCodedCases(t *testing.T, cases []codedCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, tt.want, Options{})
		})
	}
}

// checkRuleCases runs each case as checkCodedCases does but with the
// learned filter off: for rows whose one-sentence article the filter scores
// below its threshold, where the row tests the rule that proposes the event.
func checkRuleCases(t *testing.T, cases []codedCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, tt.typ, tt.cs, tt.want, Options{NoLearnedFilter: true})
		})
	}
}

// statusCase is one row of a status rule's table test: body, coded as an
// article of 2025-05-20, gives one event, of typ between exactly the
// countries cs (sorted), with status.
type statusCase struct {
	rule   string
	body   string
	typ    string
	cs     []string
	status event.Status
}

// checkStatusCases runs each case as a subtest named by its rule.
func checkStatusCases(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			e := codedOne(t, art(tt.body, "2025-05-20"), tt.typ, tt.cs)
			if e.Status != tt.status {
				t.Errorf("got %s, want status %s", summary([]event.Event{e}), tt.status)
			}
		})
	}
}

// checkTypeCoded fails t unless body, coded as an article of 2025-05-20,
// gives an event of typ between exactly the countries cs (sorted), or, when
// cs is nil, no event of typ at all.
func checkTypeCoded(t *testing.T, body, typ string, cs []string) {
	t.Helper()
	evs := Code(art(body, "2025-05-20"), Options{})
	found := slices.ContainsFunc(evs, func(e event.Event) bool {
		return e.Type == typ && (cs == nil || slices.Equal(e.Countries(), cs))
	})
	if found != (cs != nil) {
		t.Errorf("got %s, want %s %v (nil: none)", summary(evs), typ, cs)
	}
}

// want describes the one event a sentence should yield; empty type = none.
type want struct {
	typ, mode string
	status    event.Status
	countries []string
	start     string // date start, "" = not checked
	end       string
	location  string
	source    string // country of the source actor, "" = not checked
}

// The sentences are written for these tests in the way wire copy reports
// diplomacy; none comes from the seed pages.
func TestCodeSentences(t *testing.T) {
	const pub = "2023-05-10" // a Wednesday
	tests := []struct {
		name, body string
		want       want
	}{
		{"meeting that occurred, venue is not a party",
			"French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Tuesday.",
			want{typ: "CONSULT", mode: "meet", status: event.Occurred, countries: []string{"DEU", "FRA"}, start: "2023-05-09", end: "2023-05-09", location: "Paris"}},
		{"planned visit: visitor source, host target",
			"Indian Prime Minister Narendra Modi will visit Australia on May 22.",
			want{typ: "CONSULT", mode: "visit", status: event.Planned, countries: []string{"AUS", "IND"}, start: "2023-05-22", end: "2023-05-22", source: "IND"}},
		{"phone call",
			"Canada's prime minister spoke by phone with the President of Brazil on Monday.",
			want{typ: "CONSULT", mode: "phone", status: event.Occurred, countries: []string{"BRA", "CAN"}, start: "2023-05-08", end: "2023-05-08"}},
		{"headline infinitive is planned",
			"Germany and Poland to hold talks on border security",
			want{typ: "CONSULT", status: event.Planned, countries: []string{"DEU", "POL"}}},
		{"merely considered is no event",
			"The Italian prime minister had considered visiting Brazil in June.",
			want{}},
		{"negated meeting is no event",
			"The Spanish foreign minister did not meet his Moroccan counterpart.",
			want{}},
		{"conditional is no event",
			"If Turkey agrees, Sweden will hold talks with Finland next month.",
			want{}},
		{"hypothetical could is no event",
			"Mexico could impose tariffs on Canada.",
			want{}},
		{"called off meeting is cancelled",
			"Talks between Japan and China were called off on Monday.",
			want{typ: "CONSULT", status: event.Cancelled, countries: []string{"CHN", "JPN"}}},
		{"accusation has source and target",
			"Russia accused Ukraine of shelling the plant on Sunday.",
			want{typ: "ACCUSE", status: event.Occurred, countries: []string{"RUS", "UKR"}, source: "RUS"}},
		{"sanctions",
			"The United States imposed new sanctions on Iran on Thursday.",
			want{typ: "SANCTION", status: event.Occurred, countries: []string{"IRN", "USA"}, source: "USA"}},
		{"reported speech: the speaker is not a party, the speech date is not the event date",
			"Egypt and Jordan will sign a trade agreement in July, the Egyptian foreign ministry said on Monday.",
			want{typ: "AGREE", status: event.Planned, countries: []string{"EGY", "JOR"}, start: "2023-07-01", end: "2023-07-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Code(art(tt.body, pub), Options{KeepOneSided: true})
			if tt.want.typ == "" {
				for _, e := range evs {
					t.Errorf("got %s %s %v, want no event", e.Type, e.Status, e.Countries())
				}
				return
			}
			var got *event.Event
			for i := range evs {
				if evs[i].Type == tt.want.typ {
					got = &evs[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s event in %d events: %+v", tt.want.typ, len(evs), evs)
			}
			if tt.want.mode != "" && got.Mode != tt.want.mode {
				t.Errorf("mode %q, want %q", got.Mode, tt.want.mode)
			}
			if got.Status != tt.want.status {
				t.Errorf("status %q, want %q", got.Status, tt.want.status)
			}
			if c := got.Countries(); !slices.Equal(c, tt.want.countries) {
				t.Errorf("countries %v, want %v", c, tt.want.countries)
			}
			if tt.want.start != "" {
				if got.Date == nil {
					t.Errorf("no date, want %s..%s", tt.want.start, tt.want.end)
				} else if got.Date.Start != tt.want.start || got.Date.End != tt.want.end {
					t.Errorf("date %s..%s, want %s..%s", got.Date.Start, got.Date.End, tt.want.start, tt.want.end)
				}
			}
			if tt.want.location != "" && (got.Location == nil || got.Location.Name != tt.want.location) {
				t.Errorf("location %+v, want %s", got.Location, tt.want.location)
			}
			if tt.want.source != "" {
				ok := false
				for _, a := range got.Actors {
					if a.Role == event.RoleSource && a.Country != nil && *a.Country == tt.want.source {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no source actor of %s in %+v", tt.want.source, got.Actors)
				}
			}
		})
	}
}

func TestBackgroundMeetingIsDatedInThePast(t *testing.T) {
	// (A meeting two years or more before the page is its history and is
	// not coded: history9.go.)
	body := "Brazilian President Luiz Inacio Lula da Silva and Argentine President Alberto Fernandez last held talks in Buenos Aires in April 2019."
	evs := Code(art(body, "2020-05-10"), Options{})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Status != event.Occurred || e.Date == nil || e.Date.Start != "2019-04-01" || e.Date.End != "2019-04-30" || e.Date.Grain != event.GrainMonth {
		t.Errorf("got %s %+v, want occurred in April 2019 (grain month)", e.Status, e.Date)
	}
}

func TestSameMeetingInSeveralSentencesIsOneEvent(t *testing.T) {
	body := "Germany and France to hold talks on Friday\n\n" +
		"The foreign ministers of Germany and France will hold talks in Berlin on Friday, officials said.\n\n" +
		"The talks will cover energy and defence, and the two ministers will also hold a joint news conference."
	evs := Code(art(body, "2023-05-10"), Options{})
	n := 0
	for _, e := range evs {
		if e.Type == "CONSULT" {
			n++
			if len(e.Evidence) < 2 {
				t.Errorf("merged event has %d evidence sentences, want 2 or more", len(e.Evidence))
			}
			if e.Date == nil || e.Date.Start != "2023-05-12" {
				t.Errorf("date %+v, want 2023-05-12", e.Date)
			}
		}
	}
	if n != 1 {
		t.Errorf("got %d CONSULT events, want 1: %+v", n, evs)
	}
}

func TestNonEnglishArticleHasNoEvents(t *testing.T) {
	a := art("Le président Macron a rencontré le chancelier Scholz à Paris mardi.", "2023-05-10")
	a.Language = "fr"
	if evs := Code(a, Options{}); len(evs) != 0 {
		t.Errorf("got %d events from a French article, want none", len(evs))
	}
}

func TestEvidenceOffsetsPointIntoBody(t *testing.T) {
	body := "  Headline: Japan and India to hold summit\n\nJapanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday. “We agreed to deepen ties,” Kishida said."
	for _, e := range Code(art(body, "2023-03-22"), Options{}) {
		if e.ID == "" || e.Topics == nil || e.Actors == nil {
			t.Errorf("event lacks id, topics or actors: %+v", e)
		}
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(body) || body[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence [%d:%d] does not match body: %q", ev.Start, ev.End, ev.Text)
			}
		}
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{"": true}
	for _, t := range strings.Fields("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT") {
		types[t] = true
	}
	for w, cs := range lx.byFirst {
		for _, c := range cs {
			if !types[c.Type] {
				t.Errorf("cue %q (line %d) under %q has type %q, not a PLOVER type", c.text, c.line, w, c.Type)
			}
		}
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"agree", []string{"agrees", "agreeing", "agreed"}},
		{"visit", []string{"visits", "visiting", "visited"}},
		{"urge", []string{"urges", "urging", "urged"}},
		{"deny", []string{"denies", "denying", "denied"}},
		{"meet", []string{"meets", "meeting", "met"}},
		{"impose", []string{"imposes", "imposing", "imposed"}},
	}
	irregular, err := loadVerbs("data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		forms := inflect(tt.base, irregular)
		for _, w := range tt.want {
			if _, ok := forms[w]; !ok {
				t.Errorf("inflect(%q) lacks %q: %v", tt.base, w, forms)
			}
		}
	}
}

// seedArticles extracts the sample captures, for the benchmark and fuzz
// corpus.
func seedArticles(tb testing.TB) []article.Article {
	tb.Helper()
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	var out []article.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.Extract(capture.Capture{Source: p, ContentType: "text/plain", Body: b})
		if err != nil {
			tb.Logf("extract %s: %v", p, err)
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		tb.Skip("no sample captures")
	}
	return out
}

// BenchmarkCode measures coding alone (extraction done beforehand), one
// article per iteration: articles/s = 1e9 / (ns/op). It also reports the
// processor time per article (cpu-ns/op, all threads, garbage collection
// included), which other processes on a busy machine do not stretch.
func BenchmarkCode(b *testing.B) {
	arts := seedArticles(b)
	Code(arts[0], Options{}) // load the lexicon and catalog outside the timing
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		Code(arts[i%len(arts)], Options{})
		i++
	}
	if cpu := cpuTime() - cpu0; cpu > 0 && i > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(i), "cpu-ns/op")
		b.ReportMetric(float64(i)/cpu.Seconds(), "articles/cpu-s")
	}
}

func FuzzCode(f *testing.F) {
	f.Add("Japan and the United States will hold talks in Tokyo on July 28.", "2024-07-22")
	f.Add("Russia accused Ukraine of shelling the plant, the ministry said on Monday.", "2023-05-10")
	f.Add("“Blinken (above) and Austin will visit Japan,” he said; China warned.", "")
	f.Fuzz(func(t *testing.T, body, pub string) {
		for _, e := range Code(art(body, pub), Options{}) {
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > len(body) || ev.Start > ev.End || body[ev.Start:ev.End] != ev.Text {
					t.Fatalf("evidence [%d:%d] outside or not matching body", ev.Start, ev.End)
				}
			}
			if e.Date != nil && e.Date.Start > e.Date.End {
				t.Fatalf("date starts after it ends: %+v", e.Date)
			}
		}
	})
}

func TestQuotationsAndPronounSubjects(t *testing.T) {
	const pub = "2023-05-10"
	quoted := Code(art("“Germany and France will impose sanctions on Iran,” an analyst said.", pub), Options{})
	for _, e := range quoted {
		t.Errorf("quoted words coded as %s %v, want no event", e.Type, e.Countries())
	}
	evs := Code(art("Japan and Australia will deepen their defence ties when they hold talks in Canberra on Friday.", pub), Options{})
	found := false
	for _, e := range evs {
		if e.Type == "CONSULT" && slices.Equal(e.Countries(), []string{"AUS", "JPN"}) && e.Status == event.Planned {
			found = true
		}
	}
	if !found {
		t.Errorf("no planned CONSULT of AUS and JPN from the clause with a pronoun subject: %+v", evs)
	}
}
