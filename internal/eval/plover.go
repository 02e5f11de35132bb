package eval

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"storyline/internal/event"
)

// PloverSentence is one PLOVER gold-standard sentence with its event type and
// the countries of its actors, already mapped to PLOVER 2.0 and ISO codes.
type PloverSentence struct {
	ID        string
	Text      string
	Type      string   // PLOVER 2.0 type
	Mode      string   // PLOVER mode as the gold gives it, "" when none
	Countries []string // sorted ISO alpha-3 codes of actors and recipients; pseudo-codes (IGO, NGO) left out
}

// oldTypes maps the PLOVER 0.5 categories of the gold to their 2.0 types.
var oldTypes = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"FIGHT":       "ASSAULT",
	"INVESTIGATE": "ACCUSE",
}

// fixedCodes corrects the non-ISO country codes the gold uses.
var fixedCodes = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// pseudoCodes are actor codes in the gold that name no country.
var pseudoCodes = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "ISM": true, "MNC": true}

type ploverRecord struct {
	ID         string        `json:"id"`
	Text       string        `json:"text"`
	Event      string        `json:"event"`
	Mode       *string       `json:"mode"`
	Actors     []ploverActor `json:"actors"`
	Recipients []ploverActor `json:"recipients"`
}

type ploverActor struct {
	Code string `json:"code"`
}

// LoadPlover reads the PLOVER gold-standard sentences (one JSON record a
// line) and maps their old categories and codes.
func LoadPlover(path string) ([]PloverSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open plover gold: %w", err)
	}
	defer f.Close()
	var out []PloverSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var r ploverRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, fmt.Errorf("parse %s line %d: %w", path, n, err)
		}
		s := PloverSentence{ID: r.ID, Text: r.Text, Type: strings.ToUpper(r.Event)}
		if t, ok := oldTypes[s.Type]; ok {
			s.Type = t
		}
		if r.Mode != nil {
			s.Mode = *r.Mode
		}
		seen := map[string]bool{}
		for _, a := range append(r.Actors, r.Recipients...) {
			code := strings.ToUpper(strings.TrimSpace(a.Code))
			if c, ok := fixedCodes[code]; ok {
				code = c
			}
			if len(code) != 3 || pseudoCodes[code] || seen[code] {
				continue
			}
			seen[code] = true
			s.Countries = append(s.Countries, code)
		}
		slices.Sort(s.Countries)
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// TypeScore is the precision and recall of one event type over sentences.
type TypeScore struct {
	Type      string
	Gold      int // sentences whose gold is this type
	Predicted int // sentences coded as this type
	Correct   int // both
}

