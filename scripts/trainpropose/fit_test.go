package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"storyline/internal/coder"
	"storyline/internal/eval"
)

// A toy set where one word tells the type and the others are noise: the
// fitted model must tell the types apart and weigh the telling words most.
func TestFitTellsTypes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var exs []example
	for i := 0; i < 600; i++ {
		feats := []string{fmt.Sprintf("w:noise%d", r.IntN(20)), fmt.Sprintf("w:noise%d", r.IntN(20))}
		label := ""
		switch i % 3 {
		case 0:
			feats, label = append(feats, "w:condemn"), "ACCUSE"
		case 1:
			feats, label = append(feats, "w:talk"), "CONSULT"
		}
		exs = append(exs, example{feats: feats, label: label, group: fmt.Sprintf("event%d", i%50)})
	}
	m := fit(exs, 1)
	if !slices.Equal(m.Classes, []string{"ACCUSE", "CONSULT"}) {
		t.Fatalf("classes %v", m.Classes)
	}
	right := 0
	for _, e := range exs {
		typ, p := m.Classify(e.feats)
		if p < 0.5 {
			typ = ""
		}
		if typ == e.label {
			right++
		}
	}
	if right < 590 {
		t.Errorf("%d of 600 classified right, want at least 590", right)
	}
	if m.Weights["w:condemn"]["ACCUSE"] < 5*max(m.Weights["w:noise3"]["ACCUSE"], 0.1) {
		t.Errorf("weights %v, %v: the telling word should outweigh the noise", m.Weights["w:condemn"], m.Weights["w:noise3"])
	}
	// More regularisation shrinks the weights.
	if m2 := fit(exs, 100); m2.Weights["w:condemn"]["ACCUSE"] >= m.Weights["w:condemn"]["ACCUSE"] {
		t.Errorf("lambda 100 weight %v, want below lambda 1 weight %v", m2.Weights["w:condemn"]["ACCUSE"], m.Weights["w:condemn"]["ACCUSE"])
	}
}

// A feature of one real event only is no word of the language: left out.
func TestVocabularyNeedsTwoEvents(t *testing.T) {
	exs := []example{
		{feats: []string{"w:condemn", "w:nigeria"}, group: "e1"},
		{feats: []string{"w:condemn", "w:nigeria"}, group: "e1"},
		{feats: []string{"w:condemn"}, group: "e2"},
	}
	if got := vocabulary(exs); !slices.Equal(got, []string{"w:condemn"}) {
		t.Errorf("vocabulary %v, want [w:condemn]", got)
	}
}

func TestLabelOf(t *testing.T) {
	gold := []eval.GoldEvent{
		{Type: "ACCUSE|REJECT", Countries: []string{"GHA", "NGA"}, Evidence: "strongly condemned the\n demolition"},
		{Type: "CONSULT", Required: true, Countries: []string{"FRA", "DEU"}, Evidence: "met in Paris"},
	}
	for _, tt := range []struct {
		text      string
		countries []string
		want      string
	}{
		{"Nigeria has strongly condemned the demolition in Ghana.", []string{"NGA", "GHA"}, "ACCUSE"},
		{"Nigeria has strongly condemned the demolition in Ghana.", []string{"KEN"}, ""}, // no country shared
		{"Macron and Scholz met in Paris on Monday.", []string{"FRA", "DEU"}, "CONSULT"},
		{"The weather was fine.", []string{"FRA"}, ""},
	} {
		if got := labelOf(coder.Candidate{Text: tt.text, Countries: tt.countries}, gold); got != tt.want {
			t.Errorf("labelOf(%q, %v) = %q, want %q", tt.text, tt.countries, got, tt.want)
		}
	}
}

// The shipped model was written by this script and says what it scored
// held out.
func TestShippedModelIsTrained(t *testing.T) {
	b, err := os.ReadFile("../../internal/coder/data/propose.json")
	if err != nil {
		t.Fatal(err)
	}
	var m coder.ProposeModel
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Note["trained_by"] != "go run ./scripts/trainpropose" {
		t.Errorf("note %v: want trained_by this script", m.Note)
	}
	for _, k := range []string{"rules_alone", "with_propose", "lambda"} {
		if _, ok := m.Note[k]; !ok {
			t.Errorf("note has no %q", k)
		}
	}
}
