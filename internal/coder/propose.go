package coder

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"sync"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// The learned proposer reads the sentences the rules leave alone: a
// sentence of the body where no cue made a report, yet the catalog finds a
// country in it. A multinomial logistic model over the sentence's words and
// word pairs, with every name the catalog knows masked to its class
// ("<country>", "<person>", ...), says whether the sentence reports an
// event and of which PLOVER type; it was trained on the dev pages of the
// real-news corpus by scripts/trainpropose (docs/coding.md, "a learned
// proposer"). A proposed event is built by the rules' own machinery
// (buildReport) from the word the model leans on most, as if that word
// were a cue of the type: its parties, place, status and day are read as
// for any cue, and a one-sided event is completed or dropped as the rules'
// are. Its evidence says it was proposed, with the words that weighed
// most (event.Proposal). Options.NoLearnedProposer turns it off.

//go:embed data/propose.json
var proposeJSON []byte

// ProposeModel is a multinomial logistic model over sentence features:
// class k's score is Bias[k] plus the weights of the features a sentence
// has; the class NONE (no event) scores zero. A sentence is proposed as its
// best type when that type's probability reaches Threshold.
type ProposeModel struct {
	Classes   []string  `json:"classes"`
	Bias      []float64 `json:"bias"`
	Threshold float64   `json:"threshold"`
	// Weights maps a feature (ProposeFeatures) to its weight for each
	// class it weighs on; a class it does not list weighs zero.
	Weights map[string]map[string]float64 `json:"weights"`
	// Note says how the model was trained and what it scored held out; it
	// is not read by the coder.
	Note map[string]any `json:"note,omitempty"`

	// Indexes built by ParseProposeModel, for scoring without building
	// feature strings.
	words map[string][]float64
	pairs map[[2]string][]float64
	whole map[string][]float64
}

// ParseProposeModel reads a proposer model file.
func ParseProposeModel(b []byte) (*ProposeModel, error) {
	var m ProposeModel
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("parse proposer model: %w", err)
	}
	if err := m.index(); err != nil {
		return nil, err
	}
	return &m, nil
}

// index builds the model's look-up tables from Weights.
func (m *ProposeModel) index() error {
	if len(m.Bias) != len(m.Classes) {
		return fmt.Errorf("proposer model: %d biases for %d classes", len(m.Bias), len(m.Classes))
	}
	col := map[string]int{}
	for k, c := range m.Classes {
		col[c] = k
	}
	m.words = map[string][]float64{}
	m.pairs = map[[2]string][]float64{}
	m.whole = map[string][]float64{}
	for f, ws := range m.Weights {
		row := make([]float64, len(m.Classes))
		for c, w := range ws {
			k, ok := col[c]
			if !ok {
				return fmt.Errorf("proposer model: feature %q weighs on unknown class %q", f, c)
			}
			row[k] = w
		}
		switch {
		case strings.HasPrefix(f, "w:"):
			m.words[f[2:]] = row
		case strings.HasPrefix(f, "b:"):
			a, b, ok := strings.Cut(f[2:], " ")
			if !ok {
				return fmt.Errorf("proposer model: pair feature %q has no space", f)
			}
			m.pairs[[2]string{a, b}] = row
		case strings.HasPrefix(f, "s:"):
			m.whole[f[2:]] = row
		default:
			return fmt.Errorf("proposer model: feature %q of no known kind", f)
		}
	}
	return nil
}

var theProposer = sync.OnceValues(func() (*ProposeModel, error) { return ParseProposeModel(proposeJSON) })

// shippedThreshold is the embedded model's threshold, read without its
// weights: while it is 1 (off) the weights, which take about 60 ms and 13
// MB to index, are never needed.
var shippedThreshold = sync.OnceValues(func() (float64, error) {
	var head struct {
		Threshold float64 `json:"threshold"`
	}
	if err := json.Unmarshal(proposeJSON, &head); err != nil {
		return 0, fmt.Errorf("parse proposer model: %w", err)
	}
	return head.Threshold, nil
})

