// Package nlp splits the body of a news article into sentences and tokens.
//
// It takes plain text (an article body as extract gives it) and gives
// sentences and word, number and punctuation tokens, each with byte offsets
// into that text, so later stages can point back at the evidence. The rules
// come from how English news is written: abbreviations such as "U.S.",
// "Gen." and "Jan." inside a sentence, initials, decimals, quotations that
// close a sentence, and headlines or bullets that end at a line break
// without a full stop.
package nlp

import (
	"bufio"
	_ "embed"
	"strings"
)

// Token is one word, number or punctuation mark. Start and End are byte
// offsets into the text given to Split or Tokenize: text[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int
}

// Sentence is one sentence with its tokens. Start and End are byte offsets
// into the body given to Split: body[Start:End] == Text.
type Sentence struct {
	Text       string
	Start, End int
	Tokens     []Token
}

// abbrevClass tells how a period after an abbreviation behaves at a
// possible sentence end.
type abbrevClass uint8

const (
	abbrevNone   abbrevClass = iota
	abbrevTitle              // before a name: never ends a sentence
	abbrevNumber             // before a number: ends only before a sentence starter
	abbrevOther              // may end a sentence before a sentence starter
)

var (
	//go:embed data/abbreviations.txt
	abbreviationsFile string
	//go:embed data/starters.txt
	startersFile string

	abbreviations = loadAbbreviations(abbreviationsFile)
	starters      = loadWords(startersFile)
)

// loadAbbreviations reads "word<TAB>class" lines, keyed by lower-case word.
func loadAbbreviations(data string) map[string]abbrevClass {
	classes := map[string]abbrevClass{"title": abbrevTitle, "number": abbrevNumber, "other": abbrevOther}
	m := make(map[string]abbrevClass)
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, class, _ := strings.Cut(line, "\t")
		if c, ok := classes[strings.TrimSpace(class)]; ok {
			m[strings.ToLower(word)] = c
		}
	}
	return m
}

// loadWords reads one word a line, skipping comments.
func loadWords(data string) map[string]bool {
	m := make(map[string]bool)
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[line] = true
	}
	return m
}
