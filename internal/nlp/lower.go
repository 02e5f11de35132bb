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
	k := 0
	for k < len(s) && !('A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	// Runs between capitals are copied whole, not byte by byte.
	last := 0
	for i := k; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(s[last:])
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
