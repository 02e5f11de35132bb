package coder

// Eighteenth pass (stop 36), extras: an act told as lasting a span is a
// habit or a state, not the act of a day. News English measures a
// standing practice with "for" and a span after a perfect verb: "Kabul
// and Washington have been accusing Islamabad of sheltering militants for
// years", "officials have complained for weeks that", "For months,
// Egyptian intelligence has been cooperating with Libya's army". That is
// the background a story sets its news against; the news is told in the
// simple past or the plain perfect of one day ("accused Pakistan on
// Monday of lies").

// spanUnits are the units a span of a habit is counted in; days and hours
// are left out, as "has been shelling the town for three days" tells the
// news itself.
var spanUnits = map[string]bool{
	"weeks": true, "months": true, "years": true, "decades": true,
}

// spanQualifiers stand between "for" and the count or unit of a span:
// "for more than two years", "for nearly three decades", "for the past
// ten months".
var spanQualifiers = map[string]bool{
	"more": true, "than": true, "over": true, "nearly": true, "almost": true, "about": true,
	"some": true, "several": true, "many": true, "the": true, "past": true, "last": true,
	"a": true, "few": true, "at": true, "least": true,
}

// clauseStops end the clause a span is read in after the cue.
var clauseStops = map[string]bool{
	"and": true, "but": true, "while": true, "after": true, "before": true, "when": true,
	"which": true, "who": true, "whereas": true, "until": true,
}

// spanAt reports a span phrase opening at toks[i]: "for" then at most
// four qualifiers or counts, then a unit ("for years", "for more than
// two decades").
func spanAt(toks []token, i int) bool {
	if i >= len(toks) || toks[i].lower != "for" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		w := toks[k].lower
		if spanUnits[w] {
			return true
		}
		if !spanQualifiers[w] && !isCount(w) {
			return false
		}
	}
	return false
}

// isCount reports a number in digits or words ("two", "10").
func isCount(w string) bool {
	if isDigits(w) {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty":
		return true
	}
	return false
}

// perfectAux is where the perfect auxiliary ("has", "have", "had") of
// the cue's clause stands, walking back from the cue to the clause's
// start, or -1: "have been accusing", "has long cooperated", and the
// words the verb governs after it ("of giving shelter", "that Macron
// was trying to broker talks"), which tell the habit's content.
func perfectAux(toks []token, m match) int {
	for i := m.start - 1; i >= 0 && i >= m.start-16; i-- {
		w := toks[i].lower
		if phraseBreaks[w] || clauseStops[w] {
			return -1
		}
		if w == "has" || w == "have" || w == "had" {
			return i
		}
	}
	return -1
}

// habitOverSpan reports a cue in a perfect clause measured with a span of
// weeks or more, after the auxiliary ("have been accusing Islamabad ...
// for years") or fronted before the clause ("For months, ... has been
// cooperating").
func habitOverSpan(toks []token, m match) bool {
	aux := perfectAux(toks, m)
	if aux < 0 {
		return false
	}
	for i := aux + 1; i < len(toks) && i < aux+24; i++ {
		if phraseBreaks[toks[i].lower] || clauseStops[toks[i].lower] {
			break
		}
		if spanAt(toks, i) {
			return true
		}
	}
	// A fronted span: the sentence opens with it, and the comma that
	// closes it is the last break before the clause.
	if !spanAt(toks, 0) {
		return false
	}
	for i := aux - 1; i > 0; i-- {
		if toks[i].lower == "," {
			return !spanHasBreak(toks, 1, i)
		}
		if phraseBreaks[toks[i].lower] || clauseStops[toks[i].lower] {
			return false
		}
	}
	return false
}

// spanHasBreak reports a break between from and to (a fronted span is
// one phrase: "For more than two years,").
func spanHasBreak(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if phraseBreaks[toks[k].lower] {
			return true
		}
	}
	return false
}
