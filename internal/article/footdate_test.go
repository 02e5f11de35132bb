package article

import (
	"testing"

	"storyline/internal/capture"
)

// TestBarBylineDate reads a byline whose parts stand between bars, and
// leaves alone a bar line that holds no date of its own.
func TestBarBylineDate(t *testing.T) {
	cases := []struct {
		line, want string
	}{
		{"By Ann Reporter | The Evening Ledger | Updated: 2019-03-14 08:10", "2019-03-14"},
		{"Staff writer | Published 4 May 2021", "2021-05-04"},
		{"Home | World | Politics", ""},
		{"Sections | Read the 2021 annual report here today", ""},
	}
	for _, c := range cases {
		if got, _, _ := dateLine(c.line); got != c.want {
			t.Errorf("dateLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

const footPage = `Ministers sign a new fisheries accord

The foreign ministers of the two countries signed a fisheries accord in the capital on Friday, ending a dispute over coastal waters that had lasted a decade and more.

The accord sets quotas for each fleet and opens a joint commission that will meet twice a year to review the catch and settle any new claims.

Officials from both sides said the agreement would be sent to their parliaments for ratification before the end of the season.
%s
`

// TestFootDate takes the date line right under the last paragraph as the
// page's date when the page prints none above it, and invents none when
// the page ends without one.
func TestFootDate(t *testing.T) {
	cases := []struct {
		foot string
		want string
	}{
		{"Fri, 14-Mar-2025", "2025-03-14"},
		{"March 14, 2025", "2025-03-14"},
		{"Share this story", ""},
	}
	for _, c := range cases {
		body := []byte(fmtFoot(c.foot))
		a, err := Extract(capture.Capture{Source: "foot.txt", Body: body, ContentType: "text/plain"})
		if err != nil {
			t.Fatalf("extract with foot %q: %v", c.foot, err)
		}
		got := deref(a.Published)
		if got != c.want {
			t.Errorf("foot %q: published %q, want %q", c.foot, got, c.want)
		}
	}
}

func fmtFoot(foot string) string {
	return footPage[:len(footPage)-len("%s\n")] + foot + "\n"
}
