package coder

import (
	"strings"
	"testing"
	"time"
)

// The country anaphors are found in a lower-cased copy of the body and
// their offsets read back in the body: the copy must keep every byte where
// it is. Lower-cased whole, "İstanbul" grows a byte and a stray byte of
// broken UTF-8 grows two, and the mention of "the country" after them was
// cut from the wrong bytes or past the body's end (a panic). Found by the
// stop-49 review's random inputs.
func TestCountryAnaphorOffsetsAfterNonASCII(t *testing.T) {
	cat := defaultCatalog()
	for _, body := range []string{
		"Iran expelled the ambassador of Turkey in İstanbul, accusing the country of spying.",
		"Azerbaijan's İlham Aliyev met Turkey's president in İzmir and thanked the country for its support.",
		"Iran expelled the ambassador of Turkey, accusing \xff\xff\xff\xff the country",
		"left alone: Iran expelled the ambassador of Turkey, accusing the country of spying.",
	} {
		body = strings.TrimPrefix(body, "left alone: ")
		n := 0
		for _, m := range withCountryAnaphors(body, cat, resolveMentions(cat.Mentions(body, time.Time{}))) {
			if m.Start < 0 || m.End > len(body) || m.Start > m.End || body[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention %q at [%d:%d] is not the body's bytes there", body, m.Text, m.Start, m.End)
				continue
			}
			if m.Text == "the country" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d mentions of \"the country\", want 1", body, n)
		}
	}
}
