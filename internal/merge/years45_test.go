package merge

import (
	"testing"

	"storyline/internal/event"
)

// guessedMonth is a report dated to a month its text names without the
// year ("in September"), the year taken from a reference the page gives.
func guessedMonth(r Report, start, end string, ref event.Reference) Report {
	r.Event.Date = &event.Date{Start: start, End: end, Grain: event.GrainMonth, Basis: event.BasisRelative, Reference: ref}
	r.Published = ""
	return r
}

// TestYearReadAgainstAPagesOwnFullDateIsGuessed: a page with no date of its
// own is read against the latest full date it writes, a photo caption's
// ("Wednesday, Apr. 2, 2025") or a background sentence's. That date only
// bounds from below the day the page was written, so "on Sept. 22" or "in
// September" put before or after it has a guessed year, as a tenure's or a
// dateline's has: it is of the one year in which the reports with a year of
// their own tell an event on that day or in that month (stop 45). A year
// read against a publication date, a month another year could be as well,
// and a week are left alone.
func TestYearReadAgainstAPagesOwnFullDateIsGuessed(t *testing.T) {
	recognise := func(id, art string, date [4]string) Report {
		return withSides(rep(id, art, art, date, event.Occurred, "", "", "FRA", "PSE"), "SUPPORT", "FRA", "PSE")
	}
	plan := func(r Report) Report { r.Event.Status = event.Planned; return r }
	tests := []struct {
		name    string
		reports []Report
		want    [][]string
		day     string // the date of the event holding "g"
	}{
		// "Macron told the General Assembly on Sept. 22 that France
		// recognizes the state of Palestine", under a caption of April 2025.
		{"a day read against a caption's date, put a year early, joins the recognition of that day", []Report{
			guessedDay(recognise("g", "a", dayOf("2000-01-01")), "2024-09-22", event.RefCaption),
			recognise("1", "b", dayOf("2025-09-22")),
			recognise("2", "c", dayOf("2025-09-22")),
		}, [][]string{{"1", "2", "g"}}, "2025-09-22"},
		// "Sanchez on Monday unveiled an arms embargo", read against a
		// background "September 7, 2023" the page writes.
		{"a weekday read against the body's latest full date joins the event of that day two years on", []Report{
			guessedDay(withSides(rep("g", "a", "a", dayOf("2000-01-01"), event.Occurred, "", "", "ESP", "ISR"), "SANCTION", "ESP", "ISR"), "2023-09-08", event.RefText),
			withSides(rep("1", "b", "b", [4]string{"2025-09-08", "2025-09-08", "day", "relative"}, event.Occurred, "", "", "ESP", "ISR"), "SANCTION", "ESP", "ISR"),
		}, [][]string{{"1", "g"}}, "2025-09-08"},
		// "France will recognise a Palestinian state in September, Macron
		// announced Thursday", read against a 2024 date in the body.
		{"a month plan read against a background date joins the event of that month a year on", []Report{
			plan(guessedMonth(recognise("g", "a", dayOf("2000-01-01")), "2024-09-01", "2024-09-30", event.RefText)),
			recognise("1", "b", dayOf("2025-09-22")),
			recognise("2", "c", dayOf("2025-09-22")),
		}, [][]string{{"1", "2", "g"}}, "2025-09-22"},
		{"leave alone: the day is read against the page's publication date", []Report{
			guessedDay(recognise("g", "a", dayOf("2000-01-01")), "2024-09-22", event.RefPublished),
			recognise("1", "b", dayOf("2025-09-22")),
		}, nil, "2024-09-22"},
		{"leave alone: a month two other years hold an event in", []Report{
			plan(guessedMonth(recognise("g", "a", dayOf("2000-01-01")), "2024-09-01", "2024-09-30", event.RefCaption)),
			recognise("1", "b", dayOf("2023-09-21")),
			recognise("2", "c", dayOf("2025-09-22")),
		}, nil, "2024-09-01"},
		{"leave alone: a week read against a caption", []Report{
			captioned(recognise("g", "a", [4]string{"2024-09-16", "2024-09-22", "week", "relative"})),
			recognise("1", "b", dayOf("2025-09-18")),
		}, nil, "2024-09-16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][]Report{tc.reports, reversedReports(tc.reports)} {
				checkGuessedDay(t, order, tc.want, tc.day)
			}
		})
	}
}

// captioned marks a report's date as read against the page's caption.
func captioned(r Report) Report {
	r.Event.Date.Reference = event.RefCaption
	return r
}
