package nlp

import (
	"strings"
	"unicode/utf8"
)

// LowerASCII is s with the letters A to Z in lower case and every other
// byte kept, so it lines up with s byte for byte: the lower case of an
// ASCII word of s is the same slice of it. Tokenizers lower a text once
// with it rather than allocating a lower-case copy of each capitalised
// word.
func LowerASCII(s string) string {
	k := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' })
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	for i := k; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// IsASCII reports whether s is all ASCII, when strings.ToLower(s) is
// LowerASCII(s).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
