package article

import (
	"testing"

	"storyline/internal/capture"
)

// Stop 50: a stamp of the page's last update is its date only when no
// other date line dates it (findPublished and updateStamp in text.go).
// The pages are written for this test.
func TestLastUpdateIsTheLastResort(t *testing.T) {
	const (
		title = "Two neighbours sign a treaty on their sea border"
		para1 = "The two governments signed a treaty on Tuesday that settles where their sea border runs, ending a dispute over fishing grounds that had lasted for years, officials said.\n\n"
		para2 = "The treaty was signed at a ceremony in the capital in the presence of the foreign ministers, who called it an example for other states with similar disputes.\n"
		foot  = "\n12 April 2019\n"
	)
	tests := []struct{ name, text, want string }{
		{"an update stamp above a date line",
			"Last Updated: Tuesday, 23 May 2023, 12:44 GMT\n\n" + title + "\n\n6 March 2018\n\n" + para1 + para2, "2018-03-06"},
		{"a modified stamp above a date line",
			"Modified 2 June 2022\n\n" + title + "\n\nMarch 6, 2018\n\n" + para1 + para2, "2018-03-06"},
		{"left alone: an update stamp and no other date",
			"Last Updated: Tuesday, 23 May 2023, 12:44 GMT\n\n" + title + "\n\n" + para1 + para2, "2023-05-23"},
		// The review of stop 50: a line that labels its date as published
		// and adds the update after it dates the page as before; only a
		// line whose date is the update's is the last resort.
		{"published, then updated, between bars",
			title + "\n\nPublished: 5 March 2018 | Updated: 9 March 2018\n\n" + para1 + para2 + foot, "2018-03-05"},
		{"posted, then modified",
			title + "\n\nPosted: March 5, 2018 | Modified: March 9, 2018\n\n" + para1 + para2 + foot, "2018-03-05"},
		{"left alone: a byline, then the update's date",
			title + "\n\nPosted by A. Writer | Updated: 9 March 2018\n\n" + para1 + para2 + foot, "2019-04-12"},
		{"left alone: the update's stamp alone",
			title + "\n\nLast Updated: 9 March 2018\n\n" + para1 + para2 + foot, "2019-04-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			if got := deref(a.Published); got != tc.want {
				t.Errorf("published %q (from %q), want %q", got, a.PublishedFrom, tc.want)
			}
		})
	}
}
