package coder

// Twenty-first pass (stop 39): acts told at no time of the news. News
// reminds the reader of what a state did before without a day: "Brazil's
// president has praised China in the past", "Indian officials have in
// the past accused Pakistan", "Decades ago, Moscow offered to give back
// two islands", "years ago, China lent Sri Lanka billions". "In the past"
// with no span after it ("in the past week" is news) and a vague "ago"
// (decades, years, centuries, no count: "two years ago" dates the act)
// set the act outside the story's time.

// vagueAgoUnits are the units of a time long gone.
var vagueAgoUnits = map[string]bool{"decades": true, "years": true, "centuries": true, "generations": true}

// inThePast reports "in the past" with no span after it in the cue's
// phrase, before or after the cue.
func inThePast(toks []token, m match) bool {
	lo, hi := phraseAround(toks, m)
	for i := lo; i+2 < hi; i++ {
		if toks[i].lower != "in" || toks[i+1].lower != "the" || toks[i+2].lower != "past" {
			continue
		}
		if i+2 >= m.start && i < m.end {
			continue
		}
		next := ""
		if i+3 < len(toks) {
			next = toks[i+3].lower
		}
		if next == "" || toks[i+3].punct || !isCount(next) && !spanUnits[next] && !timeSpanWord(next) {
			return true
		}
	}
	return false
}

// timeSpanWord reports a word that opens a span after "in the past":
// "in the past few days", "in the past 24 hours", "in the past week".
func timeSpanWord(w string) bool {
	switch w {
	case "few", "several", "two", "three", "week", "month", "year", "day", "days", "hours", "decade", "fortnight", "couple":
		return true
	}
	return false
}

// vagueAgo reports a cue told "decades ago", "years ago" or "centuries
// ago" with no count: in its own phrase, or after such a phrase fronted
// at the sentence's start ("Decades ago, Moscow offered ...").
func vagueAgo(toks []token, m match) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].lower != "ago" || !vagueAgoUnits[toks[i-1].lower] {
			continue
		}
		if i >= 2 && isCount(toks[i-2].lower) {
			continue // "two years ago" dates the act
		}
		if agoOfThing(toks, m, i) {
			continue // "over garbage shipped to Manila years ago": the garbage's time (shipped47.go)
		}
		lo, hi := phraseAround(toks, m)
		if i >= lo && i < hi {
			return true
		}
		if i <= 3 && i+1 < len(toks) && toks[i+1].lower == "," && m.start > i && !breakBetween(toks, i+2, m.start) {
			return true
		}
	}
	return false
}

// phraseAround is the span [lo, hi) between the phrase breaks around the
// cue.
func phraseAround(toks []token, m match) (int, int) {
	lo := m.start
	for lo > 0 && !phraseBreaks[toks[lo-1].lower] {
		lo--
	}
	hi := m.end
	for hi < len(toks) && !phraseBreaks[toks[hi].lower] {
		hi++
	}
	return lo, hi
}

// breakBetween reports a phrase break in [from, to).
func breakBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if phraseBreaks[toks[k].lower] {
			return true
		}
	}
	return false
}
