package coder

import (
	"math"
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/nlp"
)

// The features added at stop 37 say how a page tells and retells an act,
// which a reader of any news page weighs: an act the headline's parties
// share and many sentences return to is what the story is about; an act
// told as what happened before (past perfect), as a mere day of speaking,
// as "another round", as an answer to something else, or inside a quote is
// more often background or a claim; and a second event of the same type
// and parties told later on the page is more often a retelling coded on
// another day than a second act.

// naming is where a page names one country.
type naming struct {
	sents []int    // indices of the sentences that name it, ascending, once each
	words []string // the words it is named by
}

// namings gathers, for each country, the sentences and words that name it;
// adjectives count ("Chinese officials" tells of China), groups do not.
func namings(sents []nlp.Sentence, mentions []actors.Mention) map[string]*naming {
	out := map[string]*naming{}
	for _, m := range mentions {
		if m.Country == "" || m.Group {
			continue
		}
		n := out[m.Country]
		if n == nil {
			n = &naming{}
			out[m.Country] = n
		}
		if k := sentenceIndex(sents, m.Start); !slices.Contains(n.sents, k) {
			n.sents = append(n.sents, k)
		}
		if m.Text != "" && !slices.Contains(n.words, m.Text) {
			n.words = append(n.words, m.Text)
		}
	}
	for _, n := range out {
		slices.Sort(n.sents)
	}
	return out
}

// toldFeatures appends the stop-37 features of event i to x.
func (fc *filterContext) toldFeatures(x []float64, i int) []float64 {
	e := &fc.events[i]
	var earlier, toldDay, repeat, answer, quoted bool
	for _, v := range e.Evidence {
		for _, r := range fc.reports[v.Start] {
			if r.ev.Type != e.Type {
				continue
			}
			earlier = earlier || r.earlier
			toldDay = toldDay || r.toldDay
			repeat = repeat || r.repeat
			answer = answer || r.answer
			quoted = quoted || r.verb != "" && insideQuote(v.Text, r.verb)
		}
	}
	cs := fc.cs[i]
	inTitle := 0
	for _, c := range cs {
		if fc.titleNames(c) {
			inTitle++
		}
	}
	title := 0.0
	if len(cs) > 0 {
		title = float64(inTitle) / float64(len(cs))
	}
	sameType, retold := 0, false
	for j := range fc.events {
		if j == i || fc.events[j].Type != e.Type || !slices.Equal(fc.cs[j], cs) {
			continue
		}
		sameType++
		a, b := fc.events[j].Evidence[0].Start, e.Evidence[0].Start
		retold = retold || a < b || a == b && j < i
	}
	return append(x, b2f(earlier), b2f(toldDay), b2f(repeat), b2f(answer), b2f(quoted),
		title, math.Log1p(float64(fc.pairSentences(cs))), math.Log1p(float64(sameType)), b2f(retold))
}

// titleNames reports whether the headline names a country by a word the
// page names it by.
func (fc *filterContext) titleNames(country string) bool {
	n := fc.named[country]
	if fc.title == "" || n == nil {
		return false
	}
	return slices.ContainsFunc(n.words, func(w string) bool { return strings.Contains(fc.title, w) })
}

// pairSentences is how many sentences of the page name every one of the
// countries (two at most are scored).
func (fc *filterContext) pairSentences(cs []string) int {
	if len(cs) == 0 {
		return 0
	}
	first := fc.named[cs[0]]
	if first == nil {
		return 0
	}
	n := 0
	for _, k := range first.sents {
		all := true
		for _, c := range cs[1:] {
			o := fc.named[c]
			if o == nil {
				return 0
			}
			if _, ok := slices.BinarySearch(o.sents, k); !ok {
				all = false
				break
			}
		}
		if all {
			n++
		}
	}
	return n
}

// insideQuote reports whether the first occurrence of word in text lies
// inside quotation marks: an odd number of straight quotes before it, or an
// opening curly quote after the last closing one.
func insideQuote(text, word string) bool {
	k := strings.Index(text, word)
	if k < 0 {
		return false
	}
	before := text[:k]
	if strings.Count(before, "\"")%2 == 1 {
		return true
	}
	return strings.LastIndex(before, "“") > strings.LastIndex(before, "”")
}
