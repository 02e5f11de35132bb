package coder

import (
	"regexp"
	"strings"
	"time"

	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Twenty-fifth pass (stop 43): the day on a page dated by its own text,
// and a counted day written inside the sentence.
//
// A page that shows no publication date is read against the latest full
// date its body writes (textReference). That date is the last day the
// story names, not the day it was written: the page was written on it or
// after it. "Israel struck Beirut on Sunday, March 1, 2026. Lebanon
// condemned the attack on Monday." tells the Monday after the strike, but
// a weekday told in the past was resolved as the Monday before the
// reference, six days earlier; and "A day later, Chile recalled its
// ambassador" was refused its counted day because it fell after the
// reference.

// loneWeekday is a weekday written alone, with at most a part of the day
// or "on" beside it: "Monday", "on Monday", "late Monday", "Monday night".
// "last Monday" and "Monday, March 2" say which Monday themselves.
var loneWeekday = regexp.MustCompile(`^(?:(?:on|late|early|overnight)\s+)*` + weekdayGroup + `(?:\s+(?:morning|afternoon|evening|night))?$`)

// textRefWeekday moves a bare weekday told in the past from the week
// before the text's reference day to the days after it when that is
// nearer: the weekday is read as the one nearest the last day the story
// names, on either side, since the story was written on or after that day.
// Only on a page dated by its own text (c.textRef), and only in a sentence
// after the one that writes that day: a story tells its days in order, and
// a full date written after the lead's weekday is often a day to come ("The
// United States on Friday lifted sanctions ... The revocation will be
// effective on October 12"). A page with its own date is read against the
// day it was written.
func (c *articleCoder) textRefWeekday(idx int, xs []timex.Expression, tense timex.Tense) []timex.Expression {
	if !c.textRef || tense != timex.TensePast || idx <= c.textRefSent {
		return xs
	}
	var out []timex.Expression
	for _, x := range xs {
		if !x.Explicit && x.Value.Grain == timex.GrainDay && c.ref.Sub(x.Value.Start) > 3*24*time.Hour && loneWeekday.MatchString(strings.TrimSpace(x.Text)) {
			x.Value.Start, x.Value.End = x.Value.Start.AddDate(0, 0, 7), x.Value.End.AddDate(0, 0, 7)
		}
		out = append(out, x)
	}
	return out
}

// followingDay is the count of "the next day", "the following day" or
// "the previous day" written inside a sentence, after its verb ("Iran
// summoned Qatar's ambassador the next day"), and "24 hours later": the
// same count sentenceOffset reads at a sentence's head.
func followingDay(f []string, i int) (int, bool) {
	if i+2 >= len(f) {
		return 0, false
	}
	w := strings.TrimRight(f[i+2], ",.;")
	switch {
	case f[i] == "the" && (f[i+1] == "next" || f[i+1] == "following") && w == "day":
		return 1, true
	case f[i] == "the" && (f[i+1] == "previous" || f[i+1] == "preceding") && w == "day":
		return -1, true
	case f[i] == "24" && f[i+1] == "hours" && w == "later":
		return 1, true
	}
	return 0, false
}

// weekdayAfterText reports a lone weekday that textRefWeekday put after the
// text's reference day: the act's own day in the story's week, not a later
// thing's (laterThingDate), since the page was written on or after it.
func (c *articleCoder) weekdayAfterText(x timex.Expression) bool {
	return c.textRef && !x.Explicit && x.Value.Grain == timex.GrainDay && x.Value.Start.After(c.ref) &&
		!x.Value.Start.After(c.ref.AddDate(0, 0, 3)) && loneWeekday.MatchString(strings.TrimSpace(x.Text))
}

// textRefSentence is the index of the first sentence that writes the day
// ref in full, or with its weekday beside the month and day; -1 when none
// does (the title wrote it).
func textRefSentence(sents []nlp.Sentence, ref time.Time) int {
	for i, s := range sents {
		for _, d := range weekdayDates(s.Text) {
			if d.day.Month() == ref.Month() && d.day.Day() == ref.Day() && ref.Weekday() == d.wd {
				return i
			}
		}
		if !hasYear(s.Text) {
			continue
		}
		for _, x := range timex.Find(s.Text, time.Time{}, timex.TenseUnknown) {
			if x.Explicit && x.Value.Grain == timex.GrainDay && x.Value.Start.Equal(ref) {
				return i
			}
		}
	}
	return -1
}
