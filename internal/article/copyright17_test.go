package article

import (
	"strings"
	"testing"

	"storyline/internal/capture"
)

// TestImageCopyrightCaption checks the seventeenth pass's credit form: a
// caption that ends with "Image copyright AGENCY", as some broadcasters'
// pages print it, is a caption, so a page with no date of its own is
// dated by it; a sentence of the story that speaks of copyright is not.
// The texts are written for this test.
func TestImageCopyrightCaption(t *testing.T) {
	prose := strings.Repeat("The two governments discussed regional security and trade at length during the session. ", 3)
	cases := []struct {
		name, text, page string
	}{
		{"a caption closed by its copyright",
			"Leaders meet in Geneva\nThe two foreign ministers shake hands before their talks in Geneva, Monday, March 6, 2023 Image copyright Reuters\n" +
				prose + "\n" + prose + "\n", "2023-03-06"},
		{"a photo copyright with no agency",
			"Leaders meet in Geneva\nDelegates arrive for the talks in Geneva on March 3, 2023 Photo copyright\n" +
				prose + "\n" + prose + "\n", "2023-03-03"},
		{"a sentence about copyright law is no caption",
			"Leaders meet in Geneva\nThe ministers agreed on March 3, 2023 to update their copyright law for images.\n" +
				prose + "\n" + prose + "\n", ""},
	}
	for _, c := range cases {
		a, err := Extract(capture.Capture{Source: c.name, ContentType: "text/plain", Body: []byte(c.text)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := deref(a.PageDate); got != c.page {
			t.Errorf("%s: page date %q, want %q", c.name, got, c.page)
		}
	}
}
