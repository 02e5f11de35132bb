package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighteenth pass (stop 36): a page that prints no publication date the
// extractor reads is read against the date it prints as its own around
// the article (article/edgedate18.go): a weekday's date above the
// headline, a headline run into its stamp, a foot line that says where the
// story was published. Its weekdays and "this morning" then have a day.
// The pages are written for this test; none comes from a corpus page.
func TestWire18EdgeDate(t *testing.T) {
	const body = "The Dutch government expelled two Russian diplomats on Thursday over a cyberattack on the chemical weapons watchdog, the foreign ministry said.\n\nThe diplomats were given a week to leave the country, officials added.\n"
	checkPageCases(t, []pageCase{
		{"a weekday's date above the headline",
			"Saturday, October 6, 2018\n\nDutch expel Russian diplomats\n\n" + body,
			expect{typ: "SANCTION", countries: []string{"NLD", "RUS"}, status: event.Occurred, start: "2018-10-04"}},
		{"a foot line that says where it was published",
			"Dutch expel Russian diplomats\n\n" + body + "\nPublished in The Daily Courier, October 6th 2018.\n",
			expect{typ: "SANCTION", countries: []string{"NLD", "RUS"}, status: event.Occurred, start: "2018-10-04"}},
		{"a headline run into its stamp",
			"Netherlands expels two Russian diplomats over hacking on October 5, 2018 at 6:10 pm\n\nDutch expel Russian diplomats\n\nThe Dutch government expelled two Russian diplomats this morning over a cyberattack on the chemical weapons watchdog, the foreign ministry said.\n\nThe diplomats were given a week to leave the country, officials added.\n",
			expect{typ: "SANCTION", countries: []string{"NLD", "RUS"}, status: event.Occurred, start: "2018-10-05"}},
	})
	t.Run("left alone: a body that writes a full date is read against it", func(t *testing.T) {
		text := "Saturday, October 6, 2018\n\nDutch expel Russian diplomats\n\nThe Dutch government expelled two Russian diplomats on Thursday over a cyberattack on the chemical weapons watchdog, the foreign ministry said on October 1, 2018.\n\nThe diplomats were given a week to leave the country, officials added.\n"
		a := textPage(t, text)
		if a.PageDate != nil {
			t.Errorf("page date %s, want none", *a.PageDate)
		}
		checkWanted(t, Code(a, Options{KeepOneSided: true}), []expect{{typ: "SANCTION", countries: []string{"NLD", "RUS"}, status: event.Occurred, start: "2018-09-27"}})
	})
}
