// Package timex finds and normalises time expressions in English news text.
//
// It takes a text (a sentence or a whole article body), a reference date
// (the publication date, or the best date the page gives) and the tense of
// the clause, and gives each date expression it finds — "on Saturday",
// "July 27-30", "mid-March", "earlier this week", "the first half of 2024",
// "16:35 JST, March 10, 2022" — with byte offsets and an inclusive range of
// calendar days with its grain. The tense decides which way a bare weekday
// or month points: news says "on Monday" for the Monday just gone in a
// past-tense sentence and for the coming one in a future-tense sentence.
// Times of day are not resolved; a dateline's date is.
package timex

import (
	"time"
)

// Grain is the precision of a Value: the span the text actually names.
type Grain string

const (
	GrainDay     Grain = "day"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainQuarter Grain = "quarter"
	GrainYear    Grain = "year"
	// GrainRange is a multi-day span that is no calendar unit: "Thursday
	// through Saturday", "July 27-30", "mid-March", "the weekend".
	GrainRange Grain = "range"
)

// Tense tells which way a bare weekday or month points from the reference date.
type Tense int

const (
	// TenseUnknown picks the nearest occurrence (the reference day itself
	// for its own weekday).
	TenseUnknown Tense = iota
	// TensePast picks the most recent occurrence, the reference day included.
	TensePast
	// TenseFuture picks the next occurrence, the reference day included.
	TenseFuture
)

// Value is an inclusive range of calendar days (dates at 00:00 UTC).
//
// Start and End are the days the text most likely means. Where the text
// names them only as a part of a calendar period, or counts back to one,
// Mod says how the days stand in that period and Whole gives it: "early
// March" is March 1-10 of March (ModStart), "earlier this year" January 1
// to the reference day of this year (ModEarlier), "three weeks ago" one day
// of the week three weeks back (ModApprox). This is how TimeML annotates
// them (1990-03 with mod START).
type Value struct {
	Start, End time.Time
	Grain      Grain
	Mod        Mod
	of         *Period // the period of a part; nil unless Mod is set
}

// Period is a calendar period: a week, month, quarter, year or decade
// (grain year), or any value's own days.
type Period struct {
	Start, End time.Time
	Grain      Grain
}

// Mod says how a Value's days stand in the period Whole gives.
type Mod string

const (
	ModNone    Mod = ""
	ModStart   Mod = "start"   // early March, the beginning of 2017
	ModMid     Mod = "mid"     // mid-March, the middle of the year
	ModEnd     Mod = "end"     // late March, the end of the month, year-end
	ModEarlier Mod = "earlier" // earlier this week: from its start to the reference day
	ModLater   Mod = "later"   // later this month: from the reference day to its end
	ModApprox  Mod = "approx"  // two years ago: a day within that year
)

// Whole is the calendar period the text names: the period a part belongs
// to, else the value's own days and grain.
func (v Value) Whole() Period {
	if v.of != nil {
		return *v.of
	}
	return Period{Start: v.Start, End: v.End, Grain: v.Grain}
}

// within gives v as the part mod of period of.
func within(v Value, mod Mod, of Value) Value {
	w := of.Whole()
	v.Mod, v.of = mod, &w
	return v
}

// Expression is one time expression found in a text.
type Expression struct {
	Text       string
	Start, End int // byte offsets into the text given to Find
	Value      Value
	// Explicit is true when the text gives the full date itself, year
	// included; false when it was resolved against the reference date.
	Explicit bool
	// Ends are, for a range ("between 1982 and 1992", "July 30 to Aug.
	// 1"), its first and last date as written, each with its own value
	// and grain; nil for a single date. TimeML marks them so.
	Ends []Expression
	// Ref is set when the expression names the present, the past or the
	// future as a whole ("now", "recently", "soon"); Value then holds the
	// reference day, or the open days before or after it (refValue).
	// Only FindInSentence gives them.
	Ref Ref
	// Kind is KindDate for a date. FindInSentence also gives the time
	// expressions that are no date (KindDuration "three years", KindSet
	// "every day", KindTime "6 a.m."); their Value is zero and Norm holds
	// their TimeML value ("P3Y", "P1D", "XXXX-XX-XXT06:00").
	Kind Kind
	Norm string
}

// Dates gives the dates written in e: its two ends for a range, else e.
func (e Expression) Dates() []Expression {
	if len(e.Ends) > 0 {
		return e.Ends
	}
	return []Expression{e}
}

// expression builds the Expression of the match m found at token i.
func (p *parser) expression(text string, i int, m match) Expression {
	first, last := p.toks[i], p.toks[i+m.n-1]
	e := Expression{Text: text[first.start:last.end], Start: first.start, End: last.end, Value: m.v, Explicit: m.explicit, Ref: m.ref,
		Kind: m.kind, Norm: m.norm}
	if m.ends != nil {
		for _, d := range m.ends {
			if d.n <= 0 {
				return e
			}
		}
		e.Ends = make([]Expression, 0, 2)
		for _, d := range m.ends {
			a, b := p.toks[d.i], p.toks[d.i+d.n-1]
			e.Ends = append(e.Ends, Expression{Text: text[a.start:b.end], Start: a.start, End: b.end, Value: d.v, Explicit: d.explicit})
		}
	}
	return e
}

