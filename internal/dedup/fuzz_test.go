package dedup

import (
	"testing"
	"unicode/utf8"
)

// FuzzSign checks that signing never panics, gives the same signature twice,
// fills no more entity bins than it has entity pairs, survives a
// marshalling round trip, and that an index links a body to an
// identical earlier one whenever the body has words.
func FuzzSign(f *testing.F) {
	f.Add(story)
	f.Add(other)
	f.Add("")
	f.Add("U.S. and Japan's 2+2 talks, July 28.")
	f.Add("Yoshimasahayashi met Kishhida. “Quote,” he said!\r\nNext line")
	f.Add("\xff\xfe invalid utf-8 \xc3")
	f.Add("Blinken and Austin will visit Japan on March 15. Prime Minister Fumio Kishida met them.\nThey include: Assassin's Creed, Attack on Titan 2, Destiny 2, NBA 2K20, Rage 2, Grid 2019.")
	f.Fuzz(func(t *testing.T, body string) {
		a, b := Sign(body), Sign(body)
		if a != b {
			t.Fatalf("Sign is not deterministic for %q", body)
		}
		if a.Joins > a.Entities {
			t.Fatalf("%d joins of %d entity pairs", a.Joins, a.Entities)
		}
		filled := 0
		for _, v := range a.EntitySketch {
			if v != 0 {
				filled++
			}
		}
		if filled > int(a.Entities) || (a.Entities > 0) != (filled > 0) {
			t.Fatalf("%d filled bins for %d entity pairs", filled, a.Entities)
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
