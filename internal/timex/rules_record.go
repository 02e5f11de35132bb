package timex

import "time"

// ruleRecordWeek reads the week a record or a run is told of, as market and
// sports news write it: "stocks have their best week since November", "the
// worst week in five months", "gains for a fourth week in a row", "the third
// straight week of losses". The week is the one the story stands in (a
// Saturday story on Friday's close still stands in it), or, told in the
// past on a Monday, the week just ended. A superlative needs
// a mark that it counts up to now ("since", "in" a stretch, "ever", "on
// record"); an ordinal needs "straight", "consecutive", "running" or "in a
// row" ("the first week of March" is no such week). After a date the
// sentence named ("In October 1987 stocks had their worst week since ...")
// the week is that story's, and is left alone.
func ruleRecordWeek(p *parser, i int) (match, bool) {
	if p.whole || !p.anchor.Start.IsZero() {
		return match{}, false
	}
	sup := recordWords[p.tok(i).text]
	_, ord := lex.ordinal[p.tok(i).text]
	if !sup && !ord {
		return match{}, false
	}
	j, run := i+1, false
	if p.is(j, "straight", "consecutive", "successive", "running") {
		j, run = j+1, true
	}
	if !p.is(j, "week") {
		return match{}, false
	}
	k := j + 1
	switch {
	case p.is(k, "in") && p.is(k+1, "a") && p.is(k+2, "row"):
		run = true
	case sup && p.is(k, "since", "ever"):
		run = true
	case sup && p.is(k, "on") && p.is(k+1, "record"):
		run = true
	case sup && p.is(k, "in"):
		// "in five months", "in nearly two years", "in decades"
		b := k + 1
		if p.is(b, "nearly", "almost", "more", "over", "about", "than") {
			b++
		}
		if p.is(b, "than") {
			b++
		}
		if n, nn := p.count(b); nn > 0 && n > 0 {
			b += nn
		}
		if u, un := p.unit(b); un > 0 && u != "day" || p.is(b, "decades", "years", "months", "weeks") {
			run = true
		}
	}
	if !run {
		return match{}, false
	}
	w := p.ref
	if w.Weekday() == time.Monday && p.tense == TensePast {
		w = w.AddDate(0, 0, -7) // a Monday's "had its worst week" is the week just ended
	}
	return match{n: j + 1 - i, v: weekValue(w)}, true
}

// recordWords are the superlatives a record week is told with.
var recordWords = setOf("best", "worst", "biggest", "largest", "strongest", "weakest", "busiest", "deadliest",
	"sharpest", "steepest", "highest", "lowest", "longest")
