package actors

import (
	"testing"
	"unicode/utf8"
)

// FuzzMentions checks what every caller relies on: offsets inside the
// body, the text at the offsets, order without overlaps, refs that point
// back at a full mention, and no panic on any input.
func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"U.S. Secretary of State Robert Hale met his Japanese counterpart Hiroshi Tanabe in Tokyo.",
		"Daniel Kowalski, the Polish deputy foreign minister, said. The minister left. Kowalski smiled.",
		"TOKYO (Reuters) - Tokyo and Washington announced; Pyongyang warned. Japan's foreign minister,",
		"in Liverpool, England, at the G7; Mr. Tanabe — the secretary. U.S.-Japan. Côte d’Ivoire's",
		"Secretary of State\nRobert Hale, the\n, the U.S. ambassador to",
		"\xff\xfeJapan\x00's",
		"Michael Jordan said. Jordan left. Chad Smith and the Jordan Times; Jordan's foreign ministry",
		"The UN chief, the NATO Secretary-General and the President of the European Commission met",
		"Russian aggression, Italian and Spanish exporters, Turkish-made drones; the Dutch said",
		"Ankara on Tuesday warned; the Ankara government; Ankara-based; noon Ankara time. Ankara",
	} {
		f.Add(s)
	}
	c := testCatalog(f)
	ref := day("2030-06-01")
	f.Fuzz(func(t *testing.T, body string) {
		ms := c.Mentions(body, ref)
		end := 0
		for i, m := range ms {
			if m.Start < end || m.End < m.Start || m.End > len(body) {
				t.Fatalf("mention %d %q at %d:%d overlaps or leaves the body (len %d, previous end %d)", i, m.Text, m.Start, m.End, len(body), end)
			}
			if body[m.Start:m.End] != m.Text {
				t.Fatalf("mention %d: body[%d:%d] = %q, Text %q", i, m.Start, m.End, body[m.Start:m.End], m.Text)
			}
			if m.Text == "" {
				t.Fatalf("mention %d is empty", i)
			}
			if m.Ref < -1 || m.Ref >= i || (m.Ref >= 0 && ms[m.Ref].Ref != -1) {
				t.Fatalf("mention %d %q: Ref %d does not point back at a full mention", i, m.Text, m.Ref)
			}
			if utf8.ValidString(body) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %d cuts a character: %q", i, m.Text)
			}
			end = m.End
		}
	})
}
