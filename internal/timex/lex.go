package timex

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/internal/nlp"
)

//go:embed data/lexicon.tsv
var lexiconFile string

// lexicon holds the words of date expressions by kind, keyed by lower case.
type lexicon struct {
	month    map[string]time.Month
	weekday  map[string]time.Weekday // full names
	wdAbbr   map[string]time.Weekday // mon, tue, ... (easily confused with words)
	ordinal  map[string]int
	cardinal map[string]int
	tens     map[string]int
	unit     map[string]string
}

var lex = loadLexicon(lexiconFile)

// tsvRows returns the rows of an embedded table of n tab-separated fields,
// leaving out blank lines and "#" comments. A row of another width is a
// broken data file: it panics when the package loads, so a test fails.
func tsvRows(data string, n int) [][]string {
	var rows [][]string
	sc := bufio.NewScanner(strings.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != n {
			panic(fmt.Sprintf("timex data line %d: %d fields, want %d: %q", line, len(f), n, text))
		}
		rows = append(rows, f)
	}
	return rows
}

func loadLexicon(data string) *lexicon {
	l := &lexicon{
		month: map[string]time.Month{}, weekday: map[string]time.Weekday{}, wdAbbr: map[string]time.Weekday{},
		ordinal: map[string]int{}, cardinal: map[string]int{}, tens: map[string]int{}, unit: map[string]string{},
	}
	for _, f := range tsvRows(data, 3) {
		kind, word, value := f[0], strings.ToLower(f[1]), f[2]
		n, _ := strconv.Atoi(value)
		switch kind {
		case "month":
			l.month[word] = time.Month(n)
		case "weekday":
			l.weekday[word] = time.Weekday(n)
		case "weekdayabbr":
			l.wdAbbr[word] = time.Weekday(n)
		case "ordinal":
			l.ordinal[word] = n
		case "cardinal":
			l.cardinal[word] = n
		case "tens":
			l.tens[word] = n
		case "unit":
			l.unit[word] = value
		}
	}
	return l
}

// token is a word, a number or one punctuation mark of the text given to
// Find. Numbers written with an ordinal suffix ("15th") are one token.
type token struct {
	text       string // lower case
	raw        string
	start, end int
	num        int // value of a number token, else -1
	digits     int // digits written, 0 for words
	ord        bool
	space      bool // whitespace (or start of text) before it
}

func (t token) isNum() bool { return t.digits > 0 }

// upper reports whether the token as written starts with a capital.
func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return unicode.IsUpper(r)
}

// tokenize cuts text into runs of letters, runs of digits and single other
// marks; digits followed at once by st/nd/rd/th become one ordinal token.
func tokenize(text string) []token {
	return appendTokens(make([]token, 0, len(text)/5+1), text)
}

// appendTokens is tokenize appending to toks.
func appendTokens(toks []token, text string) []token {
	lowered := nlp.LowerASCII(text) // one copy for the lower case of its ASCII words
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		j := i + size
		switch {
		case isDigit(r):
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
		case unicode.IsLetter(r):
			for j < len(text) {
				if b := text[j]; 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
					j++ // an ASCII letter, the most of any word: no rune to decode
					continue
				}
				c, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(c) {
					break
				}
				j += n
			}
		}
		t := token{text: lower(text[i:j], lowered[i:j]), raw: text[i:j], start: i, end: j, num: -1, space: space}
		if isDigit(r) {
			t.digits = j - i
			if t.digits <= 9 {
				t.num, _ = strconv.Atoi(text[i:j])
			}
			if j+2 <= len(text) {
				switch strings.ToLower(text[j : j+2]) {
				case "st", "nd", "rd", "th":
					if j+2 == len(text) || !unicode.IsLetter(rune(text[j+2])) {
						t.ord = true
						t.end = j + 2
						t.raw = text[i : j+2]
						t.text = strings.ToLower(t.raw)
						j += 2
					}
				}
			}
		}
		toks = append(toks, t)
		space = false
		i = j
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// lower is strings.ToLower(s) without an allocation for an ASCII word:
// lowered is s cut from nlp.LowerASCII of the whole text.
func lower(s, lowered string) string {
	if nlp.IsASCII(s) {
		return lowered
	}
	return strings.ToLower(s)
}
