package timex

import (
	"testing"
	"time"
)

// A month's day with "this year" or "last year" is read from the
// reference day, not written whole: it is no explicit date (stop 49).
func TestDayOfNamedYearIsExplicitOnlyWithFigures(t *testing.T) {
	ref := time.Date(2016, 12, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text     string
		explicit bool
	}{
		{"on July 19 this year", false},
		{"on Jan. 12 last year", false},
		{"on March 3 of 1997", true},
	} {
		xs := Find(c.text, ref, TenseUnknown)
		if len(xs) != 1 || xs[0].Explicit != c.explicit {
			t.Errorf("%q: got %+v, want one expression, explicit %v", c.text, xs, c.explicit)
		}
	}
}
