package coder

import (
	"math"
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// The features added at stop 38 say what the page is about against what one
// sentence tells in passing, and how closely the sentence ties the act to
// its parties. A news page tells its act in the lead and returns to it; an
// act of a type the page tells once, between a pair the page first tells
// of in another act, is more often background or a reaction the page does
// not report as news. A sentence that yields several acts at once is a
// summary more often than a report. And a sentence built around the act
// names its parties next to the cue ("China accused Japan"); a cue many
// words from one of the parties is more often read across clauses, where
// that party does something else.

// typeContext is what the stop-38 features share for one page: the types
// the lead's reports tell, how many reports each sentence yields, how many
// events of each type the page has, and the type of the first-told event of
// each pair.
type typeContext struct {
	leadTypes   []string
	perSent     map[int]int
	typeCount   map[string]int
	firstOfPair map[string]string
}

// newTypeContext gathers the page's types.
func newTypeContext(reports []*report, events []event.Event, cs [][]string) *typeContext {
	tc := &typeContext{perSent: map[int]int{}, typeCount: map[string]int{}, firstOfPair: map[string]string{}}
	for _, r := range reports {
		if len(r.ev.Evidence) == 0 {
			continue
		}
		tc.perSent[r.ev.Evidence[0].Start]++
		if r.sentIdx <= 1 && !slices.Contains(tc.leadTypes, r.ev.Type) {
			tc.leadTypes = append(tc.leadTypes, r.ev.Type)
		}
	}
	first := map[string]int{}
	for i := range events {
		tc.typeCount[events[i].Type]++
		key := strings.Join(cs[i], ",")
		s := events[i].Evidence[0].Start
		if f, ok := first[key]; !ok || s < f {
			first[key] = s
			tc.firstOfPair[key] = events[i].Type
		}
	}
	return tc
}

// pageFeatures appends the stop-38 features of event i to x.
func (fc *filterContext) pageFeatures(x []float64, i int) []float64 {
	e := &fc.events[i]
	tc := fc.tc
	key := strings.Join(fc.cs[i], ",")
	ev := e.Evidence[0]
	share := 0.0
	if len(fc.events) > 0 {
		share = float64(tc.typeCount[e.Type]) / float64(len(fc.events))
	}
	return append(x, b2f(slices.Contains(tc.leadTypes, e.Type)), share, b2f(tc.firstOfPair[key] == e.Type),
		math.Log1p(float64(max(tc.perSent[ev.Start]-1, 0))), math.Log1p(float64(fc.cueDistance(i))))
}

// sentMentions is the mentions inside [start, end).
func (fc *filterContext) sentMentions(start, end int) []actors.Mention {
	lo, _ := slices.BinarySearchFunc(fc.mentions, start, func(m actors.Mention, t int) int { return m.Start - t })
	hi := lo
	for hi < len(fc.mentions) && fc.mentions[hi].Start < end {
		hi++
	}
	return fc.mentions[lo:hi]
}

// cueDistance is how many words stand between the cue's verb and the
// farther of the event's parties, each at its mention nearest the verb in
// the sentence: 0 without a verb, and a party the sentence does not name
// (told by a pronoun or an earlier sentence) counts no distance.
func (fc *filterContext) cueDistance(i int) int {
	e := &fc.events[i]
	ev := e.Evidence[0]
	verb := ""
	for _, r := range fc.reports[ev.Start] {
		if r.ev.Type == e.Type && r.verb != "" {
			verb = r.verb
			break
		}
	}
	k := strings.Index(ev.Text, verb)
	if verb == "" || k < 0 {
		return 0
	}
	far := 0
	for _, c := range fc.cs[i] {
		d := -1
		for _, m := range fc.sentMentions(ev.Start, ev.End) {
			if m.Country != c || m.End > ev.End {
				continue
			}
			var gap string
			if m.End <= ev.Start+k {
				gap = ev.Text[m.End-ev.Start : k]
			} else if m.Start >= ev.Start+k+len(verb) {
				gap = ev.Text[k+len(verb) : m.Start-ev.Start]
			}
			if n := len(strings.Fields(gap)); d < 0 || n < d {
				d = n
			}
		}
		far = max(far, d)
	}
	return far
}