// proposerFor is the model opts ask for and its threshold, or nil when the
// proposer is off: a threshold of 1 or more, which no probability reaches.
// The embedded model's weights are read only when it is on.
func proposerFor(opts Options, log *slog.Logger) (*ProposeModel, float64) {
	m, t := opts.Proposer, 0.0
	if m != nil {
		t = m.Threshold
	} else {
		var err error
		if t, err = shippedThreshold(); err != nil {
			log.Error("coder: learned proposer not used", "err", err) // embedded: a broken one is caught by tests
			return nil, 0
		}
	}
	if opts.ProposeThreshold > 0 {
		t = opts.ProposeThreshold
	}
	if t >= 1 {
		return nil, 0
	}
	if m == nil {
		var err error
		if m, err = theProposer(); err != nil {
			log.Error("coder: learned proposer not used", "err", err)
			return nil, 0
		}
	}
	return m, t
}

// Candidate is a sentence the proposer reads (the rules made no report of
// it and it names a country), handed to Options.ObserveCandidate.
type Candidate struct {
	Source     string
	Text       string   // the sentence
	Start, End int      // byte offsets of the sentence in the body
	Countries  []string // the countries its mentions give
	Features   []string // proposeFeatures: "w:WORD", "b:WORD WORD", "s:NAME"
	// Ruled marks a sentence the rules made a report of: the proposer
	// never reads it, but training may learn from it.
	Ruled bool
}

// unit is one word of a sentence as the proposer reads it: a word
// stemmed, or the class of a name.
type unit struct {
	word   string
	tok    int  // its first token
	masked bool // a name the catalog knows
}

// proposerUnits reads a sentence's words: names the catalog knows become
// their class, numbers "<num>", punctuation is left out.
func (c *articleCoder) proposerUnits(toks []token, spans []span, buf []unit) []unit {
	out := buf[:0]
	si := 0
	for i := 0; i < len(toks); i++ {
		for si < len(spans) && spans[si].end <= i {
			si++
		}
		if si < len(spans) && spans[si].start <= i && toks[spans[si].start].capital() {
			sp := spans[si]
			out = append(out, unit{word: c.mentionClass(sp.m), tok: i, masked: true})
			i = sp.end - 1
			continue
		}
		t := toks[i]
		switch {
		case t.lower == "$" || t.lower == "£" || t.lower == "€":
			out = append(out, unit{word: "<money>", tok: i})
		case t.punct:
		case hasDigit(t.lower):
			out = append(out, unit{word: "<num>", tok: i})
		default:
			out = append(out, unit{word: crudeStem(t.lower), tok: i})
		}
	}
	return out
}

// mentionClass is the token a name stands as for the proposer.
func (c *articleCoder) mentionClass(m actors.Mention) string {
	switch m.Kind {
	case actors.Country:
		switch {
		case m.Metonym:
			return "<capital>"
		case m.Adjective || c.isAdjective(m):
			return "<adj>"
		}
		return "<country>"
	case actors.Person:
		return "<person>"
	case actors.Place:
		return "<place>"
	case actors.Organisation:
		if m.Country == "" {
			return "<igo>"
		}
		return "<org>"
	}
	return "<name>"
}

