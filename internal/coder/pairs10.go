package coder

import (
	"slices"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// News tells one event over several sentences and names its two sides
// once: "India and the United Kingdom signed a trade agreement on
// Thursday. ... Both leaders held a one-on-one meeting." The later
// sentence refers back with a plural phrase ("the two leaders", "both
// sides", "the two countries") to the pair named last, whether the pair
// was named by country, by demonym or by its leaders, and whether or not
// a coded act held it. The pair is the last one named: a story that moves
// on to another pair moves its "two sides" with it, and a sentence that
// names two pairs leaves the phrase without a referent.

// pairWindow is how many sentences back a pair is still what "the two
// sides" refers to.
const pairWindow = 4

// namedPair is the last pair of countries the text named.
type namedPair struct {
	a, b   string // country codes, in order; a == "" when the sentence named two pairs
	sent   int    // index of the sentence that named it (-1: the title)
	people bool   // both sides were named by a person
	set    bool
}

// pairNamed gives the one pair of countries a sentence names: as the two
// countries of a coded act, or as two sides joined by "and" or a hyphen
// ("Modi and Starmer", "India-UK relations", "between Seoul and
// Washington"). ok is false when it names none; a == "" when it names
// two different pairs. A pair of the page's mediators is none
// (mediators13.go).
func pairNamed(toks []token, spans []span, reps []*report, mediators map[string]bool) (p namedPair, ok bool) {
	var pairs []namedPair
	add := func(x, y string, people bool) {
		if x == "" || y == "" || x == y || mediators[x] && mediators[y] {
			return
		}
		if y < x {
			x, y = y, x
		}
		for i := range pairs {
			if pairs[i].a == x && pairs[i].b == y {
				pairs[i].people = pairs[i].people || people
				return
			}
		}
		pairs = append(pairs, namedPair{a: x, b: y, people: people})
	}
	for _, r := range reps {
		if r.parties < 2 {
			continue
		}
		var cs []string
		people := true
		for _, act := range r.ev.Actors {
			if act.Country == nil || *act.Country == "" {
				continue
			}
			if !slices.Contains(cs, *act.Country) {
				cs = append(cs, *act.Country)
			}
			people = people && !r.standIns[act.Name]
		}
		if len(cs) == 2 {
			add(cs[0], cs[1], people)
		} else if len(cs) > 2 {
			return namedPair{set: true}, true // three sides or more: no pair
		}
	}
	for i := 0; i+1 < len(spans); i++ {
		x, y := spans[i], spans[i+1]
		if x.m.Country == "" || y.m.Country == "" || !pairJoined(toks, x, y) {
			continue
		}
		add(x.m.Country, y.m.Country, x.m.Kind == actors.Person && y.m.Kind == actors.Person)
	}
	switch len(pairs) {
	case 0:
		return namedPair{}, false
	case 1:
		p = pairs[0]
		p.set = true
		return p, true
	}
	return namedPair{set: true}, true
}

// pairJoined reports two mentions joined as a pair: in one hyphened word
// ("India-UK"), or by "and", "and the" or a dash between them.
func pairJoined(toks []token, x, y span) bool {
	if y.start < x.end {
		return x.start == y.start // "India-UK": one token
	}
	between := toks[x.end:y.start]
	switch len(between) {
	case 1:
		w := between[0].lower
		return w == "and" || w == "-" || w == "–" || w == "/"
	case 2:
		return between[0].lower == "and" && between[1].lower == "the"
	}
	return false
}

// withCountry counts the mentions that have a country.
func withCountry(ms []actors.Mention) int {
	n := 0
	for _, m := range ms {
		if m.Country != "" {
			n++
		}
	}
	return n
}

// notePair keeps the pair sentence si names, if it names one.
func (c *articleCoder) notePair(si int, toks []token, spans []span, reps []*report) {
	if p, ok := pairNamed(toks, spans, reps, c.mediators); ok {
		p.sent = si
		c.pair = p
	}
}

// anaphorSides gives the parties a plural phrase at token a ("the two
// leaders", "both sides") stands for: the sides of the last act with two
// parties when no other pair was named since, else the last pair named
// within pairWindow sentences. fromSides says the parties are the last
// act's (whose date and place a clause may then take).
func (c *articleCoder) anaphorSides(toks []token, a int) (out []span, fromSides, ok bool) {
	p := c.pair
	if p.set && p.a == "" && p.sent >= c.curSent-pairWindow && (c.sides == nil || p.sent >= c.sides.sentIdx) {
		return nil, false, false // two pairs named last: no referent
	}
	sidesOK := c.sides != nil && !peopleAnaphorMisfits(toks, a, c.sides) && countriesOf(c.sides) >= 2
	if sidesOK && (!p.set || c.sides.sentIdx >= p.sent || p.a != "" && countriesOf(c.sides) == 2 && hasCountries(c.sides, p.a, p.b)) {
		return sideMentions(c.sides.ev.Actors, c.sides.standIns, a), true, true
	}
	if p.set && p.sent >= c.curSent-pairWindow && c.sides != nil {
		if p.a == "" || peopleNoun(toks, a) && !p.people {
			return nil, false, false // two pairs named, or "both men" for two countries
		}
		for _, code := range []string{p.a, p.b} {
			m := actors.Mention{Country: code, Kind: actors.Country, Ref: -1}
			out = append(out, span{m: m, start: a, end: a, inherited: true})
		}
		return out, false, true
	}
	if c.sides != nil && !peopleAnaphorMisfits(toks, a, c.sides) && (!p.set || c.sides.sentIdx >= p.sent) {
		return sideMentions(c.sides.ev.Actors, c.sides.standIns, a), true, true
	}
	return nil, false, false
}

// countriesOf counts the distinct countries of a report's actors.
func countriesOf(r *report) int {
	var cs []string
	for _, act := range r.ev.Actors {
		if act.Country != nil && *act.Country != "" && !slices.Contains(cs, *act.Country) {
			cs = append(cs, *act.Country)
		}
	}
	return len(cs)
}

// peopleNoun reports "both men" or "the two women" at token a.
func peopleNoun(toks []token, a int) bool {
	j := a + 1
	if j < len(toks) && (toks[j].lower == "two" || toks[j].lower == "three") {
		j++
	}
	return j < len(toks) && peopleNouns[toks[j].lower]
}

// sidesSubjectClause reports a clause that opens at i with the two sides
// as its subject and a verb in the past right after ("as the two leaders
// formally signed", "and both sides agreed"): after "as" or "and" it is an
// act of its own, whose parties are the sides named before. (After "and"
// the clause is as often a second act of the same subject's, told with the
// wrong cue: "and both sides paused talks".)
func sidesSubjectClause(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].lower != "the" && toks[i].lower != "both" {
		return false
	}
	j := i + 1
	if toks[j].lower == "two" || toks[j].lower == "three" {
		j++
	}
	if j >= len(toks) || !sidesNouns[toks[j].lower] || toks[i].lower == "the" && j == i+1 && toks[j].lower != "leaders" && toks[j].lower != "allies" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		w := toks[k].lower
		if toks[k].punct {
			return false
		}
		if pastForm(w) {
			return true
		}
	}
	return false
}

// namesInObject reports names that stand after the verb of a plural
// subject at token a, inside the object before a noun cue ("the two
// leaders signed a UK-India Free Trade Agreement"): they describe the
// object; the plural phrase is the subject.
func namesInObject(toks []token, cl clause, a int, subject []span) bool {
	if a > cl.start+1 {
		return false // "tensions between the two countries": no subject
	}
	first := subject[0].start
	for _, sp := range subject {
		first = min(first, sp.start)
	}
	return first > a && pastVerbIn(toks, clause{a + 1, first})
}

// hasCountries reports a report with an actor of each country given.
func hasCountries(r *report, codes ...string) bool {
	for _, code := range codes {
		if !slices.ContainsFunc(r.ev.Actors, func(act event.Actor) bool { return act.Country != nil && *act.Country == code }) {
			return false
		}
	}
	return true
}
