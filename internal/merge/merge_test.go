package merge

import (
	"fmt"
	"slices"
	"testing"

	"storyline/internal/event"
)

func ptr[T any](v T) *T { return &v }

// rep builds a report: id, article, root, date (start, end, grain, basis),
// status, place and the parties.
func rep(id, art, root string, date [4]string, status event.Status, place string, placeCountry string, countries ...string) Report {
	e := event.Event{ID: id, Type: "CONSULT", Mode: "meet", Status: status,
		Date:     &event.Date{Start: date[0], End: date[1], Grain: event.Grain(date[2]), Basis: event.Basis(date[3])},
		Evidence: []event.Evidence{{Source: art, Text: "s " + id}}}
	if place != "" || placeCountry != "" {
		e.Location = &event.Location{Name: place, Country: ptr(placeCountry)}
	}
	for _, c := range countries {
		e.Actors = append(e.Actors, event.Actor{Name: c, Country: ptr(c), Role: event.RoleParticipant})
	}
	return Report{Event: e, ArticleID: art, Root: root, Published: date[0]}
}

func withText(r Report, text string) Report {
	r.Event.Evidence[0].Text = text
	return r
}

func dayOf(s string) [4]string { return [4]string{s, s, "day", "explicit"} }

func TestKey(t *testing.T) {
	a := rep("1", "a", "a", dayOf("2024-01-01"), event.Occurred, "", "", "USA", "JPN").Event
	b := rep("2", "b", "b", dayOf("2024-01-01"), event.Occurred, "", "", "JPN", "USA", "JPN").Event
	if Key(&a) != Key(&b) {
		t.Errorf("Key depends on party order or repetition: %q vs %q", Key(&a), Key(&b))
	}
	b.Mode = "phone"
	if Key(&a) != Key(&b) {
		// A call and a meeting are told apart within the group, where a
		// report that says neither ("they spoke") may join either.
		t.Errorf("a phone call and a meeting have keys %q and %q", Key(&a), Key(&b))
	}
	c := event.Event{Type: "CONSULT", Actors: []event.Actor{{Name: "United Nations"}, {Name: "NATO"}}}
	if got := Key(&c); got != "CONSULT|~nato,~united nations" {
		t.Errorf("Key without countries = %q", got)
	}
	d := event.Event{Type: "REQUEST", Actors: []event.Actor{{Name: "Donald Trump", Country: ptr("USA")}, {Name: "Congress", Country: ptr("USA")}}}
	if got := Key(&d); got != "REQUEST|USA,~congress,~donald trump" {
		t.Errorf("Key without countries = %q", got)
	}
}

