package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split splits a news article body into sentences, each with its tokens.
// Sentences are in order, do not overlap and hold no surrounding space; the
// whitespace between them belongs to none.
//
// A sentence ends at a full stop, question or exclamation mark (with any
// closing quotes or brackets right after it) when the next word does not
// continue it in lower case; at a blank line; and at a line break after a
// line that has no final punctuation, as headlines, captions and bullets are
// written — unless the next line starts in lower case (a wrapped line). A
// period after an abbreviation ends a sentence only when a word that usually
// starts sentences follows ("talks with the U.S. The meeting ...").
func Split(body string) []Sentence {
	toks := Tokenize(body)
	var out []Sentence
	begin := 0
	for i := 0; i < len(toks); {
		last, brk := boundaryAfter(body, toks, i)
		if brk || last == len(toks)-1 {
			start, end := toks[begin].Start, toks[last].End
			out = append(out, Sentence{
				Text:   body[start:end],
				Start:  start,
				End:    end,
				Tokens: toks[begin : last+1 : last+1],
			})
			begin = last + 1
		}
		i = last + 1
	}
	return out
}

// terminal is what kind of sentence end a token may be.
type terminal uint8

const (
	notTerminal terminal = iota
	fullStop             // "."
	strongStop           // "?", "!", "?!"
	ellipsis             // "...", "…"
	abbrevStop           // a word ending in its own period: "U.S.", "Gen.", "F."
)

func terminalOf(t string) terminal {
	switch {
	case t == ".":
		return fullStop
	case t == "…" || strings.HasPrefix(t, ".."):
		return ellipsis
	case strings.Trim(t, "?!") == "":
		return strongStop
	case len(t) > 1 && t[len(t)-1] == '.':
		return abbrevStop
	}
	return notTerminal
}

// isCloser reports whether a token closes a quotation or bracket.
func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", "»", ")", "]", "}":
		return true
	}
	return false
}

func isOpener(t string) bool {
	switch t {
	case "\"", "'", "“", "‘", "«", "(", "[":
		return true
	}
	return false
}

// continuesLower reports whether a token carries a sentence on: a word in
// lower case or a mark that never starts one.
func continuesLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) {
		return true
	}
	switch r {
	case ',', ';', ':', ')', ']', '%':
		return true
	}
	return false
}

// boundaryAfter decides whether a sentence ends with token i. It returns the
// last token of the would-be sentence (past closing quotes and brackets that
// cling to a final mark) and whether the sentence ends there.
func boundaryAfter(body string, toks []Token, i int) (last int, brk bool) {
	kind := terminalOf(toks[i].Text)
	last = i
	if kind != notTerminal {
		for last+1 < len(toks) && toks[last+1].Start == toks[last].End && isCloser(toks[last+1].Text) {
			last++
		}
	}
	if last+1 == len(toks) {
		return last, true
	}
	next := toks[last+1]
	gap := body[toks[last].End:next.Start]
	switch newlines := strings.Count(gap, "\n"); {
	case newlines >= 2:
		return last, true
	case newlines == 1 && kind == notTerminal:
		// A line without final punctuation is a headline or a list item,
		// unless it is a long line and the next carries on in lower case:
		// text wrapped at a fixed width.
		return last, !(continuesLower(next.Text) && lineRunes(body, toks[last].End) >= wrapWidth)
	case newlines == 1:
		return last, true
	}
	if kind == notTerminal {
		return last, false
	}
	if gap == "" {
		// "on Monday.The talks": a space lost in extraction. Only a common
		// sentence starter after a plain word counts, so "example.com.It"
		// and "U.S.-led" stay whole.
		glued := (kind == fullStop || kind == strongStop) && starters[next.Text] && i > 0 && isPlainWord(toks[i-1].Text) &&
			!(i > 1 && toks[i-2].Text == "." && toks[i-2].End == toks[i-1].Start)
		return last, glued
	}
	if kind == abbrevStop && last > i {
		kind = fullStop // `the U.S."` — a closing quote after the period ends it
	}
	if kind == fullStop && i > 0 && isListMarker(body, toks, i-1) {
		return last, false // "1. The ministers met": a numbered item, not a sentence "1."
	}
	switch kind {
	case fullStop, strongStop:
		return last, !continuesLower(next.Text)
	case ellipsis:
		r, _ := utf8.DecodeRuneInString(next.Text)
		return last, unicode.IsUpper(r) || isOpener(next.Text)
	}
	// abbrevStop
	word := strings.TrimSuffix(toks[i].Text, ".")
	startsSentence := starters[next.Text] || (isOpener(next.Text) && next.Text != "(")
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		// An initial: "John F. Kennedy". Only a clear starter after an
		// initial that follows no capitalised name ends a sentence ("Plan B.
		// The ...").
		if i > 0 && startsUpper(toks[i-1].Text) {
			return last, false
		}
		return last, startsSentence
	}
	switch abbreviations[strings.ToLower(word)] {
	case abbrevTitle:
		return last, false
	case abbrevNumber:
		if r, _ := utf8.DecodeRuneInString(next.Text); unicode.IsDigit(r) {
			return last, false
		}
	}
	return last, startsSentence
}

func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// isListMarker reports whether token k is a short number or single letter
// that opens its line, as in a numbered or lettered list ("1.", "a.").
func isListMarker(body string, toks []Token, k int) bool {
	t := toks[k].Text
	if len(t) > 2 || t == "" {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && !(len(t) == 1 && unicode.IsLetter(r)) {
			return false
		}
	}
	lineStart := strings.LastIndexByte(body[:toks[k].Start], '\n') + 1
	return strings.TrimSpace(body[lineStart:toks[k].Start]) == ""
}

// isPlainWord reports whether t is a word of two or more letters.
func isPlainWord(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n > 1
}

// wrapWidth is the shortest line taken as wrapped text rather than a list
// item or heading when the next line goes on in lower case; hard-wrapped
// text runs to 60-80 columns.
const wrapWidth = 50

// lineRunes counts the characters of the line that ends at byte end.
func lineRunes(body string, end int) int {
	start := strings.LastIndexByte(body[:end], '\n') + 1
	return utf8.RuneCountInString(body[start:end])
}
