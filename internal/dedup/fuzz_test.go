package dedup

import (
	"testing"
	"unicode/utf8"
)

// FuzzSign checks that signing never panics, gives the same signature twice,
// survives a marshalling round trip, and that an index links a body to an
// identical earlier one whenever the body has words.
func FuzzSign(f *testing.F) {
	f.Add(story)
	f.Add(other)
	f.Add("")
	f.Add("U.S. and Japan's 2+2 talks, July 28.")
	f.Add("Yoshimasahayashi met Kishhida. “Quote,” he said!\r\nNext line")
	f.Add("\xff\xfe invalid utf-8 \xc3")
	f.Fuzz(func(t *testing.T, body string) {
		a, b := Sign(body), Sign(body)
		if a != b {
			t.Fatalf("Sign is not deterministic for %q", body)
		}
		raw, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Signature
		if err := back.UnmarshalBinary(raw); err != nil || back != a {
			t.Fatalf("round trip failed: %v", err)
		}
		ix := NewIndex(Options{})
		ix.Add("first", body)
		of, ok := ix.Add("second", body)
		if a.Empty() {
			if ok {
				t.Fatalf("empty body %q linked to %q", body, of)
			}
			return
		}
		if !ok || of != "first" {
			t.Fatalf("identical body not linked: %q (valid utf-8 %v)", body, utf8.ValidString(body))
		}
	})
}
