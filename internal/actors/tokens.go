package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"storyline/internal/nlp"
)

// token is a word or a punctuation mark of a body, with the folded key the
// catalog's forms are matched on.
type token struct {
	start, end int
	// key is the text in lower case, without periods ("U.S." → "us") and
	// without diacritics ("Élysée" → "elysee"), curly apostrophes made
	// straight: the spelling variants news uses match one form.
	key       string
	word      bool // letters or digits; false for punctuation and "'s"
	cap       bool // starts with an upper-case letter
	allCaps   bool // two letters or more, all upper case
	lineStart bool // first token of a line: headlines, datelines, paragraphs
	sentStart bool // first token of a sentence, as far as punctuation tells
}

// Abbreviations whose trailing period belongs to the word, so "Gen." is one
// token and the period does not end a sentence.
var abbreviations = map[string]bool{
	"gen": true, "lt": true, "col": true, "maj": true, "adm": true, "capt": true,
	"sgt": true, "cmdr": true, "sen": true, "rep": true, "gov": true, "pres": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true,
	"vs": true, "jr": true, "sr": true, "prof": true, "rev": true, "hon": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits a body into tokens. It never fails: bytes that are not
// UTF-8 are punctuation of their own.
func tokenize(body string) []token {
	return appendTokens(make([]token, 0, len(body)/5), body)
}

// appendTokens is tokenize appending to toks.
func appendTokens(toks []token, body string) []token {
	lowered := nlp.LowerASCII(body) // one copy for the keys of most words
	lineStart, sentStart := true, true
	i := 0
	for i < len(body) {
		r, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			lineStart, sentStart = true, true
			i += size
			continue
		case unicode.IsSpace(r):
			i += size
			continue
		case isWordRune(r):
			end := wordEnd(body, i)
			t := token{start: i, end: end, word: true, lineStart: lineStart, sentStart: sentStart}
			t.key, t.cap, t.allCaps = foldToken(body[i:end], lowered[i:end])
			toks = append(toks, t)
			i = end
		case isApostrophe(r) && i+size < len(body) && (body[i+size] == 's' || body[i+size] == 'S') &&
			(i+size+1 == len(body) || !isWordRuneAt(body, i+size+1)):
			toks = append(toks, token{start: i, end: i + size + 1, key: "'s", lineStart: lineStart})
			i += size + 1
		default:
			key := string(r)
			switch {
			case isApostrophe(r):
				key = "'"
			case r == '–' || r == '—' || r == '―':
				key = "—"
			case r == utf8.RuneError:
				key = "\uFFFD"
			}
			toks = append(toks, token{start: i, end: i + size, key: key, lineStart: lineStart, sentStart: sentStart})
			i += size
			lineStart = false
			// Quotes and brackets after a full stop still open a sentence.
			sentStart = r == '.' || r == '!' || r == '?' || (sentStart && strings.ContainsRune("\"“‘'([", r))
			continue
		}
		lineStart, sentStart = false, false
	}
	return toks
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with periods inside abbreviations ("U.S.", "D.C.", "Gen.") and apostrophes
// inside names ("O'Brien", "d'Ivoire"), but not a possessive "'s".
func wordEnd(s string, i int) int {
	j := i
	dotted := false
	for j < len(s) {
		if c := s[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			j++ // an ASCII letter or digit, the most of any word: no rune to decode
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case isWordRune(r):
			j += size
		case r == '.':
			if j+1 < len(s) && isWordRuneAt(s, j+1) && !unicode.IsDigit(rune(s[j+1])) && j+2 <= len(s) && isInitialRun(s[i:j]) {
				dotted = true
				j++
				continue
			}
			w := strings.ToLower(s[i:j])
			if dotted || (utf8.RuneCountInString(s[i:j]) == 1 && unicode.IsUpper(firstRune(s[i:j]))) || abbreviations[w] {
				j++
			}
			return j
		case isApostrophe(r) && j+size < len(s) && isWordRuneAt(s, j+size):
			if (s[j+size] == 's' || s[j+size] == 'S') && (j+size+1 == len(s) || !isWordRuneAt(s, j+size+1)) {
				return j // possessive: a token of its own
			}
			j += size
		default:
			return j
		}
	}
	return j
}

// isInitialRun reports whether w is made of single letters joined by
// periods so far ("U", "U.S"), the shape of a dotted abbreviation.
func isInitialRun(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			n = 0
			continue
		}
		n++
		if n > 2 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// foldToken is foldWord for a word of a body that tokenize reads; lowered
// is the word cut from nlp.LowerASCII of the body. The key of an ASCII
// word without periods is that slice, so a capitalised word, of which a
// body has many, costs no copy of its own.
func foldToken(w, lowered string) (key string, capital, allCaps bool) {
	if nlp.IsASCII(w) && strings.IndexByte(w, '.') < 0 {
		capital, allCaps = caseOf(w)
		return lowered, capital, allCaps
	}
	return foldWord(w)
}

// caseOf reports whether a word starts with an upper-case letter and
// whether it has two letters or more, all upper case.
func caseOf(w string) (capital, allCaps bool) {
	letters, uppers := 0, 0
	for k, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if k == 0 {
					capital = true
				}
			}
		}
	}
	return capital, letters >= 2 && uppers == letters
}

// foldWord gives the key of a word and its capitalisation.
func foldWord(w string) (key string, capital, allCaps bool) {
	capital, allCaps = caseOf(w)
	if nlp.IsASCII(w) {
		if !strings.ContainsAny(w, ".ABCDEFGHIJKLMNOPQRSTUVWXYZ'") {
			return w, capital, allCaps
		}
		b := make([]byte, 0, len(w))
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c == '.':
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return string(b), capital, allCaps
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r == '.' || unicode.Is(unicode.Mn, r):
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String(), capital, allCaps
}

// foldPhrase gives the keys of a phrase joined by spaces, the way the index
// stores office names.
func foldPhrase(s string) string {
	toks := tokenize(s)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.key
	}
	return strings.Join(keys, " ")
}
