package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: on a page with no date of its own, a day read from the
// reference ("on July 19 this year", "in November last year") has nothing
// to be read against: the act is left undated, not put in the year 0 or
// 1. The sentences are written for this test.
func TestNoYearZero(t *testing.T) {
	n := 0
	for _, body := range []string{
		"Malaysia and Singapore signed a memorandum of understanding on the rail link on July 19 this year, the ministers said.",
		"China has long been a key ally of Islamabad, and the Pakistani prime minister secured promises of $2 billion of investment when he went to Beijing in November last year.",
	} {
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			n++
			if e.Date != nil && e.Date.Start < "1000" {
				t.Errorf("%q: %s %v dated %s", body, e.Type, e.Countries(), e.Date.Start)
			}
		}
	}
	if n < 2 {
		t.Errorf("%d events from the two sentences, want at least 2: the test does not test the rule", n)
	}
	runRuleCases(t, "2016-12-13", []ruleCase{
		{rule: "left alone: a dated page reads 'this year' against its day", anyOf: true,
			body: "Malaysia and Singapore signed a memorandum of understanding on the rail link on July 19 this year, the ministers said.",
			want: []expect{{typ: "AGREE", countries: []string{"MYS", "SGP"}, status: event.Occurred, start: "2016-07-19", basis: event.BasisRelative}}},
	})
}
