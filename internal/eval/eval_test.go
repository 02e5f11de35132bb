package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"storyline/internal/event"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func loadPreds(t *testing.T, path string) []event.Event {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []event.Event
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e event.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		out = append(out, e)
	}
	return out
}

// TestScoreEventsAgreesWithScorePy checks the figures score.py prints for the
// same testdata (python3 shared/gold/score.py events testdata/gold.json
// testdata/preds.jsonl): TOTAL precision=0.800 recall=1.000 F1=0.889
// status=2/3 date_exact=1/2 people=2/3 location=2/2.
func TestScoreEventsAgreesWithScorePy(t *testing.T) {
	g, err := LoadGold("testdata/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreEvents(g, loadPreds(t, "testdata/preds.jsonl"))
	want := "TOTAL precision=0.800 recall=1.000 F1=0.889 status=2/3 date_exact=1/2 people=2/3 location=2/2"
	if got := s.Total.Summary(); got != want {
		t.Errorf("summary\n got %s\nwant %s", got, want)
	}
	if got := s.Files[0].MatchedIDs; len(got) != 3 || got[2] != "a-3" {
		t.Errorf("a.txt matched %v, want a-1 a-2 a-3", got)
	}
	if got := s.Files[0].Unmatched; len(got) != 1 || got[0] != "ACCUSE:CHN" {
		t.Errorf("a.txt unmatched %v, want [ACCUSE:CHN]", got)
	}

	var buf bytes.Buffer
	if err := s.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want2, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want2) {
		t.Errorf("table differs from %s (run with -update to accept):\n%s", golden, buf.String())
	}
}

func str(s string) *string { return &s }

func TestMatches(t *testing.T) {
	actors := func(codes ...string) []event.Actor {
		var out []event.Actor
		for _, c := range codes {
			out = append(out, event.Actor{Name: c, Country: str(c)})
		}
		return out
	}
	may := &GoldDate{Start: "2023-05-01", End: "2023-05-31"}
	tests := []struct {
		name string
		p    event.Event
		g    GoldEvent
		want bool
	}{
		{"same type, countries, date inside",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-05-10", End: "2023-05-10"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, true},
		{"type differs",
			event.Event{Type: "AGREE", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-05-10", End: "2023-05-10"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, false},
		{"any type",
			event.Event{Type: "AGREE", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-05-10", End: "2023-05-10"}},
			GoldEvent{Required: true, Type: "*", Countries: []string{"USA", "JPN"}, Date: may}, true},
		{"extra country",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA", "KOR"), Date: &event.Date{Start: "2023-05-10", End: "2023-05-10"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, false},
		{"date only overlaps by a day",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-04-20", End: "2023-05-01"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, true},
		{"date outside",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-06-01", End: "2023-06-01"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, false},
		{"no date on a required dated event",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA")},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, false},
		{"no date, hard date scored apart",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA")},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may, DateHard: true}, true},
		{"optional matches without a date",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2020-01-01", End: "2020-01-01"}},
			GoldEvent{Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, true},
		{"end defaults to start",
			event.Event{Type: "CONSULT", Actors: actors("JPN", "USA"), Date: &event.Date{Start: "2023-05-31"}},
			GoldEvent{Required: true, Type: "CONSULT", Countries: []string{"USA", "JPN"}, Date: may}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matches(&tt.p, tt.g); got != tt.want {
				t.Errorf("matches = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNameWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Antony J. Blinken", []string{"antony", "blinken"}},
		{"Jean-Yves Le Drian", []string{"jean-yves", "le", "drian"}},
		{"Tōru (Toru) Ōno", []string{"tōru", "toru", "ōno"}},
	}
	for _, tt := range tests {
		got := nameWords(tt.in)
		if len(got) != len(tt.want) {
			t.Fatalf("nameWords(%q) = %v, want %v", tt.in, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("nameWords(%q) = %v, want %v", tt.in, got, tt.want)
			}
		}
	}
}

func TestLoadPloverMapsOldCategoriesAndCodes(t *testing.T) {
	sents, err := LoadPlover("testdata/plover.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	if sents[0].Type != "REQUEST" || sents[1].Type != "ACCUSE" || sents[2].Type != "AGREE" {
		t.Errorf("types %s %s %s, want REQUEST ACCUSE AGREE", sents[0].Type, sents[1].Type, sents[2].Type)
	}
	if got := sents[0].Countries; len(got) != 2 || got[0] != "JPN" || got[1] != "USA" {
		t.Errorf("countries %v, want [JPN USA] (JAP fixed, IGO dropped)", got)
	}
}

func TestScorePlover(t *testing.T) {
	sents, err := LoadPlover("testdata/plover.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	coded := map[string][]event.Event{
		// right type, right countries
		"s1": {{Type: "REQUEST", Confidence: 0.5, Actors: []event.Actor{{Country: str("USA")}, {Country: str("JPN")}}},
			{Type: "ACCUSE", Confidence: 0.4}},
		// wrong type
		"s2": {{Type: "THREATEN", Confidence: 0.5}},
		// a planned meeting counts as AGREE
		"s3": {{Type: "CONSULT", Status: event.Planned, Confidence: 0.5, Actors: []event.Actor{{Country: str("FRA")}}}},
	}
	s := ScorePlover(sents, func(p PloverSentence) []event.Event { return coded[p.ID] })
	if s.Correct != 2 || s.Coded != 3 {
		t.Errorf("correct %d coded %d, want 2 and 3", s.Correct, s.Coded)
	}
	if s.CountryExact != 1 || s.CountryScored != 2 {
		t.Errorf("country exact %d/%d, want 1/2", s.CountryExact, s.CountryScored)
	}
	// REQUEST F1 1, ACCUSE F1 0, AGREE F1 1 → macro 2/3.
	if got := s.MacroF1(); got < 0.666 || got > 0.667 {
		t.Errorf("macro F1 %.3f, want 0.667", got)
	}
}
