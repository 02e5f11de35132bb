package article

import (
	"testing"

	"storyline/internal/capture"
)

// A date line with furniture at the head of a text page dates the page;
// a dated sentence does not. The lines are written for the test.
func TestHeadDateLine(t *testing.T) {
	const (
		title = "Ministers agree on new border crossings"
		para1 = "The foreign ministers of the two neighbours agreed on Tuesday to open three new border crossings before the harvest season, officials said after the talks.\n\n"
		para2 = "The crossings are meant to ease the trade in grain and fruit, which has waited for weeks at the only open post, the ministers told reporters at a joint news conference.\n"
	)
	page := func(head string) string {
		return "Home News World\n\n" + title + "\n\n" + head + "\n\n" + para1 + para2
	}
	tests := []struct{ name, head, want string }{
		{"label among furniture", "In World, Trade, Diplomacy   Last Updated: May 21, 2019", "2019-05-21"},
		{"label with a source", "Last Update: 2021-03-09 00:00:00- Source: Valley News", "2021-03-09"},
		{"published beats updated", "Updated: Jun 3, 2022 4:10 pm   Filed under World   Published: Jun 2, 2022 9:00 am", "2022-06-02"},
		{"outlet before the date", "Newswire, August 14, 2018 Adjust font size:", "2018-08-14"},
		{"byline run into the date", "By Ann WriterSep 2, 2024", "2024-09-02"},
		{"outlet run into a numeric date", "The Courier21-10-2023", "2023-10-21"},
		{"wire line after a banner", "Sunday, 8 May 2022 () Lisbon (AFP) May 7, 2022", "2022-05-07"},
		{"stamp with its age", "March 3, 2021 / 9:12 AM / an hour ago", "2021-03-03"},
		{"weekday's date under the headline", "Thursday, April 4, 2019", "2019-04-04"},
		{"a dated sentence", "Two ministers met at the border on April 9, 2019 to talk", ""},
		{"a sentence opening with a date", "On April 9, 2019, the ministers met at the border.", ""},
		{"a numeric date the line does not settle", "The Courier05-06-2020", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(page(tc.head))})
			if err != nil {
				t.Fatal(err)
			}
			pub := deref(a.Published)
			if pub != tc.want {
				t.Fatalf("published %q from %q, want %q", pub, a.PublishedFrom, tc.want)
			}
			if tc.want != "" && a.PublishedFrom != FromPage {
				t.Errorf("published from %q, want %q", a.PublishedFrom, FromPage)
			}
		})
	}
}

// A date in the article's text is never read as the page's date line,
// however short its sentence.
func TestHeadDateNotInBody(t *testing.T) {
	text := "Ministers agree on new border crossings\n\nThe foreign ministers of the two neighbours agreed to open three new border crossings before the harvest season, officials said after the talks.\n\nThey first met on April 9, 2019.\n\nThe crossings are meant to ease the trade in grain and fruit, which has waited for weeks at the only open post, the ministers told reporters.\n"
	a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != nil {
		t.Errorf("published %q from %q, want none", *a.Published, a.PublishedFrom)
	}
}

// A last update dates the page only when its address gives no day.
func TestHeadDateRevisedAfterAddress(t *testing.T) {
	text := "Ministers agree on new border crossings\n\nIn World, Trade   Last Updated: May 21, 2019\n\nThe foreign ministers of the two neighbours agreed on Tuesday to open three new border crossings before the harvest season, officials said after the talks.\n\nThe crossings are meant to ease the trade in grain and fruit, which has waited for weeks at the only open post, the ministers told reporters at a joint news conference.\n"
	a, err := Extract(capture.Capture{Source: "t.txt", URI: "https://news.example/2019/05/14/border-crossings", ContentType: "text/plain", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if pub := deref(a.Published); pub != "2019-05-14" || a.PublishedFrom != FromAddress {
		t.Errorf("published %q from %q, want 2019-05-14 from the address", pub, a.PublishedFrom)
	}
}
