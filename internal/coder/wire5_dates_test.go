package coder

import (
	"testing"
	"time"

	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Fifth pass (stop 23), dates: how news writes the day of an act on pages
// that show no publication date. The sentences are written for this test;
// each rule has two that it must date right and one it must leave alone.
func TestWireFormsFifthPassDates(t *testing.T) {
	tests := []ruleCase{
		{rule: "'on Tuesday (June 6)': the bracketed day beside a weekday, year from the offices named",
			body:    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday (June 6) to discuss energy prices.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2023-06-06"}}, anyOf: true},
		{rule: "'on Monday (April 26)': a phone call dated by its bracketed day",
			body:    "British Prime Minister Boris Johnson spoke by phone with Indian Prime Minister Narendra Modi on Monday (April 26) about vaccine supplies.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"GBR", "IND"}, status: event.Occurred, start: "2021-04-26"}}, anyOf: true},

		{rule: "a wire dateline 'Berlin, April 8 (dpa) –' dates an undated page in the one year its office holders served together",
			body:    "Berlin, April 8 (dpa) – German Chancellor Olaf Scholz hosted British Prime Minister Boris Johnson for talks on Ukraine.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"DEU", "GBR"}, status: event.Occurred, start: "2022-04-08"}}, anyOf: true},
		{rule: "a dateline 'Nov. 5 (UPI) —' over several years: the year in which it fell on the weekday the lead gives",
			body:    "Nov. 5 (UPI) — British Prime Minister Boris Johnson spoke by phone with French President Emmanuel Macron on Thursday about fishing rights.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"FRA", "GBR"}, status: event.Occurred, start: "2020-11-05"}}, anyOf: true},
	}
	runRuleCases(t, "", tests)
}

// A dateline whose day fell in several years of the offices named, with no
// weekday to choose among them, leaves the page undated.
func TestDatelineOverSeveralYearsLeavesUndated(t *testing.T) {
	body := "London, Nov. 5 (Reuters) — British Prime Minister Boris Johnson spoke by phone with French President Emmanuel Macron about fishing rights."
	evs := Code(art(body, ""), Options{KeepOneSided: true})
	if len(evs) == 0 {
		t.Fatalf("no event coded from %q", body)
	}
	for _, e := range evs {
		if e.Date != nil {
			t.Errorf("%s %v dated %s, want no date: the dateline's year is not known", e.Type, e.Countries(), e.Date.Start)
		}
	}
}

// Words in brackets after a weekday that are not a day leave the page
// undated; a day in brackets is read like one after a comma.
func TestWeekdayDatesBracketed(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"signed on Tuesday (June 12) in Singapore", 1},
		{"met on Friday, March 8, in Rome", 1},
		{"met on Monday (local time) in New York", 0},
		{"spoke on Sunday (two days after the vote)", 0},
	}
	for _, tt := range tests {
		if got := weekdayDates(tt.text); len(got) != tt.want {
			t.Errorf("weekdayDates(%q) = %d days, want %d", tt.text, len(got), tt.want)
		}
	}
}

// Undated pages whose bracketed words give no day get no date from them.
func TestBracketedNonDateLeavesUndated(t *testing.T) {
	body := "British Prime Minister Boris Johnson spoke by phone with Indian Prime Minister Narendra Modi on Monday (local time) about vaccine supplies."
	for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
		if e.Date != nil {
			t.Errorf("%s %v dated %s, want no date on a page that gives no day", e.Type, e.Countries(), e.Date.Start)
		}
	}
}

// FuzzDatelineReference: any opening text gives no panic, and a day found
// lies within the tenures of the office holders named (so never after now).
func FuzzDatelineReference(f *testing.F) {
	f.Add("Amman, July 28 (Petra) – Thai Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet on Monday.")
	f.Add("Oct. 12 (UPI) — British Prime Minister Boris Johnson spoke with French President Emmanuel Macron Friday.")
	f.Add("Tianjin [China], September 1 (ANI): talks")
	f.Add("Feb. 31 (AP) — nothing")
	cat := defaultCatalog()
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		sents := nlp.Split(text)
		ms := resolveMentions(cat.Mentions(text, time.Time{}))
		if d, ok := datelineReference(sents, ms, cat, now); ok && d.After(now) {
			t.Errorf("datelineReference(%q) = %v, after now", text, d)
		}
	})
}
