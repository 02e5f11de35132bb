package coder

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Twelfth pass (stop 30), the day a page lends to an act told without one
// (plandays12.go, captiondays12.go, deadlines12.go). The sentences are
// written for these tests.

// dayOf is the start day of the first event of the type, countries and
// status, "-" when it has no date, or "" when there is none.
func dayOf(evs []event.Event, typ string, countries []string, st event.Status) string {
	for _, e := range evs {
		if e.Type != typ || e.Status != st || !slices.Equal(e.Countries(), countries) {
			continue
		}
		if e.Date == nil {
			return "-"
		}
		return e.Date.Start
	}
	return ""
}

// A day written as a deadline ("until", "through", "till", "by") is not
// the day an undated page was written, nor lent to an act.
func TestWireFormsTwelfthPassDeadlineDay(t *testing.T) {
	tests := []struct {
		rule, body string
		typ        string
		countries  []string
		want       string
	}{
		{rule: "a waiver running through a later day leaves the page the day of the statement",
			body: "The United States imposed new sanctions on Iran's oil sector. " +
				"A waiver lets Iraq keep buying Iranian electricity through March 20, 2019, the State Department said in a statement issued on November 5, 2018.",
			typ: "SANCTION", countries: []string{"IRN", "USA"}, want: "2018-11-05"},
		{rule: "a license that runs till a later day is no day of the page",
			body: "Britain froze the assets of a Russian state bank. " +
				"British firms may wind down their dealings with the bank till June 30, 2022, the Treasury said on April 6, 2022.",
			typ: "SANCTION", countries: []string{"GBR", "RUS"}, want: "2022-04-06"},
		{rule: "left alone: the latest day the page writes for an act dates it",
			body: "The United States imposed new sanctions on Iran's oil sector. " +
				"The State Department announced the measures on November 5, 2018, and Iran condemned them on November 6, 2018.",
			typ: "SANCTION", countries: []string{"IRN", "USA"}, want: "2018-11-06"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: "Sanctions", Body: tt.body, Language: "en"}
			evs := Code(a, Options{KeepOneSided: true})
			if got := dayOf(evs, tt.typ, tt.countries, event.Occurred); got != tt.want {
				t.Errorf("%s %v: day %q, want %q in %s", tt.typ, tt.countries, got, tt.want, summary(evs))
			}
		})
	}
}
