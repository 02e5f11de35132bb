package merge

import (
	"testing"

	"storyline/internal/event"
)

// guessedDay is a report dated to a day whose month and day its text
// writes, its year guessed from the page's office holders (ref
// event.RefTenure) or its dateline (event.RefDateline).
func guessedDay(r Report, day string, ref event.Reference) Report {
	r.Event.Date = &event.Date{Start: day, End: day, Grain: event.GrainDay, Basis: event.BasisRelative, Reference: ref}
	r.Published = ""
	return r
}

// withSides gives a report another type and its two parties as sides.
func withSides(r Report, typ, source, target string) Report {
	r.Event.Type = typ
	r.Event.Mode = ""
	r.Event.Actors = []event.Actor{{Name: source, Country: ptr(source), Role: event.RoleSource},
		{Name: target, Country: ptr(target), Role: event.RoleTarget}}
	return r
}

// TestGuessedYearIsTheEventsYear: a report whose text gives a day without
// its year, placed by the coder in a year nobody else tells, is of the one
// year in which reports with a year of their own tell an event on that
// month and day (stop 32). A guessed year another report confirms, a
// year read from the text, two candidate years, and a year outside the
// office holder's tenure are left alone.
func TestGuessedYearIsTheEventsYear(t *testing.T) {
	recognise := func(id, art string, date [4]string) Report {
		return withSides(rep(id, art, art, date, event.Occurred, "", "", "USA", "VEN"), "SUPPORT", "USA", "VEN")
	}
	tests := []struct {
		name    string
		reports []Report
		want    [][]string // the events holding more than one report
		day     string     // the date of the event holding the guessed report "g"
	}{
		{"a dateline's 23 January put in the wrong year joins the recognition of that day", []Report{
			guessedDay(recognise("g", "a", dayOf("2000-01-01")), "2018-01-23", event.RefDateline),
			recognise("1", "b", dayOf("2019-01-23")),
			recognise("2", "c", dayOf("2019-01-23")),
		}, [][]string{{"1", "2", "g"}}, "2019-01-23"},
		{"a day of a page dated by its office holders joins a report published that day", []Report{
			guessedDay(rep("g", "a", "a", dayOf("2000-01-01"), event.Occurred, "", "", "IRQ", "IRN"), "2015-09-07", event.RefTenure),
			pubDated("p", "b", "2018-09-07", event.Occurred, "", "", "IRQ", "IRN"),
		}, [][]string{{"g", "p"}}, "2018-09-07"},
		{"leave alone: a report with a year of its own tells the guessed year", []Report{
			guessedDay(rep("g", "a", "a", dayOf("2000-01-01"), event.Occurred, "", "", "KOR", "PRK"), "2019-04-27", event.RefTenure),
			rep("1", "b", "b", dayOf("2019-04-27"), event.Occurred, "", "", "KOR", "PRK"),
			rep("2", "c", "c", dayOf("2018-04-27"), event.Occurred, "", "", "KOR", "PRK"),
			rep("3", "d", "d", dayOf("2018-04-27"), event.Occurred, "", "", "KOR", "PRK"),
		}, [][]string{{"2", "3"}, {"1", "g"}}, "2019-04-27"},
		{"leave alone: two other years hold an event on that day", []Report{
			guessedDay(rep("g", "a", "a", dayOf("2000-01-01"), event.Occurred, "", "", "KOR", "PRK"), "2018-06-12", event.RefTenure),
			rep("1", "b", "b", dayOf("2017-06-12"), event.Occurred, "", "", "KOR", "PRK"),
			rep("2", "c", "c", dayOf("2019-06-12"), event.Occurred, "", "", "KOR", "PRK"),
		}, nil, "2018-06-12"},
		{"leave alone: the year is written", []Report{
			rep("g", "a", "a", [4]string{"2018-01-23", "2018-01-23", "day", "relative"}, event.Occurred, "", "", "USA", "VEN"),
			rep("1", "b", "b", dayOf("2019-01-23"), event.Occurred, "", "", "USA", "VEN"),
		}, nil, "2018-01-23"},
		{"leave alone: another place", []Report{
			guessedDay(rep("g", "a", "a", dayOf("2000-01-01"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"), "2018-03-11", event.RefTenure),
			rep("1", "b", "b", dayOf("2019-03-11"), event.Occurred, "Vienna", "AUT", "ARM", "AZE"),
		}, nil, "2018-03-11"},
		{"leave alone: the other year is before the president it names took office", []Report{
			withHolder(guessedDay(recognise("g", "a", dayOf("2000-01-01")), "2018-01-23", event.RefDateline), "Donald Trump", "President", "USA"),
			recognise("1", "b", dayOf("2016-01-23")),
		}, nil, "2018-01-23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkGuessedDay(t, tc.reports, tc.want, tc.day)
		})
	}
}

// checkGuessedDay merges reports and checks the events holding more than
// one report and the date of the event holding the guessed report "g".
func checkGuessedDay(t *testing.T, reports []Report, want [][]string, wantDay string) {
	t.Helper()
	var got [][]string
	day := ""
	for _, m := range Merge(reports, testOptions()) {
		if len(m.Reports) > 1 {
			got = append(got, m.Reports)
		}
		for _, id := range m.Reports {
			if id == "g" && m.Event.Date != nil {
				day = m.Event.Date.Start
			}
		}
	}
	if groups := fmtGroups(got); groups != fmtGroups(want) {
		t.Fatalf("got %s, want %s", groups, fmtGroups(want))
	}
	if day != wantDay {
		t.Errorf("the event holding the guessed report is dated %q, want %q", day, wantDay)
	}
}

// TestActToldDoneIsOfTheLatestEvent: an act told done that only its
// article's publication dates, which could be several events of the week
// before, is of the latest of them (stop 32); a tie, a plan, an act of
// unknown status and a report its text dates to a week are left alone.
func TestActToldDoneIsOfTheLatestEvent(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		want    [][]string
	}{
		{"protesters stormed the consulate: the day of publication, not two days before", []Report{
			pubDated("o", "a", "2018-09-07", event.Occurred, "", "", "IRQ", "IRN"),
			rep("1", "b", "b", dayOf("2018-09-05"), event.Occurred, "Basra", "IRQ", "IRQ", "IRN"),
			rep("2", "c", "c", dayOf("2018-09-07"), event.Occurred, "Basra", "IRQ", "IRQ", "IRN"),
		}, [][]string{{"2", "o"}}},
		{"leave alone: two events end the same day, at two places", []Report{
			pubDated("o", "a", "2025-03-12", event.Occurred, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-11"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-11"), event.Occurred, "Vienna", "AUT", "ARM", "AZE"),
		}, nil},
		{"leave alone: a status the report does not give", []Report{
			pubDated("o", "a", "2025-03-12", event.Unknown, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-11"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-06"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
		}, nil},
		{"leave alone: the text dates it to a week", []Report{
			rep("o", "a", "a", [4]string{"2025-03-03", "2025-03-09", "week", "relative"}, event.Occurred, "", "", "ARM", "AZE"),
			rep("1", "b", "b", dayOf("2025-03-04"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
			rep("2", "c", "c", dayOf("2025-03-08"), event.Occurred, "Geneva", "CHE", "ARM", "AZE"),
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, m := range Merge(tc.reports, testOptions()) {
				if len(m.Reports) > 1 {
					got = append(got, m.Reports)
				}
			}
			if groups := fmtGroups(got); groups != fmtGroups(tc.want) {
				t.Fatalf("got %s, want %s", groups, fmtGroups(tc.want))
			}
		})
	}
}
