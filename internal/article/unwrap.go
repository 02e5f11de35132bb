package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text saved from wire feeds, e-mail and some print-to-text tools breaks
// every paragraph into lines of about the same width:
//
//	RIYADH, Saudi Arabia (AP) — U.S. President Donald Trump opened his
//	four-day Middle East trip on Tuesday by paying a visit to Saudi Arabia's
//
// Read line by line, such a page has no sentence and no prose line, so the
// article is lost. unwrap joins the lines of a page written that way back
// into paragraphs before the lines are classified.

const (
	wrapMin = 45 // a wrapped line is at least this long (runes)
	wrapMax = 100
	// wrappedPage is how many lines must go on in lower case on the next
	// line before the page is taken as hard-wrapped.
	wrappedPage = 5
)

// unwrap returns text with hard-wrapped paragraphs joined, or text itself
// when the page is not hard-wrapped.
func unwrap(text string) string {
	lines := strings.Split(text, "\n")
	if len(lines) < wrappedPage+1 {
		return text
	}
	// A list of headlines is also lines of that width without a full stop;
	// wrapped prose goes on in lower case ("opened his / four-day trip").
	lowerGoesOn := 0
	for i := 0; i+1 < len(lines); i++ {
		if wrapsOnto(lines[i], lines[i+1]) && startsLower(lines[i+1]) {
			lowerGoesOn++
		}
	}
	if lowerGoesOn < wrappedPage {
		return unwrapParagraphs(lines, text)
	}
	return joinLines(lines, len(text), func(i int) bool { return wrapsOnto(lines[i], lines[i+1]) })
}

// joinLines writes lines back as text, line i joined to line i+1 by a space
// where join says so and by a line break elsewhere.
func joinLines(lines []string, size int, join func(i int) bool) string {
	var b strings.Builder
	b.Grow(size)
	for i, l := range lines {
		b.WriteString(strings.TrimRight(l, "\r"))
		if i+1 == len(lines) {
			break
		}
		if join(i) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// unwrapParagraphs joins, on a page that is not hard-wrapped as a whole,
// each run of lines that goes on in lower case at least twice and ends a
// sentence: one wrapped paragraph of wire copy pasted into a page ("…
// severed ties with Iran over the / storming of the Saudi embassy …").
// A list of headlines does not go on in lower case.
func unwrapParagraphs(lines []string, text string) string {
	join := make([]bool, len(lines)) // join line i to line i+1
	any := false
	for i := 0; i+1 < len(lines); {
		j := i
		for j+1 < len(lines) && wrapsOnto(lines[j], lines[j+1]) && (startsLower(lines[j+1]) || endsOpen(lines[j])) {
			j++
		}
		if j-i >= 2 && j+1 < len(lines) && !endsSentence(strings.TrimRight(lines[j], "\r")) && wrapsOnto(lines[j], lines[j+1]) && endsSentence(strings.TrimRight(lines[j+1], "\r")) {
			j++ // the paragraph's last line, opening on a name: "the Danish newspaper / Jyllands-Posten."
		}
		if j-i >= 2 && endsSentence(strings.TrimRight(lines[j], "\r")) {
			for k := i; k < j; k++ {
				join[k] = true
			}
			any = true
		}
		i = j + 1
	}
	if !any {
		return text
	}
	return joinLines(lines, len(text), func(i int) bool { return join[i] })
}

// wrapsOnto reports whether line a is cut mid-sentence and b goes on with
// it: a is of wrapping width and does not end a sentence, and b starts with
// a word.
func wrapsOnto(a, b string) bool {
	a = strings.TrimRight(a, " \t\r")
	b = strings.TrimSpace(b)
	n := utf8.RuneCountInString(a)
	if n < wrapMin || n > wrapMax || b == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	switch last {
	case '.':
		return startsLower(b) // "talks on U.S. / efforts": no sentence starts in lower case
	case '!', '?', ':', '"', '”', '|', ')', ']':
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLetter(first) || unicode.IsDigit(first) || first == '"' || first == '“' || first == '(' || first == '$'
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// openEnds are the words a line of prose cannot end on: a line cut after
// one goes on in the next, whatever its first letter ("the consequences
// if / Denmark joins", "Russian Ambassador to / Denmark").
var openEnds = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "and": true, "or": true, "but": true, "if": true, "that": true,
	"by": true, "from": true, "as": true, "his": true, "her": true, "their": true, "its": true,
}

// endsOpen reports a line that ends on a comma or on a word of openEnds:
// cut mid-sentence, not a headline's end.
func endsOpen(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	if strings.HasSuffix(line, ",") {
		return true
	}
	i := strings.LastIndexByte(line, ' ')
	return i >= 0 && openEnds[strings.ToLower(line[i+1:])]
}
