package actors

import (
	"testing"
	"time"
)

// A capital after "called on" is the government asked; after "on" with no
// verb of calling it stays a place. Sentences written for this test.
func TestCalledOnCapital(t *testing.T) {
	ref := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	for body, metonym := range map[string]bool{
		"Seoul called on Pyongyang to return to talks.":          true,
		"Tokyo calls upon Beijing to free the businessman.":      true,
		"The festival focused on Pyongyang and its old streets.": false,
		"The minister called at Pyongyang on his way home.":      false,
	} {
		got := false
		for _, m := range Default().Mentions(body, ref) {
			if m.Text == "Pyongyang" || m.Text == "Beijing" {
				got = m.Metonym
			}
		}
		if got != metonym {
			t.Errorf("%q: metonym %v, want %v", body, got, metonym)
		}
	}
}
