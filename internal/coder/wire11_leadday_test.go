package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// Eleventh pass (stop 29), the day the lead gives the story's news
// (leadday11.go). The sentences are written for these tests.

// An act told with no day of its own, a few sentences after a lead that
// dates the news by a weekday in the week before the page's date, is done
// on the lead's day, not on the page's.
func TestWireFormsEleventhPassLeadDay(t *testing.T) {
	tests := []struct {
		rule, body, published string
		want                  []expect
	}{
		{rule: "the lead's act dated Wednesday dates the agreement told two sentences later",
			published: "2024-03-15", // a Friday
			body: "Egypt and Sudan held talks in Cairo on Wednesday on the future of the Nile dam. " +
				"The talks lasted four hours. " +
				"Egypt and Sudan agreed to resume technical work on the dam.",
			want: []expect{{typ: "AGREE", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2024-03-13"}}},
		{rule: "a lead that dates no act still gives the latest weekday it writes for what was done",
			published: "2023-09-08", // a Friday
			body: "After landing in New Delhi on Wednesday, the visiting delegation on Thursday toured a solar park outside the capital. " +
				"The visit is the first in a decade. " +
				"India and Brazil signed four agreements on energy and farming.",
			want: []expect{{typ: "AGREE", countries: []string{"BRA", "IND"}, status: event.Occurred, start: "2023-09-07"}}},
		{rule: "left alone: a lead that tells a plan for Monday gives no day to an act done",
			published: "2024-03-15",
			body: "Egypt's foreign minister will travel to Khartoum on Monday for a new round of talks on the dam. " +
				"The trip was announced by the ministry. " +
				"Egypt and Sudan agreed to resume technical work on the dam.",
			want: []expect{{typ: "AGREE", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2024-03-15"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := article.Article{Source: "test.txt", Title: "Dam talks", Body: tt.body, Language: "en", Published: &tt.published}
			checkWanted(t, Code(a, Options{KeepOneSided: true}), tt.want)
		})
	}
}
