package article

import (
	"testing"

	"storyline/internal/capture"
)

// Eighteenth pass (stop 36): a page that prints no publication date the
// extractor reads takes the date it prints as its own on the lines around
// the article (edgedate18.go) as its page date. The pages are written for
// this test; none comes from a corpus page.
func TestEdgeDate(t *testing.T) {
	const (
		title = "Envoy summoned over minister's remarks"
		para1 = "The foreign ministry summoned the ambassador on Thursday evening to protest against remarks the visiting minister made about the border dispute, officials said.\n\n"
		para2 = "The ambassador was told the remarks were unacceptable and that the ministry expected an apology, a spokeswoman told reporters at a briefing in the capital.\n"
	)
	tests := []struct{ name, text, want string }{
		{"a weekday's date above the headline",
			"Saturday, March 7, 2015\n\n" + title + "\n\n" + para1 + para2, "2015-03-07"},
		{"a weekday's date under a byline",
			title + "\n\nBy Ann Writer\n\nSaturday 7 March, 2015\n\n" + para1 + para2, "2015-03-07"},
		{"a headline run into its stamp",
			"Envoy summoned over the minister's remarks on March 7, 2015 at 9:40 am\n\n" + title + "\n\n" + para1 + para2, "2015-03-07"},
		{"a foot line that says where it was published",
			title + "\n\n" + para1 + para2 + "\nPublished in The Daily Courier, March 7th 2015.\n", "2015-03-07"},
		{"left alone: a site's today banner above its name",
			"Saturday, March 7, 2015\n\nThe Daily Courier\n\n" + title + "\n\n" + para1 + para2, ""},
		{"left alone: a today banner over a page with no headline",
			"Saturday, March 7, 2015\n\n" + para1 + para2, ""},
		{"left alone: a dated sentence of a summary above the article",
			title + "\n\nTalks on the border were last held on March 2, 2015\n\n" + para1 + para2, ""},
		{"left alone: the body writes a full date of its own",
			"Saturday, March 7, 2015\n\n" + title + "\n\nThe foreign ministry summoned the ambassador on Thursday evening to protest against remarks the visiting minister made on February 26, 2015, officials said.\n\n" + para2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != nil {
				t.Fatalf("published %q from %q, want none", *a.Published, a.PublishedFrom)
			}
			if got := deref(a.PageDate); got != tc.want {
				t.Errorf("page date %q, want %q", got, tc.want)
			}
		})
	}
}