// crudeStem cuts the commonest English endings, so "condemned",
// "condemns" and "condemning" are one word; it allocates nothing.
func crudeStem(w string) string {
	n := len(w)
	switch {
	case n >= 6 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n >= 5 && (strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies")):
		return w[:n-3]
	case n >= 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")):
		return w[:n-2]
	case n >= 4 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	case n >= 5 && (w[n-1] == 'e' || w[n-1] == 'y'):
		return w[:n-1]
	}
	return w
}

// wholeFeatures are the sentence's features that are no words: how many
// countries it names, where it stands, what kind of sentence it is.
func wholeFeatures(nCountries, sentIdx int, kind sentenceKind, buf []string) []string {
	out := buf[:0]
	switch {
	case nCountries >= 3:
		out = append(out, "countries3")
	case nCountries == 2:
		out = append(out, "countries2")
	default:
		out = append(out, "countries1")
	}
	if sentIdx < 3 {
		out = append(out, "lead")
	}
	for _, k := range []struct {
		on   bool
		name string
	}{{kind.sports, "sports"}, {kind.war, "war"}, {kind.crime, "crime"}, {kind.political, "political"},
		{kind.accident, "accident"}, {kind.space, "space"}, {kind.poll, "poll"}} {
		if k.on {
			out = append(out, k.name)
		}
	}
	return out
}

// proposeFeatures writes a sentence's features as the model names them.
func proposeFeatures(us []unit, whole []string) []string {
	var out []string
	for i, u := range us {
		out = append(out, "w:"+u.word)
		if i > 0 {
			out = append(out, "b:"+us[i-1].word+" "+u.word)
		}
	}
	for _, w := range whole {
		out = append(out, "s:"+w)
	}
	return out
}

// scores gives each class's score of a sentence.
func (m *ProposeModel) scores(us []unit, whole []string, z []float64) []float64 {
	z = append(z[:0], m.Bias...)
	add := func(row []float64) {
		for k, w := range row {
			z[k] += w
		}
	}
	for i, u := range us {
		if row, ok := m.words[u.word]; ok {
			add(row)
		}
		if i > 0 {
			if row, ok := m.pairs[[2]string{us[i-1].word, u.word}]; ok {
				add(row)
			}
		}
	}
	for _, w := range whole {
		if row, ok := m.whole[w]; ok {
			add(row)
		}
	}
	return z
}

// best is the best type of scores z and its probability, the class NONE
// scoring zero.
func best(z []float64) (int, float64) {
	if len(z) == 0 {
		return -1, 0
	}
	k := 0
	for i, v := range z {
		if v > z[k] {
			k = i
		}
	}
	top := max(z[k], 0)
	sum := math.Exp(-top) // NONE
	for _, v := range z {
		sum += math.Exp(v - top)
	}
	return k, math.Exp(z[k]-top) / sum
}

// pivot is the unit the model leans on most for class k: the word that
// stands as the event's cue. It is never a name.
func (m *ProposeModel) pivot(us []unit, k int) int {
	at, top := -1, math.Inf(-1)
	for i, u := range us {
		if u.masked {
			continue
		}
		v := 0.0
		if row, ok := m.words[u.word]; ok {
			v += row[k]
		}
		if i > 0 {
			if row, ok := m.pairs[[2]string{us[i-1].word, u.word}]; ok {
				v += row[k] / 2
			}
		}
		if i+1 < len(us) {
			if row, ok := m.pairs[[2]string{u.word, us[i+1].word}]; ok {
				v += row[k] / 2
			}
		}
		if v > top {
			at, top = i, v
		}
	}
	return at
}

// topWords lists the words that weigh most for class k, for the event's
// explanation.
func (m *ProposeModel) topWords(us []unit, k, n int) []string {
	type fw struct {
		f string
		w float64
	}
	var fs []fw
	for i, u := range us {
		if row, ok := m.words[u.word]; ok && row[k] > 0 {
			fs = append(fs, fw{u.word, row[k]})
		}
		if i > 0 {
			if row, ok := m.pairs[[2]string{us[i-1].word, u.word}]; ok && row[k] > 0 {
				fs = append(fs, fw{us[i-1].word + " " + u.word, row[k]})
			}
		}
	}
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].w > fs[j-1].w; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	var out []string
	for _, x := range fs {
		if len(out) == n {
			break
		}
		if !containsString(out, x.f) {
			out = append(out, x.f)
		}
	}
	return out
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// proposerCues are the stand-in cues of the proposed types: no flags, no
// mode, the type alone.
var proposerCues = func() map[string]*cue {
	m := map[string]*cue{}
	for _, t := range ploverTypes {
		m[t] = &cue{Type: t, text: "learned proposer"}
	}
	return m
}()

// propose reads a sentence the rules made no report of and, when the model
// is sure enough of a type, builds its event as a cue of that type at the
// word the model leans on would.
// A sentence the rules made a report of (ruled) is only shown to
// Options.ObserveCandidate, for training.
func (c *articleCoder) propose(s nlp.Sentence, toks []token, kind sentenceKind, ms []actors.Mention, ruled bool) *report {
	if c.proposer == nil && c.observeCandidate == nil || ruled && c.observeCandidate == nil {
		return nil
	}
	if len(toks) < 3 || isHeadlineList(s.Text) || isPromoLine(toks) || isCaption(toks) && !c.captionText {
		return nil
	}
	var countries []string
	for _, m := range ms {
		if m.Country != "" && !m.Group && !containsString(countries, m.Country) {
			countries = append(countries, m.Country)
		}
	}
	if len(countries) == 0 {
		return nil
	}
	named := mentionSpans(toks, s.Start, ms)
	var ubuf [48]unit
	us := c.proposerUnits(toks, named, ubuf[:0])
	var wbuf [10]string
	whole := wholeFeatures(len(countries), c.curSent, kind, wbuf[:0])
	if c.observeCandidate != nil {
		c.observeCandidate(Candidate{Source: c.a.Source, Text: s.Text, Start: s.Start, End: s.End, Countries: countries, Features: proposeFeatures(us, whole), Ruled: ruled})
	}
	pm := c.proposer
	if pm == nil || ruled {
		return nil
	}
	var zbuf [20]float64
	z := pm.scores(us, whole, zbuf[:0])
	k, p := best(z)
	if k < 0 || p < c.proposeThreshold {
		return nil
	}
	typ := pm.Classes[k]
	cu, ok := proposerCues[typ]
	if !ok {
		return nil
	}
	pi := pm.pivot(us, k)
	if pi < 0 {
		return nil
	}
	at := us[pi].tok
	m := match{cue: cu, start: at, end: at + 1, head: at, form: c.guessForm(toks, at)}
	cl := clause{0, len(toks)}
	st, v := clauseStatus(toks, cl, m, nil)
	if v != asEvent {
		return nil // hypothetical, refused or demanded: the rules' reading of the words around the act
	}
	spans := withoutPrecedents(toks, withoutPortfolios(toks, named))
	r := c.buildReport(s, toks, cl, m, typ, st, spans, nil)
	if r == nil {
		return nil
	}
	r.ev.Evidence[0].Proposed = &event.Proposal{Type: typ, Probability: math.Round(p*1000) / 1000, Words: pm.topWords(us, k, 4)}
	return r
}

// guessForm is the verb form of the word at i: the lexicon's when it knows
// the verb, else read from its ending.
func (c *articleCoder) guessForm(toks []token, i int) form {
	w := toks[i].lower
	f, ok := c.lx.forms[w]
	if !ok {
		switch {
		case strings.HasSuffix(w, "ed"):
			f = formPast
		case strings.HasSuffix(w, "ing"):
			f = formIng
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			f = formThird
		default:
			f = formNone
		}
	}
	if f == formPast && i > 0 {
		switch toks[i-1].lower {
		case "has", "have", "had", "been", "was", "were", "is", "are", "be":
			f = formParticiple
		}
	}
	return f
}

// proposedOnly reports an event every evidence sentence of which the
// proposer gave: the learned filter, trained on the rules' events, does
// not score it (the proposer has its own threshold).
func proposedOnly(e event.Event) bool {
	for _, x := range e.Evidence {
		if x.Proposed == nil {
			return false
		}
	}
	return len(e.Evidence) > 0
}

// Classify is the model's best type for a sentence's features (as
// Candidate.Features gives them) and its probability; for training.
func (m *ProposeModel) Classify(features []string) (string, float64) {
	z := append([]float64(nil), m.Bias...)
	for _, f := range features {
		if ws, ok := m.Weights[f]; ok {
			for k, c := range m.Classes {
				z[k] += ws[c]
			}
		}
	}
	k, p := best(z)
	if k < 0 {
		return "", 0
	}
	return m.Classes[k], p
}
