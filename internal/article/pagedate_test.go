package article

import (
	"strings"
	"testing"

	"storyline/internal/capture"
)

// TestPageDate checks that a text capture with no date of its own takes its
// reference date from a photo caption, and that a page with a date line
// keeps it as the publication date and sets no page date.
func TestPageDate(t *testing.T) {
	prose := strings.Repeat("The two governments discussed regional security and trade at length during the session. ", 3)
	cases := []struct {
		name, text      string
		published, page string
	}{
		{
			name: "caption only",
			text: "World News\nLeaders meet in Geneva\n" +
				"Delegates arrive for talks in Geneva, Switzerland, March 3, 2023. Jane Doe/Pool via AFP\n" +
				prose + "\n" + prose + "\n",
			page: "2023-03-03",
		},
		{
			name: "file photo with a weekday of the story",
			text: "World News\nLeaders meet in Geneva\n" +
				"FILE: In this photo taken on March 3, 2022, a delegate speaks. The group said Friday, Nov. 10 it was aware of the talks. (AP Photo)\n" +
				prose + "\n" + prose + "\n",
			page: "2023-11-10",
		},
		{
			name: "a weekday that does not fit the year or the next is left",
			text: "World News\nLeaders meet in Geneva\n" +
				"FILE: In this photo taken on March 3, 2022, a delegate speaks. The group said Monday, Nov. 10 it was aware. (AP Photo)\n" +
				prose + "\n" + prose + "\n",
			page: "2022-03-03",
		},
		{
			name:      "date line",
			text:      "Leaders meet in Geneva\nMarch 4, 2023 10:15 GMT\n" + prose + "\n" + prose + "\n",
			published: "2023-03-04",
		},
		{
			name: "no date",
			text: "Leaders meet in Geneva\n" + prose + "\n" + prose + "\n",
		},
		{
			name: "a caption whose credit stands on the next line",
			text: "Leaders meet in Geneva\n" +
				"Delegates arrive for talks in Geneva, Switzerland, March 3, 2023.\nJane Doe | Reuters\n" +
				prose + "\n" + prose + "\n",
			page: "2023-03-03",
		},
		{
			name: "an embedded post's attribution after the last paragraph",
			text: "Leaders meet in Geneva\n" + prose + "\n" + prose + "\n" +
				"Talks open in Geneva today. pic.twitter.com/abc123\n— Foreign Ministry (@ForeignMin) March 3, 2023\n" +
				"The talks go on",
			page: "2023-03-03",
		},
		{
			name: "a dated line after the article that is no post's attribution is not read",
			text: "Leaders meet in Geneva\n" + prose + "\n" + prose + "\n" +
				"— Jane Doe, Geneva, March 3, 2023\n",
		},
	}
	for _, c := range cases {
		a, err := Extract(capture.Capture{Source: c.name, ContentType: "text/plain", Body: []byte(c.text)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := deref(a.Published); got != c.published {
			t.Errorf("%s: published %q, want %q", c.name, got, c.published)
		}
		if got := deref(a.PageDate); got != c.page {
			t.Errorf("%s: page date %q, want %q", c.name, got, c.page)
		}
		ref, ok := a.ReferenceDate()
		want := c.published + c.page
		if ok != (want != "") || ok && ref.Format("2006-01-02") != want {
			t.Errorf("%s: reference date %v %v, want %q", c.name, ref, ok, want)
		}
	}
}