// Find returns the date expressions of text in order, resolved against ref
// with tense choosing the direction of bare weekdays and months. Words that
// only look like dates ("Japan may send", "a protest march", "2+2 talks",
// "100 people") are left alone.
func Find(text string, ref time.Time, tense Tense) []Expression {
	p := pooledParser(text, ref, tense)
	defer p.release()
	var out []Expression
	for i := 0; i < len(p.toks); {
		m, ok := p.parseSinceAware(i, tense)
		if !ok {
			i++
			continue
		}
		out = append(out, p.expression(text, i, m))
		p.setAnchor(m, i+m.n)
		i += m.n
	}
	return out
}

// FindInSentence is Find with the tense chosen for each expression from the
// cues near it (TenseAt), so that in "he said on Monday they will meet on
// Friday" Monday resolves back and Friday forward. It is what a caller
// wants for a sentence whose clauses may differ in tense. It also gives
// the words that name the present, past or future as a whole ("now",
// "recently", "in the near future"; Expression.Ref) and the time
// expressions that are no date (Expression.Kind: lengths "three years",
// recurrences "every day", clock times "6 a.m."), which TimeML marks as
// time expressions; Find, which dates events, leaves them all out.
func FindInSentence(sentence string, ref time.Time) []Expression {
	p := pooledParser(sentence, ref, TenseUnknown)
	defer p.release()
	p.refs = true
	var out []Expression
	for i := 0; i < len(p.toks); {
		m, ok := p.parseSinceAware(i, TenseUnknown)
		if !ok {
			i++
			continue
		}
		start, end := p.toks[i].start, p.toks[i+m.n-1].end
		if t := TenseAt(sentence, start, end); t != TenseUnknown {
			p.tense, p.memo = t, nil
			if mt, ok := p.parseSinceAware(i, t); ok {
				m = mt
			}
			p.tense, p.memo = TenseUnknown, nil
		}
		out = append(out, p.expression(sentence, i, m))
		p.setAnchor(m, i+m.n)
		i += m.n
	}
	return out
}

// Parse resolves a whole phrase ("next Friday", "in March", "2024-07-22")
// against ref. It reports false when the phrase is not, as a whole, a date
// expression. Parse is looser than Find: a bare "2/15" or "sat" is a date
// when it is all there is.
func Parse(phrase string, ref time.Time, tense Tense) (Value, bool) {
	p := newParser(phrase, ref, tense, true)
	n := len(p.toks)
	for n > 0 && (p.toks[n-1].text == "." || p.toks[n-1].text == "," || p.toks[n-1].text == "?" || p.toks[n-1].text == "!") {
		n--
	}
	p.toks = p.toks[:n]
	if n == 0 {
		return Value{}, false
	}
	if m, ok := p.parseAt(0); ok && m.n == n {
		return m.v, true
	}
	// A leading preposition that the rules do not use themselves.
	if fillers[p.toks[0].text] && n > 1 {
		if m, ok := p.parseAt(1); ok && m.n == n-1 {
			return m.v, true
		}
	}
	return Value{}, false
}

var fillers = map[string]bool{"on": true, "in": true, "at": true, "during": true, "around": true, "from": true, "by": true, "for": true, "of": true, "since": true, "until": true, "till": true}

// parseSinceAware parses at i, reading a date after "since" as past
// whatever the clause's tense: "since Biden took office in January".
func (p *parser) parseSinceAware(i int, tense Tense) (match, bool) {
	if !p.mayStart(i) {
		return match{}, false
	}
	if tense != TenseFuture && p.deferredTo(i) {
		p.tense, p.memo = TenseFuture, nil
		m, ok := p.parseAt(i)
		p.tense, p.memo = tense, nil
		return m, ok
	}
	if tense == TensePast || !p.afterSince(i) && !p.afterEnded(i) {
		return p.parseAt(i)
	}
	p.tense, p.memo = TensePast, nil
	m, ok := p.parseAt(i)
	p.tense, p.memo = tense, nil
	return m, ok
}

// afterSince reports whether token i stands in a clause opened by "since"
// ("since Biden took office in January"), looking back a few words and not
// past a comma or other clause mark.
func (p *parser) afterSince(i int) bool {
	for b := i - 1; b >= 0 && b >= i-8; b-- {
		switch p.toks[b].text {
		case "since":
			return true
		case ",", ";", ":", ".", "(", ")", "—", "–", "and", "but", "while", "when", "that", "will":
			return false
		}
	}
	return false
}
