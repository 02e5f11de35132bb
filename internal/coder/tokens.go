package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/internal/nlp"
)

// token is a word or punctuation mark of a sentence, with byte offsets into
// the sentence text.
type token struct {
	text       string
	lower      string
	start, end int
	punct      bool
	vocab      int32 // lexicon.vocab's number of lower plus one, once kindOf has read it; 0 before
}

// capital reports a word that begins with an ASCII capital: a name, a day,
// a word of a headline.
func (t token) capital() bool { return t.text != "" && t.text[0] >= 'A' && t.text[0] <= 'Z' }

// tokenize splits a sentence into words and punctuation. Words keep inner
// apostrophes, hyphens, periods of abbreviations ("U.S.") and plus signs
// ("2+2"); a possessive "'s" is its own token.
func tokenize(s string) []token {
	// About one token in five bytes of English: sized once, the slice of
	// 56-byte tokens is not copied over and over as it grows.
	return appendTokens(make([]token, 0, len(s)/5+4), s)
}

// appendTokens appends the tokens of s (tokenize) to out.
func appendTokens(out []token, s string) []token {
	first := len(out)            // the tokens before are another sentence's
	lowered := nlp.LowerASCII(s) // one copy for the lower case of its ASCII words
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{text: s[i : i+size], lower: s[i : i+size], start: i, end: i + size, punct: true})
			i += size
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++ // an ASCII letter or digit, the most of any word: no rune to decode
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			// Inner joiners stay inside a word when a word character follows.
			if strings.ContainsRune("-'’.+&", r) && j+size < len(s) {
				next, _ := utf8.DecodeRuneInString(s[j+size:])
				if isWordRune(next) {
					j += size
					continue
				}
			}
			// A thousands comma stays inside a number: "2,000".
			if r == ',' && j+4 <= len(s) && j > i && isDigit(s[j-1]) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
				(j+4 == len(s) || !isDigit(s[j+4])) {
				j += size
				continue
			}
			// "U.S." keeps its final period when the word is an abbreviation.
			if r == '.' && strings.Contains(s[i:j], ".") {
				j += size
			}
			break
		}
		word := s[i:j]
		lower := lowered[i:j]
		ascii := nlp.IsASCII(word)
		if !ascii {
			lower = strings.ToLower(word)
		}
		// Split a possessive 's so "Japan's" is "Japan" + "'s", and a
		// contracted will so "he'll" is "he" + "'ll", as the status rules
		// read it.
		last := lower[len(lower)-1] // a clitic ends in "s", "l" or "t": most words need no suffix test
		for _, suf := range []string{"'s", "’s", "'ll", "’ll"} {
			if (last == 's' || last == 'l') && strings.HasSuffix(lower, suf) && len(lower) > len(suf) {
				k := j - len(suf)
				out = append(out, token{text: s[i:k], lower: lower[:len(lower)-len(suf)], start: i, end: k})
				clitic := "'s"
				if strings.HasSuffix(suf, "ll") {
					clitic = "'ll"
				}
				out = append(out, token{text: s[k:j], lower: clitic, start: k, end: j})
				word = ""
				break
			}
		}
		if word != "" && last == 't' {
			word = splitNegation(&out, s, word, lower, i, j)
		}
		if n := len(out); word != "" && lower == "cent" && n-first >= 2 && out[n-1].lower == "per" && isNumber(out[n-2].lower) {
			// "25 per cent" is one word of measure, as "25 percent" is:
			// the words between a verb and its object count the same.
			out[n-1] = token{text: s[out[n-1].start:j], lower: "percent", start: out[n-1].start, end: j}
			word = ""
		}
		if word != "" {
			if !ascii {
				lower = strings.ReplaceAll(lower, "’", "'") // an ASCII word has no curly apostrophe to look for
			}
			out = append(out, token{text: word, lower: lower, start: i, end: j})
		}
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// wordAhead reports a word of words among the n tokens from i on, before
// any punctuation: an object the phrase after a cue names ("boycott the
// conference", "stands by its statement", "warned its citizens").
func wordAhead(toks []token, i, n int, words map[string]bool) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if toks[k].punct {
			return false
		}
		if words[toks[k].lower] {
			return true
		}
	}
	return false
}

// wordBehind reports the word w among the n tokens before i, after any
// punctuation: what stands just before a cue ("the inquiry", "warned
// against signing").
func wordBehind(toks []token, i, n int, w string) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if toks[k].lower == w {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
