package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines repeated inside an article (a caption shown twice, a summary
// bullet repeating a paragraph) are found by their words, ignoring case
// and punctuation: each line's words are hashed, and a line most of whose
// 3-word runs were already kept is a repeat.

// shingleIndex finds lines that repeat most of a kept line (a caption
// repeated with a credit, a summary bullet repeating a paragraph). It keeps
// hashes of 3-word shingles, not the strings.
type shingleIndex struct{ seen map[uint64]struct{} }

// newShingleIndex sizes the index for a text of words words.
func newShingleIndex(words int) *shingleIndex {
	return &shingleIndex{seen: make(map[uint64]struct{}, words)}
}

// readMoreLinks are the teaser links that end a summary paragraph.
var readMoreLinks = []string{"read more", "continue reading", "read the full story"}

// trimReadMore drops a "read more" link from the end of a line (lower is
// the line in lower case).
func trimReadMore(text, lower string) string {
	tail := strings.TrimRight(lower, " \t.")
	for _, link := range readMoreLinks {
		if strings.HasSuffix(tail, link) {
			cut := len(tail) - len(link)
			if cut > 0 && len(lower) == len(text) && (tail[cut-1] == ' ' || tail[cut-1] == '\t') {
				return strings.TrimRight(text[:cut], " \t")
			}
		}
	}
	return text
}

// wordHashes hashes the lowercase words (letters and digits) of s, so
// that lines compare by their words, not punctuation or case.
func wordHashes(out []uint64, s string) []uint64 {
	out = out[:0]
	h := uint64(fnvOffset)
	inWord := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		var letter bool
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '_':
			letter = true
		case 'A' <= r && r <= 'Z':
			letter, r = true, r+'a'-'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r)):
			letter, r = true, unicode.ToLower(r)
		}
		if letter {
			for ; r > 0; r >>= 8 { // the rune's bytes, low first
				h = (h ^ uint64(r&0xff)) * fnvPrime
			}
			inWord = true
			continue
		}
		if inWord {
			out = append(out, h)
			h, inWord = fnvOffset, false
		}
	}
	if inWord {
		out = append(out, h)
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// lineKey is one hash of a line's words in order.
func lineKey(wh []uint64) uint64 {
	k := uint64(fnvOffset)
	for _, h := range wh {
		k = (k ^ h) * fnvPrime
	}
	return k
}

// threeShingles combines each run of three word hashes into one.
func threeShingles(out, wh []uint64) []uint64 {
	out = out[:0]
	if len(wh) < 3 {
		return out
	}
	for i := 0; i+3 <= len(wh); i++ {
		out = append(out, ((wh[i]*fnvPrime)^wh[i+1])*fnvPrime^wh[i+2])
	}
	return out
}

func (x *shingleIndex) covered(sh []uint64) bool {
	if len(sh) < 4 {
		return false
	}
	n := 0
	for _, s := range sh {
		if _, ok := x.seen[s]; ok {
			n++
		}
	}
	return float64(n) >= nearDupShare*float64(len(sh))
}

func (x *shingleIndex) add(sh []uint64) {
	for _, s := range sh {
		x.seen[s] = struct{}{}
	}
}
