package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into word, number and punctuation tokens with byte
// offsets into text. Words keep inner hyphens ("so-called", "F-16"),
// apostrophes that are part of a name ("O'Brien") and the period of a known
// abbreviation or initial ("Gen.", "U.S.", "F."); numbers keep decimal points,
// thousands separators and clock colons ("3.5", "1,000", "10:30"). Clitics
// are tokens of their own: "Japan's" is "Japan" + "'s", "don't" is "do" +
// "n't", so a name is found whatever follows it.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || isInvisible(r):
			i += size
			continue
		case len(toks) > 0 && toks[len(toks)-1].End == i:
			if n := cliticLen(text, i); n > 0 {
				toks = append(toks, Token{Text: text[i : i+n], Start: i, End: i + n})
				i += n
				continue
			}
		}
		var end int
		if isWordRune(r) {
			end = scanWord(text, i)
		} else {
			end = scanPunct(text, i)
		}
		toks = append(toks, Token{Text: text[i:end], Start: i, End: end})
		i = end
	}
	return toks
}

// isWordRune reports whether r can be part of a word or number.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// runeAt decodes the rune at byte offset i, or returns utf8.RuneError, 0
// past the end.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte offset i.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// cliticLen gives the length of a clitic ('s, 're, 'll, 've, 'd, 'm, n't, or
// a lone possessive apostrophe after a plural in s) starting at i, else 0.
func cliticLen(text string, i int) int {
	r, size := runeAt(text, i)
	if r == 'n' || r == 'N' {
		a, asz := runeAt(text, i+size)
		if isApostrophe(a) {
			t, tsz := runeAt(text, i+size+asz)
			if (t == 't' || t == 'T') && !isWordRuneAt(text, i+size+asz+tsz) {
				return size + asz + tsz
			}
		}
		return 0
	}
	if !isApostrophe(r) || !unicode.IsLetter(runeBefore(text, i)) {
		return 0
	}
	j := i + size
	for j < len(text) {
		c, csz := runeAt(text, j)
		if !unicode.IsLetter(c) {
			break
		}
		j += csz
	}
	switch strings.ToLower(text[i+size : j]) {
	case "s", "re", "ll", "ve", "d", "m":
		if !isWordRuneAt(text, j) {
			return j - i
		}
	case "":
		// "the countries' leaders": a possessive apostrophe after a plural.
		if p := runeBefore(text, i); p == 's' || p == 'S' {
			return size
		}
	}
	return 0
}

func isWordRuneAt(text string, i int) bool {
	r, n := runeAt(text, i)
	return n > 0 && isWordRune(r)
}

// scanWord returns the end of the word or number starting at start.
func scanWord(text string, start int) int {
	if end := scanDotted(text, start); end > 0 {
		return end
	}
	j := start
	for {
		for j < len(text) {
			if c := text[j]; c != 'n' && c != 'N' && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				j++ // an ASCII letter or digit that opens no "n't": no rune to decode
				continue
			}
			r, n := runeAt(text, j)
			if !isWordRune(r) {
				break
			}
			// "don't": leave "n't" to be a token of its own.
			if (r == 'n' || r == 'N') && j > start && cliticLen(text, j) > 0 {
				return j
			}
			j += n
		}
		if j >= len(text) {
			return j
		}
		r, n := runeAt(text, j)
		prev := runeBefore(text, j)
		next, nn := runeAt(text, j+n)
		switch {
		case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += n // decimal point: 3.5
		case r == ',' && unicode.IsDigit(prev) && isThousands(text, j+n) && allDigitsOrSeps(text[start:j]):
			j += n // thousands separator: 1,000
		case r == ':' && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += n // clock: 10:30
		case isHyphen(r) && nn > 0 && isWordRune(next) && !(unicode.IsDigit(prev) && unicode.IsDigit(next)):
			j += n // so-called, F-16, 19-year-old; "27-30" stays three tokens
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) && cliticLen(text, j) == 0:
			j += n // O'Brien, d'Ivoire
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
			j += n // AT&T
		case r == '.' && !isWordRuneAt(text, j+n) && takesPeriod(text[start:j]):
			return j + n // Gen. F. Inc.
		default:
			return j
		}
	}
}

// isThousands reports whether text at i holds exactly three digits followed
// by a non-digit.
func isThousands(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for k := i; k < i+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return i+3 == len(text) || text[i+3] < '0' || text[i+3] > '9'
}

func allDigitsOrSeps(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' {
			return false
		}
	}
	return true
}

// takesPeriod reports whether a period right after word belongs to it: a
// known abbreviation or a capital initial.
func takesPeriod(word string) bool {
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	c := abbreviations[strings.ToLower(word)]
	if c == abbrevNone {
		return false
	}
	// "No." and "Art." before a number are capitalised; "no." is the word no.
	if c == abbrevNumber && word == strings.ToLower(word) && len(word) > 2 && word != "approx" && word != "est" {
		return false
	}
	if c == abbrevNumber && (word == "no" || word == "nos") {
		return false
	}
	return true
}

// scanDotted matches a dotted acronym at start — one or two letters and a
// period, at least twice: "U.S.", "D.C.", "J.R.R.", "a.m.", "Ph.D." — and
// returns its end, or 0.
func scanDotted(text string, start int) int {
	j, segments := start, 0
	for {
		k, letters := j, 0
		for letters < 3 {
			r, n := runeAt(text, k)
			if n == 0 || !unicode.IsLetter(r) {
				break
			}
			k += n
			letters++
		}
		if letters == 0 || letters > 2 {
			break
		}
		if r, _ := runeAt(text, k); r != '.' {
			break
		}
		j = k + 1
		segments++
	}
	if segments < 2 || isWordRuneAt(text, j) {
		return 0
	}
	return j
}

// scanPunct returns the end of the punctuation token at start: a run of the
// same mark ("...", "--", "!!") or of ? and ! ("?!"), else one rune.
func scanPunct(text string, start int) int {
	r, n := runeAt(text, start)
	j := start + n
	for j < len(text) {
		c, cn := runeAt(text, j)
		same := c == r && (r == '.' || r == '-' || r == '!' || r == '?' || r == '*' || r == '=' || r == '_' || r == '—' || r == '–')
		mixed := (r == '?' || r == '!') && (c == '?' || c == '!')
		if !same && !mixed {
			break
		}
		j += cn
	}
	return j
}

// isInvisible reports whether r is an invisible mark pages scatter between
// words (zero-width space, byte-order mark, word joiner, direction marks):
// space to the splitter, never a token.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u2060', '\u200e', '\u200f':
		return true
	}
	return false
}
