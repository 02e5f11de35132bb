package coder

import (
	"strings"

	"storyline/internal/timex"
)

// Rules of the day a sentence lends the act told next to it (seventh pass,
// dates). "The story goes on in the time of the sentence before" holds for
// the time of that sentence's own news, not for every date it writes.

// lentDate reports whether the date x of a neighbouring sentence text is
// the time of that sentence's news, which an act told with no date of its
// own may take. Not so for a date in the past perfect ("The army chief had
// said on August 31 that ..."): news uses it for an act before the story's
// time, background to it. Nor for a date that names an event as a noun
// does ("the October 7, 2023 attack", "the June 12 summit"): it is that
// event's day, not the sentence's. Nor for a deadline ("doubling farmers'
// income by 2022"), which dates no act, as within a clause (dateReport).
func lentDate(text string, x timex.Expression) bool {
	return !pastPerfectBefore(text[:x.Start]) && !namesEvent(text, x) && !endsSpan(text, x.Start)
}

// pastPerfectBefore reports a "had" among the last few words before a
// date, as in "had stated on August 31" or "had earlier visited Paris in
// June", but not "had to" (need) or "had a meeting" (hold); or a "last"
// before a past verb, "he last visited in December 2021": both tell an
// act before the story's time.
func pastPerfectBefore(before string) bool {
	return backgroundMark(before) >= 0
}

// backgroundMark is the byte offset in before of the "had" or "last" that
// puts the date after it in the past perfect or in an earlier occurrence
// (see pastPerfectBefore), or -1.
func backgroundMark(before string) int {
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0 && i >= len(f)-5; i-- {
		w := strings.ToLower(strings.Trim(f[i], ",;"))
		if i+1 >= len(f) {
			continue
		}
		next := strings.ToLower(f[i+1])
		switch {
		case w == "had" || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "’d"):
			switch next {
			case "to", "a", "an", "the", "no", "its", "his", "her", "their":
				return -1
			}
		case w == "last" && (strings.HasSuffix(next, "ed") || lastVerbs[next]):
		default:
			continue
		}
		return fieldOffset(before, i)
	}
	return -1
}

// lastVerbs are irregular past verbs news writes after "last": "he last
// met Xi in 2019".
var lastVerbs = map[string]bool{"met": true, "went": true, "came": true, "saw": true, "held": true, "spoke": true, "made": true, "met,": true}

// fieldOffset is the byte offset of the i-th space-separated field of s.
func fieldOffset(s string, i int) int {
	n, in := -1, false
	for k := 0; k < len(s); k++ {
		sp := s[k] == ' ' || s[k] == '\t' || s[k] == '\n'
		if !sp && !in {
			n++
			if n == i {
				return k
			}
		}
		in = !sp
	}
	return -1
}

// namesEvent reports a date written between "the" and a lower-case word,
// as an attribute of a noun: "the October 7, 2023 massacre".
func namesEvent(text string, x timex.Expression) bool {
	if !precededBy(text, x.Start, "the") {
		return false
	}
	after := strings.TrimLeft(text[x.End:], " ")
	if after == "" || after[0] < 'a' || after[0] > 'z' {
		return false
	}
	w := after
	if i := strings.IndexAny(w, " ,.;:"); i >= 0 {
		w = w[:i]
	}
	switch w {
	case "and", "or", "to", "in", "at", "on", "of", "by", "when", "that", "which", "as", "with", "for", "from":
		return false
	}
	return true
}
