package dedup

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one normalised word of a body: hashes only, so signing allocates
// nothing per word.
type word struct {
	hash  uint64 // FNV-1a of the lower-cased word
	stem  uint64 // hash of the stemmed lower-cased word; 0 for stop words
	flags uint8
}

const (
	flagCapital  uint8 = 1 << iota // written with a capital first letter
	flagDigit                      // holds a digit: a number, a date, a score
	flagSentence                   // first word of a sentence or line
	flagStop                       // a function word, no fact in itself
	flagList                       // on a line that does not end a sentence: a list item, a heading, a table row
)

//go:embed data/stopwords.txt
var stopwordsFile string

// stopwords holds the hashes of English function words. Content farms swap
// these freely and different stories share them, so the fact stage ignores
// them.
var stopwords = loadStopwords(stopwordsFile)

func loadStopwords(text string) map[uint64]struct{} {
	set := make(map[uint64]struct{})
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			set[fnv1a([]byte(strings.ToLower(w)))] = struct{}{}
		}
	}
	return set
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv1a(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// minProseWords is the length under which a line is taken for page furniture
// ("Register now", "Read more", a byline) when the body has enough prose
// without it: copies of one story are re-wrapped in different furniture.
const minProseWords = 8

// minBodyWords is how much prose a body needs before short lines are dropped;
// a short body keeps all its lines so it still has a signature.
const minBodyWords = 40

// reader splits a body into normalised words and the letter runs of the
// names in it. Its slices are reused from body to body.
type reader struct {
	words     []word
	names     []uint64 // hashes of character n-grams of capitalised runs in sentences
	listNames []uint64 // the same from lines that are not sentences
	buf       []byte   // the word being read
	name      []byte   // the capitalised run being read, letters only
	prose     []word
}

// read fills r.words and r.names from body. Words are runs of letters and
// digits, lower-cased; an apostrophe inside a word ends it and a lone
// possessive "s" is dropped. Short lines are left out when the rest of the
// body is long enough (see minProseWords).
func (r *reader) read(body string) {
	r.words, r.names, r.listNames, r.prose = r.words[:0], r.names[:0], r.listNames[:0], r.prose[:0]
	total := 0
	for line := range strings.Lines(body) {
		lineStart, namesStart := len(r.words), len(r.names)
		r.line(line)
		n := len(r.words) - lineStart
		total += n
		if !endsSentence(line) {
			for i := lineStart; i < len(r.words); i++ {
				r.words[i].flags |= flagList
			}
			r.listNames = append(r.listNames, r.names[namesStart:]...)
			r.names = r.names[:namesStart]
		}
		if n < minProseWords {
			continue
		}
		r.prose = append(r.prose, r.words[lineStart:]...)
	}
	if total > len(r.prose) && len(r.prose) >= minBodyWords {
		r.words = append(r.words[:0], r.prose...)
	}
}

// isUnspaced reports whether r belongs to a script written without spaces
// between words.
func isUnspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// endsSentence reports whether a line ends as prose does, with a full stop,
// question or exclamation mark, possibly inside a closing quote.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \t\r\n\"'”’)」』")
	for _, end := range []string{".", "!", "?", "。", "！", "？"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// line appends the words of one line.
func (r *reader) line(line string) {
	sentenceStart := true
	var flags uint8
	r.buf = r.buf[:0]
	r.name = r.name[:0]
	for i := 0; i < len(line); {
		c := line[i]
		var ch rune
		size := 1
		if c < utf8.RuneSelf {
			ch = rune(c)
		} else {
			ch, size = utf8.DecodeRuneInString(line[i:])
		}
		i += size
		switch {
		case 'a' <= ch && ch <= 'z':
			r.buf = append(r.buf, byte(ch))
		case 'A' <= ch && ch <= 'Z':
			if len(r.buf) == 0 {
				flags |= flagCapital
			}
			r.buf = append(r.buf, byte(ch+'a'-'A'))
		case '0' <= ch && ch <= '9':
			flags |= flagDigit
			r.buf = append(r.buf, byte(ch))
		case ch == '\'' || ch == '’':
			// "China's" gives "china"; the "s" after it is dropped.
			r.flush(flags, &sentenceStart)
			flags = flagApostrophe
		case ch == '.' || ch == '!' || ch == '?':
			// A dot between digits ("2.5") or letters ("U.S.") does not end a
			// sentence; one followed by a space, a quote or the line end does.
			if i < len(line) && line[i] != ' ' && line[i] != '\n' && line[i] != '\r' && line[i] != '"' && line[i] != '\'' {
				continue
			}
			r.flush(flags, &sentenceStart)
			flags = 0
			r.endName()
			sentenceStart = true
		case ch == '。' || ch == '！' || ch == '？':
			r.flush(flags, &sentenceStart)
			flags = 0
			r.endName()
			sentenceStart = true
		case ch >= utf8.RuneSelf && isUnspaced(ch):
			// Chinese and Japanese are written without spaces: each
			// character is a word, so shingles are character n-grams.
			r.flush(flags, &sentenceStart)
			r.buf = utf8.AppendRune(r.buf, ch)
			r.flush(0, &sentenceStart)
			flags = 0
			r.endName()
		case ch >= utf8.RuneSelf && (unicode.IsLetter(ch) || unicode.IsDigit(ch)):
			if unicode.IsUpper(ch) && len(r.buf) == 0 {
				flags |= flagCapital
			}
			if unicode.IsDigit(ch) {
				flags |= flagDigit
			}
			r.buf = utf8.AppendRune(r.buf, unicode.ToLower(ch))
		default:
			r.flush(flags, &sentenceStart)
			flags = 0
			if ch != ' ' && ch != '-' {
				// Punctuation other than a space or hyphen ends a name run.
				r.endName()
			}
		}
	}
	r.flush(flags, &sentenceStart)
	r.endName()
}

// flush ends the word in r.buf.
func (r *reader) flush(flags uint8, sentenceStart *bool) {
	if len(r.buf) == 0 {
		return
	}
	if len(r.buf) == 1 && r.buf[0] == 's' && flags&flagApostrophe != 0 {
		r.buf = r.buf[:0]
		return
	}
	w := word{hash: fnv1a(r.buf), flags: flags &^ flagApostrophe}
	if *sentenceStart {
		w.flags |= flagSentence
		*sentenceStart = false
	}
	if _, stop := stopwords[w.hash]; stop {
		w.flags |= flagStop
	}
	if w.flags&flagCapital != 0 && w.flags&(flagStop|flagDigit) == 0 {
		r.name = append(r.name, r.buf...)
	} else {
		r.endName()
	}
	if w.flags&flagStop == 0 {
		w.stem = fnv1a(stem(r.buf))
	}
	r.words = append(r.words, w)
	r.buf = r.buf[:0]
}

// nameGram is the length of the character n-grams taken from names: long
// enough to be specific, short enough that "Kishhida" still shares most of
// them with "Kishida" and "Yoshimasahayashi" with "Yoshimasa Hayashi".
const nameGram = 4

// endName ends the capitalised run in r.name and keeps its character
// n-grams. The run is read without spaces, so a rewriter joining the given
// and family names changes nothing.
func (r *reader) endName() {
	n := r.name
	for i := 0; i+nameGram <= len(n); i++ {
		r.names = append(r.names, fnv1a(n[i:i+nameGram]))
	}
	r.name = r.name[:0]
}

// flagApostrophe marks, while reading, a word that follows an apostrophe.
const flagApostrophe uint8 = 1 << 7

// stem strips the common English inflections from a lower-cased word, so
// "talks", "talked" and "talking" meet. It is deliberately light: it only has
// to map the forms a rewriter produces onto one key, not find linguistic
// roots.
func stem(w []byte) []byte {
	n := len(w)
	if n <= 3 {
		return w
	}
	switch {
	case hasSuffix(w, "ies") && n > 4:
		w[n-3] = 'y'
		w = w[:n-2]
	case hasSuffix(w, "sses"):
		w = w[:n-2]
	case hasSuffix(w, "ss"), hasSuffix(w, "us"), hasSuffix(w, "is"):
	case hasSuffix(w, "ing") && n > 5:
		return undouble(w[:n-3])
	case hasSuffix(w, "ed") && n > 4:
		return undouble(w[:n-2])
	case hasSuffix(w, "es") && n > 4 && (w[n-3] == 's' || w[n-3] == 'x' || w[n-3] == 'z' || w[n-3] == 'h'):
		w = w[:n-2]
	case hasSuffix(w, "s"):
		w = w[:n-1]
	case hasSuffix(w, "ly") && n > 5:
		w = w[:n-2]
	}
	// A final "e" goes, so "agree" meets "agreed" and "agreeing" (whose
	// "e" went with the suffix): the stage compares keys, not words.
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// undouble drops the last letter of "stopp" (from "stopped") so it meets
// "stop".
func undouble(w []byte) []byte {
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		w = w[:n-1]
	}
	return w
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}
