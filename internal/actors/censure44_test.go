package actors

import (
	"testing"
	"time"
)

// A capital after "called out", "singled out", "lashed out at" or "hit out
// at" is the government rebuked; after "out" or "at" with no verb of
// censure it stays a place. Sentences written for this test.
func TestCensuredCapital(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for body, metonym := range map[string]bool{
		"The Dutch foreign ministry called out Moscow for spreading disinformation.": true,
		"Japan singled out Beijing over its coercion of fishermen.":                  true,
		"Beijing lashed out at Tokyo over the remarks.":                              true,
		"The Polish premier hit out at Moscow for the sabotage.":                     true,
		"The delegation set out at Moscow airport before dawn.":                      false,
		"The team flew out of Moscow on Friday.":                                     false,
	} {
		got := false
		for _, m := range Default().Mentions(body, ref) {
			if m.Text == "Moscow" || m.Text == "Tokyo" || m.Text == "Beijing" {
				got = m.Metonym
			}
		}
		if got != metonym {
			t.Errorf("%q: metonym %v, want %v", body, got, metonym)
		}
	}
}