func (t TypeScore) Precision() float64 { return ratio(t.Correct, t.Predicted) }
func (t TypeScore) Recall() float64    { return ratio(t.Correct, t.Gold) }
func (t TypeScore) F1() float64 {
	p, r := t.Precision(), t.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PloverScore is the score of a coder on the PLOVER sentences.
type PloverScore struct {
	Sentences     int         // gold sentences
	Coded         int         // sentences that yielded at least one event
	Correct       int         // sentences whose coded type agrees with the gold
	Types         []TypeScore // one per type seen in gold or predictions, by name
	CountryExact  int         // type-correct sentences whose actor countries equal the gold's
	CountryScored int         // type-correct sentences
	CountryFound  int         // gold countries found among the coded event's actors (coded sentences)
	CountryGold   int         // gold countries of coded sentences
	Confusions    []Confusion // gold type coded as another type (or NONE), most frequent first
}

// Confusion counts sentences of one gold type coded as another.
type Confusion struct {
	Gold, Predicted string
	N               int
}

// MacroF1 is the mean F1 over the types that occur in the gold.
func (s PloverScore) MacroF1() float64 {
	var sum float64
	n := 0
	for _, t := range s.Types {
		if t.Gold > 0 {
			sum += t.F1()
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// TopEvent is the event a sentence is scored by: the most confident one,
// the first on a tie. ok is false when the sentence yielded no event.
func TopEvent(events []event.Event) (top event.Event, ok bool) {
	for i, e := range events {
		if i == 0 || e.Confidence > top.Confidence {
			top = e
		}
	}
	return top, len(events) > 0
}

// agrees reports whether a coded event has the gold type. PLOVER codes an
// announced future meeting as AGREE where this project codes CONSULT with
// status planned, so that pair agrees.
func agrees(goldType string, e event.Event) bool {
	if e.Type == goldType {
		return true
	}
	return goldType == "AGREE" && e.Type == "CONSULT" && e.Status == event.Planned
}

// ScorePlover codes every sentence with code and scores the coded type of
// each (its TopEvent) against the gold.
func ScorePlover(sents []PloverSentence, code func(PloverSentence) []event.Event) PloverScore {
	s := PloverScore{Sentences: len(sents)}
	types := map[string]*TypeScore{}
	get := func(t string) *TypeScore {
		if types[t] == nil {
			types[t] = &TypeScore{Type: t}
		}
		return types[t]
	}
	conf := map[[2]string]int{}
	for _, g := range sents {
		get(g.Type).Gold++
		top, ok := TopEvent(code(g))
		if !ok {
			conf[[2]string{g.Type, "NONE"}]++
			continue
		}
		s.Coded++
		predType := top.Type
		if agrees(g.Type, top) {
			predType = g.Type
		}
		get(predType).Predicted++
		pc := top.Countries()
		s.CountryGold += len(g.Countries)
		for _, c := range g.Countries {
			if slices.Contains(pc, c) {
				s.CountryFound++
			}
		}
		if predType != g.Type {
			conf[[2]string{g.Type, predType}]++
			continue
		}
		s.Correct++
		get(g.Type).Correct++
		s.CountryScored++
		if slices.Equal(pc, g.Countries) {
			s.CountryExact++
		}
	}
	for _, t := range types {
		s.Types = append(s.Types, *t)
	}
	slices.SortFunc(s.Types, func(a, b TypeScore) int { return cmp.Compare(a.Type, b.Type) })
	for k, n := range conf {
		s.Confusions = append(s.Confusions, Confusion{Gold: k[0], Predicted: k[1], N: n})
	}
	slices.SortFunc(s.Confusions, func(a, b Confusion) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Gold+a.Predicted, b.Gold+b.Predicted)
	})
	return s
}

// WriteTable prints the per-type table, the totals and the most frequent
// confusions.
func (s PloverScore) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tgold\tcoded\tcorrect\tprecision\trecall\tF1\t")
	for _, t := range s.Types {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", t.Type, t.Gold, t.Predicted, t.Correct, t.Precision(), t.Recall(), t.F1())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nsentences %d, coded %d (%.1f%%), type right %d (%.1f%%)\n",
		s.Sentences, s.Coded, 100*ratio(s.Coded, s.Sentences), s.Correct, 100*ratio(s.Correct, s.Sentences))
	fmt.Fprintf(w, "macro F1 of the event type (over %d gold types): %.3f\n", s.goldTypes(), s.MacroF1())
	fmt.Fprintf(w, "actor countries: exact set on %s of type-right sentences; gold countries found %s on coded sentences\n",
		fraction(s.CountryExact, s.CountryScored), fraction(s.CountryFound, s.CountryGold))
	if len(s.Confusions) > 0 {
		fmt.Fprintf(w, "\nmost frequent confusions (gold -> coded):\n")
		for i, c := range s.Confusions {
			if i == 15 {
				break
			}
			fmt.Fprintf(w, "  %-9s -> %-9s %d\n", c.Gold, c.Predicted, c.N)
		}
	}
	return nil
}

func (s PloverScore) goldTypes() int {
	n := 0
	for _, t := range s.Types {
		if t.Gold > 0 {
			n++
		}
	}
	return n
}
