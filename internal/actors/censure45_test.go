package actors

import (
	"testing"
	"time"
)

// A capital after "pointed the finger at" is the government blamed; a
// capital after a finger that points at a map, or after "at" alone, stays
// a place. Sentences written for this test.
func TestFingeredCapital(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for body, metonym := range map[string]bool{
		"The Ethiopian minister pointed the finger at Cairo for the unrest.": true,
		"Warsaw again points the finger at Moscow over the rail sabotage.":   true,
		"Kinshasa is pointing fingers at Kigali for the rebel advance.":      true,
		"The guide pointed at Cairo on the map and smiled.":                  false,
		"The minister arrived at Cairo airport with his finger bandaged.":    false,
	} {
		got := false
		for _, m := range Default().Mentions(body, ref) {
			if m.Text == "Cairo" || m.Text == "Moscow" || m.Text == "Kigali" {
				got = m.Metonym
			}
		}
		if got != metonym {
			t.Errorf("%q: metonym %v, want %v", body, got, metonym)
		}
	}
}
