package coder

// Rules of the sixteenth pass (stop 34) on acts a sentence names as the
// cause or the landmark of what it tells.
//
// News ties a present fact to an earlier act with a phrase of cause:
// "influence won in the wake of the US invasion in 2003", "tariffs raised
// in retaliation for the arrest of a senator". It measures a long time
// from one the same way: "their first call since 2022, several months
// after Russia launched its invasion". The act in such a phrase is one the
// reader is reminded of, not the news of the sentence: the sentence
// reports what answered it, or none. (The act answered is the story's news
// when a sentence of its own tells it.) "In response to" is not among
// them: news writes the act of the day after it too, and dropping its
// acts cost a found event of check a-t.

// causeOpeners are the nouns of a phrase "in <noun> <preposition>" that
// names what answered an act: "in retaliation for", "in the wake of".
var causeOpeners = map[string]string{
	"retaliation": "for", "revenge": "for", "reprisal": "for", "wake": "of",
}

// longSpanUnits measure a span long enough that the act it counts from is
// past news: "two years after", "decades after".
var longSpanUnits = map[string]bool{"years": true, "decades": true}

// manyMonths count months enough to make a span long: "several months
// after"; "two months after" may count from the news of the last weeks.
var manyMonths = map[string]bool{"several": true, "many": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true}

// longSpan reports a long span ending at token i ("years", "several
// months").
func longSpan(toks []token, i int) bool {
	if longSpanUnits[toks[i].lower] {
		return true
	}
	return toks[i].lower == "months" && i > 0 && manyMonths[toks[i-1].lower]
}

// toldAsCause reports a cue inside a phrase of cause ("in retaliation
// for", "in the wake of") or one counting years, or many months, from it
// ("two years after", "several months after"), the phrase running back
// from the cue to the last mark that ends a phrase. A possessive
// apostrophe ("the US' invasion") does not end it. Only an act told as a
// noun or a gerund is the object of a phrase of cause ("in retaliation,
// Russia struck" tells its act); a span counts from a clause as well
// ("years after Russia invaded").
func toldAsCause(toks []token, m match) bool {
	nominal := m.noun || m.form == formIng
	for i := m.start - 1; i >= 1 && i >= m.start-10; i-- {
		w := toks[i].lower
		if phraseBreaks[w] {
			return false
		}
		if prep, ok := causeOpeners[toks[i-1].lower]; ok && w == prep && i >= 2 && causeIn(toks, i-2) {
			return nominal
		}
		if w == "after" && longSpan(toks, i-1) {
			return true
		}
	}
	return false
}

// causeIn reports the "in" that opens a phrase of cause, up to two words
// before its noun: "in retaliation", "in the wake", "in apparent retaliation".
func causeIn(toks []token, i int) bool {
	for k := i; k >= 0 && k >= i-2; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].lower == "in" {
			return true
		}
	}
	return false
}
