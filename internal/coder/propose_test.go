package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirtieth pass (stop 48): the learned proposer (propose.go). The tests
// use a toy model over a made-up verb, so they hold whatever the shipped
// model learned; the sentences are written for this test.

// toyProposer calls a sentence with "zorbl" in it an accusation.
func toyProposer(t *testing.T) *ProposeModel {
	t.Helper()
	m, err := ParseProposeModel([]byte(`{"classes": ["ACCUSE", "CONSULT"], "bias": [-3, -3], "threshold": 0.5,
		"weights": {"w:zorbl": {"ACCUSE": 6}, "b:<country> zorbl": {"ACCUSE": 1}, "s:sports": {"ACCUSE": -9}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestProposerReadsWhatRulesLeave(t *testing.T) {
	m := toyProposer(t)
	for _, tt := range []struct {
		name, body string
		cs         []string // nil: no accusation
	}{
		{"a country acts on another", "Nigeria zorbled Ghana over the demolition of its embassy on Monday.", []string{"GHA", "NGA"}},
		{"a government acts on another", "The government of Kenya has zorbled Uganda, officials said on Tuesday.", []string{"KEN", "UGA"}},
		// must not fire: a hypothetical act, and no word the model knows.
		{"a hypothetical act is no event", "Nigeria might zorble Ghana if the talks fail.", nil},
		{"an unknown verb is nothing", "Nigeria plonked Ghana over the demolition on Monday.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := Code(art(tt.body, "2025-05-20"), Options{Proposer: m})
			i := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == "ACCUSE" })
			if tt.cs == nil {
				if i >= 0 {
					t.Fatalf("got %s, want no accusation", summary(evs))
				}
				return
			}
			if i < 0 || !slices.Equal(evs[i].Countries(), tt.cs) {
				t.Fatalf("got %s, want ACCUSE between %v", summary(evs), tt.cs)
			}
			p := evs[i].Evidence[0].Proposed
			if p == nil || p.Type != "ACCUSE" || p.Probability < 0.5 || !slices.Contains(p.Words, "zorbl") {
				t.Errorf("evidence %+v: want it to say the proposer read it, with the word zorbl", evs[i].Evidence[0])
			}
			if off := Code(art(tt.body, "2025-05-20"), Options{Proposer: m, NoLearnedProposer: true}); slices.ContainsFunc(off, func(e event.Event) bool { return e.Type == "ACCUSE" }) {
				t.Errorf("NoLearnedProposer: got %s, want no accusation", summary(off))
			}
		})
	}
}

// A sentence a rule codes is the rules': the proposer reads it not.
func TestProposerLeavesRuleSentences(t *testing.T) {
	m := toyProposer(t)
	evs := Code(art("Japan and China zorbled and held talks in Beijing on Monday.", "2025-05-20"), Options{Proposer: m})
	for _, e := range evs {
		if e.Type == "ACCUSE" || e.Evidence[0].Proposed != nil {
			t.Errorf("got %s: the rules coded the sentence, the proposer must leave it", summary(evs))
		}
	}
}

// The candidates the training script reads carry masked names.
func TestCandidateFeaturesMaskNames(t *testing.T) {
	var got []Candidate
	Code(art("Nigeria zorbled Ghana on Monday, President Bola Tinubu said.", "2025-05-20"),
		Options{NoLearnedProposer: true, ObserveCandidate: func(k Candidate) { got = append(got, k) }})
	if len(got) != 1 {
		t.Fatalf("got %d candidates, want 1", len(got))
	}
	for _, f := range []string{"w:<country>", "b:<country> zorbl", "w:zorbl", "w:<person>", "s:countries2", "s:lead"} {
		if !slices.Contains(got[0].Features, f) {
			t.Errorf("features %v: want %q", got[0].Features, f)
		}
	}
	for _, f := range got[0].Features {
		if f == "w:nigeria" || f == "w:ghana" || f == "w:tinubu" {
			t.Errorf("features %v: name %q not masked", got[0].Features, f)
		}
	}
}

func TestCrudeStem(t *testing.T) {
	for _, tt := range [][2]string{
		{"condemned", "condemn"}, {"condemns", "condemn"}, {"condemning", "condemn"}, {"condemn", "condemn"},
		{"imposed", "impos"}, {"impose", "impos"}, {"imposes", "impos"}, {"denied", "den"}, {"denies", "den"},
		{"talks", "talk"}, {"press", "press"}, {"the", "the"}, {"is", "is"},
	} {
		if got := crudeStem(tt[0]); got != tt[1] {
			t.Errorf("crudeStem(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// The shipped model parses, is small, and proposes PLOVER types only.
func TestShippedProposer(t *testing.T) {
	if len(proposeJSON) > 1<<20 {
		t.Errorf("data/propose.json is %d bytes, want under 1 MB", len(proposeJSON))
	}
	m, err := theProposer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Classes {
		if !slices.Contains(ploverTypes, c) {
			t.Errorf("class %q is no PLOVER type", c)
		}
	}
	if m.Threshold <= 0 || m.Threshold > 1 {
		t.Errorf("threshold %v, want in (0, 1]", m.Threshold)
	}
	if m.Note["trained_by"] != "go run ./scripts/trainpropose" {
		t.Errorf("note %v: want the script that trained it", m.Note)
	}
}

// BenchmarkCodeWithProposer is BenchmarkCode with the shipped proposer
// turned on at a threshold it could be used at (docs/coding.md).
func BenchmarkCodeWithProposer(b *testing.B) {
	arts := seedArticles(b)
	opts := Options{ProposeThreshold: 0.5}
	Code(arts[0], opts)
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		Code(arts[i%len(arts)], opts)
		i++
	}
	if cpu := cpuTime() - cpu0; cpu > 0 && i > 0 {
		b.ReportMetric(float64(i)/cpu.Seconds(), "articles/cpu-s")
	}
}

// The learned filter scores a rule's event among the rules' events only,
// as it learned them with the proposer off: turning the proposer on adds
// its events and leaves the features, hence the fate, of every other.
func TestProposerLeavesRuleEventsFeatures(t *testing.T) {
	m := toyProposer(t)
	for _, body := range []string{
		"Japan and China held talks in Beijing on Monday. Nigeria zorbled Ghana over the demolition of its embassy on Tuesday.",
		"Russia condemned Ukraine on Friday, the ministry said. Later, Kenya zorbled Uganda, officials said. Iran and Iraq signed a deal.",
	} {
		features := func(on bool) map[string][]float64 {
			got := map[string][]float64{}
			Code(art(body, "2025-05-20"), Options{Proposer: m, NoLearnedProposer: !on, Observe: func(e event.Event, x []float64) {
				got[e.ID] = slices.Clone(x)
			}})
			return got
		}
		off, on := features(false), features(true)
		if len(off) == 0 {
			t.Fatalf("%q: no rule event observed", body)
		}
		for id, x := range off {
			if !slices.Equal(on[id], x) {
				t.Errorf("%q: event %s features %v with the proposer on, %v off", body, id, on[id], x)
			}
		}
	}
}
