package actors

import (
	"testing"
	"time"
)

// A person of several offices named bare on a page with no reference date
// gets the tables' first office as a guess (Mention.Guessed); an office the
// text writes, or a reference date, is no guess.
func TestGuessedTitle(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		text    string
		ref     time.Time
		guessed bool
	}{
		{"Ibrahim Kalin said the talks would go on.", time.Time{}, true},
		{"Ibrahim Kalin said the talks would go on.", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), false},
		{"Presidential spokesman Ibrahim Kalin said the talks would go on.", time.Time{}, false},
		{"Ibrahim Kalin, the presidential spokesman, said the talks would go on.", time.Time{}, false},
		// One office held twice is no guess.
		{"Donald Trump said the talks would go on.", time.Time{}, false},
	} {
		var got *Mention
		for _, m := range c.Mentions(tc.text, tc.ref) {
			if m.Kind == Person {
				got = &m
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no person", tc.text)
			continue
		}
		if got.Guessed != tc.guessed {
			t.Errorf("%q (ref %v): title %q guessed %v, want %v", tc.text, tc.ref.Format(time.DateOnly), got.Title, got.Guessed, tc.guessed)
		}
	}
}
