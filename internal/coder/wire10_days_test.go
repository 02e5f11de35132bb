package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Tenth pass (stop 28), the event's day. The sentences and titles are
// written for these tests.

// A page that prints no date of its own may still write one in the line
// the extractor takes for its title: a wire service's line ("Kyodo News,
// March 3, 2021 Text size:"), a site's update line ("Updated: 2019-11-14
// 08:10:00 - Source: ..."). The title's full date counts as one of the
// page's own, as the body's do (textReference).
func TestWireFormsTenthPassTitleDate(t *testing.T) {
	tests := []struct {
		rule, title, body, published string
		want                         []expect
	}{
		{rule: "a wire service's line with the date is the reference of an undated page",
			title: "Kyodo News, March 3, 2021 Text size:",
			body:  "Japan and Australia signed a defence pact on Tuesday.",
			want:  []expect{{typ: "AGREE", countries: []string{"AUS", "JPN"}, status: event.Occurred, start: "2021-03-02"}}},
		{rule: "an update line taken for the title dates the weekday of the body",
			title: "Updated: 2019-11-14 08:10:00 - Source: Gulf Wire",
			body:  "Egypt and Sudan agreed on Wednesday to resume talks on the dam.",
			want:  []expect{{typ: "AGREE", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2019-11-13"}}},
		{rule: "left alone: a dated page keeps its own date whatever date its title writes",
			title:     "Ten years after the March 3, 2011 accord",
			body:      "Japan and Australia signed a defence pact on Tuesday.",
			published: "2024-06-12",
			want:      []expect{{typ: "AGREE", countries: []string{"AUS", "JPN"}, status: event.Occurred, start: "2024-06-11"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: tt.title, Body: tt.body, Language: "en"}
			if tt.published != "" {
				a.Published = &tt.published
			}
			checkWanted(t, Code(a, Options{KeepOneSided: true}), tt.want)
		})
	}
}

// A page that prints no date and writes no dated background still names
// its office holders: a day written without its year that falls once in
// the days they served together (as the tables know them) is that day
// (yearlessReference, onceInWindow; tenureHorizon).
func TestWireFormsTenthPassYearlessDayInTenure(t *testing.T) {
	dated := []struct{ rule, body string }{
		{"a prime minister and a president who served together from June 2025 met on August 23",
			"Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung met in Tokyo on August 23."},
		{"a prime minister and a chancellor who served together from May 2025 signed on August 25",
			"Canadian Prime Minister Mark Carney and German Chancellor Friedrich Merz signed an agreement on critical minerals on August 25."},
	}
	wants := [][]expect{
		{{typ: "CONSULT", countries: []string{"JPN", "KOR"}, status: event.Occurred, start: "2025-08-23"}},
		{{typ: "AGREE", countries: []string{"CAN", "DEU"}, status: event.Occurred, start: "2025-08-25"}},
	}
	for i, tt := range dated {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{KeepOneSided: true}), wants[i])
		})
	}
	undated := []struct{ rule, body string }{
		{"left alone: two prime ministers who served together in many years leave July 4 open",
			"Indian Prime Minister Narendra Modi met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on July 4."},
		{"left alone: a count of days ('in 50 days') names no month and no day of the calendar",
			"Canadian Prime Minister Mark Carney and German Chancellor Friedrich Merz agreed to meet again in 50 days."},
	}
	for _, tt := range undated {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			if len(evs) == 0 {
				t.Fatalf("no event coded")
			}
			for _, e := range evs {
				if e.Date != nil {
					t.Errorf("%s %v dated %s, want undated", e.Type, e.Countries(), e.Date.Start)
				}
			}
		})
	}
}
