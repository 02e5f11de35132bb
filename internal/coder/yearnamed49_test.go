package coder

import (
	"strings"
	"testing"
)

// A day whose year the text names from the page's own ("Jan. 12 last
// year", "July 19 of this year") is no day written without a year: since
// stop 49 timex gives it as read from the reference, in year 0 or 1 on a
// page with no date, but placed as a yearless day in the month the
// address files the page under, it takes a year the text rules out and
// puts the page's reference there (yearNamed, yearless7.go). The
// sentences are written for this test.
func TestYearNamedDayIsNoYearlessDay(t *testing.T) {
	uri := "https://example.com/news/2017/12/kenya-uganda.html"
	for _, c := range []struct{ rule, body, notBefore, notAfter string }{
		{"a day of last year", "Kenya on Tuesday accused Uganda of backing rebels. The two neighbours had signed a border pact on Jan. 12 last year.", "", "2017-12-31"},
		{"a day of this year", "Ethiopia on Monday accused Egypt of stalling talks on the dam. The two governments had agreed on a timetable on January 8 of this year.", "", "2017-12-31"},
		{"left alone: a day with no year", "Kenya on Tuesday accused Uganda of backing rebels. The two neighbours had signed a border pact on Dec. 12.", "2017-12-01", ""},
	} {
		a := art(c.body, "")
		a.URI = &uri
		dated := 0
		for _, e := range Code(a, Options{KeepOneSided: true}) {
			if e.Date == nil {
				continue
			}
			dated++
			if c.notAfter != "" && e.Date.Start > c.notAfter || strings.HasPrefix(e.Date.Start, "2017-01") || c.notBefore != "" && e.Date.Start < c.notBefore {
				t.Errorf("%s: %s %v dated %s", c.rule, e.Type, e.Countries(), e.Date.Start)
			}
		}
		if c.notBefore != "" && dated == 0 {
			t.Errorf("%s: no event dated: the test does not test the rule", c.rule)
		}
	}
}
