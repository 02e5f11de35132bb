package actors

import (
	"testing"
	"time"
)

// A capital after "from" in a request is the government asked; after
// "from" with no word of asking it stays a place. Sentences written for
// this test.
func TestAskedFromCapital(t *testing.T) {
	ref := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	for body, metonym := range map[string]bool{
		"Ankara sought the extradition of the preacher from Washington.": true,
		"Nairobi requested military assistance from Kampala.":            true,
		"Talks began after requests from Kampala and Kigali.":            false,
		"The minister flew home from Kampala on Monday.":                 false,
		"A delegation from Kampala toured the port.":                     false,
	} {
		got := false
		for _, m := range Default().Mentions(body, ref) {
			if m.Text == "Washington" || m.Text == "Kampala" {
				got = m.Metonym
			}
		}
		if got != metonym {
			t.Errorf("%q: metonym %v, want %v", body, got, metonym)
		}
	}
}
