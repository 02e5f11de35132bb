package coder

import (
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/nlp"
)

// News tells a sequence in steps, the first with its day and the next
// counted from it at the head of the sentence: "Poland closed a Russian
// consulate on Monday. Two days later, Russia expelled two Polish
// diplomats." "A day later", "The next day", "The following day" count
// from the day the sentence before writes; "A day earlier", "The day
// before", "The previous day" count back. The timex parser reads such
// words only against a day of their own sentence, so the act took the day
// before's date unshifted (and, of the same type and pair, was merged into
// the first act).

// spelledCounts are the numbers news spells out before "days later".
var spelledCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// sentenceOffset is the number of days a sentence's opening phrase counts
// from the day of the sentence before ("Two days later," +2, "The previous
// day," -1), and whether it opens with one.
func sentenceOffset(text string) (int, bool) {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 4 {
		return 0, false
	}
	w0, w1, w2 := f[0], f[1], strings.TrimRight(f[2], ",")
	if w0 == "the" {
		switch {
		case (w1 == "next" || w1 == "following") && w2 == "day":
			return 1, true
		case (w1 == "previous" || w1 == "preceding") && w2 == "day", w1 == "day" && w2 == "before":
			return -1, true
		}
		return 0, false
	}
	n, ok := spelledCounts[w0]
	if !ok || w1 != "day" && w1 != "days" || n == 1 && w1 != "day" || n > 1 && w1 != "days" {
		return 0, false
	}
	if f[3] == "than" {
		return 0, false // "A day later than planned": no count from the day before
	}
	switch w2 {
	case "later":
		return n, true
	case "earlier":
		return -n, true
	}
	return 0, false
}

// countedDate is the date of an act done with no day of its own, in a
// sentence opened by a counted offset, from the single day the sentence
// before writes; nil when the sentence opens with none, the day before is
// not one day, or the counted day is after publication.
func (c *articleCoder) countedDate(sents []nlp.Sentence, idx int, st event.Status) *event.Date {
	if st != event.Occurred {
		return nil // before the offsets: they lower-case and split the whole sentence
	}
	off, ok := sentenceOffset(sents[idx].Text)
	if !ok {
		off, ok = innerOffset(sents[idx].Text) // "Libya responded a day later by expelling ..." (days22.go)
	}
	if !ok {
		return nil
	}
	d := c.neighbourDate(sents, idx, st, false)
	if d == nil || d.Grain != event.GrainDay || d.Start != d.End {
		return nil
	}
	t, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return nil
	}
	t = t.AddDate(0, 0, off)
	if t.After(c.ref) && !c.textRef { // a text's last date is no writing day (days23.go)
		return nil
	}
	day := t.Format(time.DateOnly)
	return &event.Date{Start: day, End: day, Grain: event.GrainDay, Basis: event.BasisRelative, Reference: d.Reference}
}
