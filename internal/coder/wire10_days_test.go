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
