package nlp

import (
	"strings"
	"testing"
)

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "abc", "U.S. Secretary", "Élysée Palace", "İstanbul", "KREMLIN’s", "\xffAB"} {
		got := LowerASCII(s)
		if len(got) != len(s) {
			t.Errorf("LowerASCII(%q) = %q, not the same length", s, got)
		}
		if IsASCII(s) && got != strings.ToLower(s) {
			t.Errorf("LowerASCII(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	}
}

// Every ASCII word cut from the lowered text is its strings.ToLower.
func FuzzLowerASCII(f *testing.F) {
	f.Add("Japan's Prime Minister, in TOKYO", 3, 9)
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		low := LowerASCII(s)
		if len(low) != len(s) {
			t.Fatalf("LowerASCII(%q) changes the length", s)
		}
		if i < 0 || j > len(s) || i > j {
			return
		}
		if w := s[i:j]; IsASCII(w) && low[i:j] != strings.ToLower(w) {
			t.Fatalf("LowerASCII(%q)[%d:%d] = %q, want %q", s, i, j, low[i:j], strings.ToLower(w))
		}
	})
}