func TestMergeGroup(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
		check   func(t *testing.T, ms []Merged)
	}{
		{
			name: "planned then occurred becomes one occurred event",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Planned, "Tokyo", "JPN", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-07-28"), event.Occurred, "Japan", "JPN", "JPN", "USA"),
			},
			events: 1,
			check: func(t *testing.T, ms []Merged) {
				e := ms[0].Event
				if e.Status != event.Occurred || e.Location.Name != "Tokyo" || e.Sources != 2 || len(e.Evidence) != 2 {
					t.Errorf("got status %s, place %s, sources %d, %d evidence", e.Status, e.Location.Name, e.Sources, len(e.Evidence))
				}
			},
		},
		{
			name: "a copy does not add a source",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
			},
			events: 1,
			check: func(t *testing.T, ms []Merged) {
				if ms[0].Event.Sources != 1 || len(ms[0].Event.Evidence) != 2 {
					t.Errorf("sources %d, evidence %d; want 1 and 2", ms[0].Event.Sources, len(ms[0].Event.Evidence))
				}
			},
		},
		{
			name: "same pair a month apart stays two events",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-08-28"), event.Occurred, "", "", "JPN", "USA"),
			},
			events: 2,
		},
		{
			name: "explicit dates a day apart are two events",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-07-29"), event.Occurred, "", "", "JPN", "USA"),
			},
			events: 2,
		},
		{
			name: "a relative date a day off is the same event",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "b", [4]string{"2024-07-29", "2024-07-29", "day", "relative"}, event.Occurred, "", "", "JPN", "USA"),
			},
			events: 1,
		},
		{
			name: "different cities the same day are two events",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "Tokyo", "JPN", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-07-28"), event.Occurred, "Washington", "USA", "JPN", "USA"),
				rep("3", "c", "c", dayOf("2024-07-28"), event.Occurred, "Japan", "JPN", "JPN", "USA"),
			},
			events: 2,
			check: func(t *testing.T, ms []Merged) {
				for _, m := range ms {
					if m.Event.Location.Name == "Tokyo" && len(m.Reports) != 2 {
						t.Errorf("the report placed in Japan should join Tokyo's event: %v", m.Reports)
					}
				}
			},
		},
		{
			name: "a month-grain report joins the only meeting that month",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "b", [4]string{"2024-07-01", "2024-07-31", "month", "relative"}, event.Planned, "", "", "JPN", "USA"),
			},
			events: 1,
			check: func(t *testing.T, ms []Merged) {
				if d := ms[0].Event.Date; d.Start != "2024-07-28" || d.Grain != event.GrainDay {
					t.Errorf("date %+v, want the day", d)
				}
			},
		},
		{
			name: "a month-grain report between two meetings stays apart",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-03"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("3", "c", "c", [4]string{"2024-07-01", "2024-07-31", "month", "relative"}, event.Occurred, "", "", "JPN", "USA"),
			},
			events: 3,
		},
		{
			name: "a cancellation without an occurrence",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Planned, "", "", "JPN", "USA"),
				rep("2", "b", "b", dayOf("2024-07-28"), event.Cancelled, "", "", "JPN", "USA"),
			},
			events: 1,
			check: func(t *testing.T, ms []Merged) {
				if ms[0].Event.Status != event.Cancelled {
					t.Errorf("status %s, want cancelled", ms[0].Event.Status)
				}
			},
		},
		{
			name: "what one article reports apart stays apart, copies join their original",
			reports: []Report{
				rep("1", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				rep("2", "a", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
				// An exact copy of a: same sentences.
				withText(rep("3", "a2", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"), "s 1"),
				withText(rep("4", "a2", "a", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"), "s 2"),
				// Another outlet.
				rep("5", "b", "b", dayOf("2024-07-28"), event.Occurred, "", "", "JPN", "USA"),
			},
			events: 2,
			check: func(t *testing.T, ms []Merged) {
				for _, m := range ms {
					arts := map[string]bool{}
					for _, ev := range m.Event.Evidence {
						if arts[ev.ArticleID] {
							t.Errorf("event %v holds two reports of article %s", m.Reports, ev.ArticleID)
						}
						arts[ev.ArticleID] = true
					}
				}
				if got := ms[0].Reports; !slices.Equal(got, []string{"1", "3", "5"}) {
					t.Errorf("first event holds %v, want the first report with its copy and the other outlet's", got)
				}
			},
		},
		{
			name:    "reports a day apart for weeks do not chain past a week",
			reports: relativeDays("2024-07-01", 20),
			events:  3, // 1-7, 8-14, 15-20 July
			check: func(t *testing.T, ms []Merged) {
				for _, m := range ms {
					if n := len(m.Reports); n > DefaultSpanDays {
						t.Errorf("event %s holds %d daily reports", m.Event.Date.Start, n)
					}
				}
			},
		},
		{
			name: "a stated range longer than a week holds the days within it",
			reports: append(relativeDays("2024-11-06", 12),
				rep("r", "r", "r", [4]string{"2024-11-06", "2024-11-18", "range", "explicit"}, event.Occurred, "", "", "JPN", "USA")),
			events: 1,
		},
		{
			name: "a visit over four days with a day of slack is one event",
			reports: append(relativeDays("2024-07-01", 4),
				rep("x", "x", "x", dayOf("2024-07-01"), event.Occurred, "", "", "JPN", "USA"),
				rep("y", "y", "y", [4]string{"2024-06-30", "2024-06-30", "day", "relative"}, event.Occurred, "", "", "JPN", "USA")),
			events: 1,
		},
		{
			name: "undated reports with nothing to join stay apart",
			reports: []Report{
				{Event: event.Event{ID: "1", Type: "CONSULT", Actors: []event.Actor{{Name: "JPN", Country: ptr("JPN")}}}, ArticleID: "a"},
				{Event: event.Event{ID: "2", Type: "CONSULT", Actors: []event.Actor{{Name: "JPN", Country: ptr("JPN")}}}, ArticleID: "b"},
				rep("3", "c", "c", dayOf("2024-07-03"), event.Occurred, "", "", "JPN"),
				rep("4", "d", "d", dayOf("2024-09-03"), event.Occurred, "", "", "JPN"),
			},
			events: 4,
		},
		{
			name: "undated reports of parties no dated report names are one story",
			reports: []Report{
				undated(rep("1", "a", "a", dayOf("2024-07-03"), event.Occurred, "", "", "GBR", "RUS"), ""),
				undated(rep("2", "b", "b", dayOf("2024-07-03"), event.Planned, "", "", "GBR", "RUS"), ""),
				undated(rep("3", "c", "c", dayOf("2024-07-03"), event.Occurred, "London", "GBR", "GBR", "RUS"), ""),
			},
			events: 1,
		},
		{
			name: "undated reports at different places stay apart",
			reports: []Report{
				undated(rep("1", "a", "a", dayOf("2024-07-03"), event.Occurred, "Moscow", "RUS", "GBR", "RUS"), ""),
				undated(rep("2", "b", "b", dayOf("2024-07-03"), event.Occurred, "London", "GBR", "GBR", "RUS"), ""),
			},
			events: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Merge(tt.reports, testOptions())
			if len(ms) != tt.events {
				t.Fatalf("got %d events, want %d: %+v", len(ms), tt.events, ms)
			}
			if tt.check != nil {
				tt.check(t, ms)
			}
		})
	}
}

// relativeDays is one report dated relatively on each of n days from start,
// each from its own article.
func relativeDays(start string, n int) []Report {
	d0, _ := day(start)
	var out []Report
	for i := range n {
		s := epoch.AddDate(0, 0, d0+i).Format("2006-01-02")
		id := fmt.Sprintf("d%02d", i)
		out = append(out, rep(id, id, id, [4]string{s, s, "day", "relative"}, event.Occurred, "", "", "JPN", "USA"))
	}
	return out
}

func BenchmarkMerge(b *testing.B) {
	// 100,000 reports over 400 country pairs and two years: about ten
	// reports per meeting.
	var reports []Report
	for i := range 100_000 {
		c1 := fmt.Sprintf("C%02d", i%20)
		c2 := fmt.Sprintf("D%02d", (i/20)%20)
		d := fmt.Sprintf("2024-%02d-%02d", 1+(i/400)%12, 1+(i/4800)%28)
		reports = append(reports, rep(fmt.Sprint(i), fmt.Sprint("a", i), fmt.Sprint("a", i), dayOf(d), event.Occurred, "", "", c1, c2))
	}
	opts := testOptions()
	b.ReportAllocs()
	for b.Loop() {
		Merge(reports, opts)
	}
	b.ReportMetric(float64(len(reports))*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkMergeLongRivalry is one pair of countries over twenty years:
// 20,000 reports in one group, a third of them dated only to the month,
// which must not be compared with every event of the group.
func BenchmarkMergeLongRivalry(b *testing.B) {
	var reports []Report
	for i := range 20_000 {
		y, m, d := 2005+i/1000, 1+(i/84)%12, 1+(i%28)
		date := dayOf(fmt.Sprintf("%d-%02d-%02d", y, m, d))
		if i%3 == 0 {
			date = [4]string{fmt.Sprintf("%d-%02d-01", y, m), fmt.Sprintf("%d-%02d-28", y, m), "month", "relative"}
		}
		reports = append(reports, rep(fmt.Sprint(i), fmt.Sprint("a", i), fmt.Sprint("a", i), date, event.Occurred, "", "", "JPN", "USA"))
	}
	opts := testOptions()
	for b.Loop() {
		Merge(reports, opts)
	}
	b.ReportMetric(float64(len(reports))*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// relDay is a day read relative to the publication, for rep.
func relDay(d string) [4]string { return [4]string{d, d, "day", "relative"} }

// withMode sets the event's mode of a report.
func withMode(r Report, mode string) Report { r.Event.Mode = mode; return r }
