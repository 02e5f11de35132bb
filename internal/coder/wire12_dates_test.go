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

// A plan told with no day of its own takes the day the sentence before
// writes for the story's coming week.
func TestWireFormsTwelfthPassPlanDay(t *testing.T) {
	tests := []struct {
		rule, body, published string
		typ                   string
		countries             []string
		want                  string
	}{
		{rule: "the arrival's Saturday dates the signing told next",
			published: "2024-03-14", // a Thursday
			body: "Indian Prime Minister Narendra Modi will arrive in Paris on Saturday. " +
				"Modi and French President Emmanuel Macron will sign a defence agreement.",
			typ: "AGREE", countries: []string{"FRA", "IND"}, want: "2024-03-16"},
		{rule: "a plan given only a clock time takes the day the sentence before writes",
			published: "2024-03-14",
			body: "Kenyan President William Ruto will fly to Addis Ababa on Monday. " +
				"Ruto and Ethiopian Prime Minister Abiy Ahmed will sign a border security pact at 10 a.m.",
			typ: "AGREE", countries: []string{"ETH", "KEN"}, want: "2024-03-18"},
		{rule: "left alone: a month dates a further plan, not this one",
			published: "2024-03-14",
			body: "Indian Prime Minister Narendra Modi will travel to Paris in December. " +
				"Modi and French President Emmanuel Macron will sign a defence agreement.",
			typ: "AGREE", countries: []string{"FRA", "IND"}, want: "-"},
		{rule: "left alone: a day weeks away is another plan's",
			published: "2024-03-14",
			body: "Indian Prime Minister Narendra Modi will arrive in Paris on April 20. " +
				"Modi and French President Emmanuel Macron will sign a defence agreement.",
			typ: "AGREE", countries: []string{"FRA", "IND"}, want: "-"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: "Visit", Body: tt.body, Language: "en", Published: &tt.published}
			evs := Code(a, Options{KeepOneSided: true})
			if got := dayOf(evs, tt.typ, tt.countries, event.Planned); got != tt.want {
				t.Errorf("planned %s %v: day %q, want %q in %s", tt.typ, tt.countries, got, tt.want, summary(evs))
			}
		})
	}
}

// A photo caption that writes one full date and names every country of an
// act the text tells with no day dates that act.
func TestWireFormsTwelfthPassCaptionDay(t *testing.T) {
	tests := []struct {
		rule, body, caption, published string
		typ                            string
		countries                      []string
		want                           string
	}{
		{rule: "the caption of the handshake dates the talks the page dates the next day",
			published: "2023-04-15",
			body:      "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People in Beijing.",
			caption:   "Chinese President Xi Jinping shakes hands with Brazilian President Luiz Inacio Lula da Silva before their talks in Beijing, April 14, 2023.",
			typ:       "CONSULT", countries: []string{"BRA", "CHN"}, want: "2023-04-14"},
		{rule: "the caption of the signing dates the agreements",
			published: "2023-02-26",
			body:      "Germany and India signed agreements on green hydrogen and the movement of skilled workers.",
			caption:   "German Chancellor Olaf Scholz and Indian Prime Minister Narendra Modi attend a signing ceremony in New Delhi, Feb. 25, 2023.",
			typ:       "AGREE", countries: []string{"DEU", "IND"}, want: "2023-02-25"},
		{rule: "left alone: a caption of another pair dates nothing of this one",
			published: "2023-04-15",
			body:      "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People in Beijing.",
			caption:   "Chinese President Xi Jinping shakes hands with Russian President Vladimir Putin in Moscow, March 20, 2023.",
			typ:       "CONSULT", countries: []string{"BRA", "CHN"}, want: "2023-04-15"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: "Talks", Body: tt.body, Language: "en", Published: &tt.published, Captions: []string{tt.caption}}
			evs := Code(a, Options{KeepOneSided: true})
			if got := dayOf(evs, tt.typ, tt.countries, event.Occurred); got != tt.want {
				t.Errorf("%s %v: day %q, want %q in %s", tt.typ, tt.countries, got, tt.want, summary(evs))
			}
		})
	}
}
