package article

import (
	"strings"
	"testing"

	"storyline/internal/capture"
)

// The crawl line some captures start with carries the date and, after two
// spaces, the site; with one space the page's own first line runs on.
func TestCrawlLine(t *testing.T) {
	body := "\n\nThe two leaders met for talks in the capital on Tuesday, their first meeting in a year, and agreed to meet again in the spring, officials said.\n\nThe ministers also discussed trade and energy links between the two countries over a working lunch, the foreign ministry said in a statement."
	tests := []struct {
		name, first   string
		wantPub       string
		wantPublisher string // "" = none
		wantInBody    string
	}{
		{"site after two spaces", " date 2024-07-22  Harbour Times", "2024-07-22", "Harbour Times", "met for talks"},
		{"lead after one space", " date 2025-05-13 Foreign ministers of the two countries met in Lisbon on Monday to prepare the summit, their offices said.", "2025-05-13", "", "met in Lisbon on Monday"},
		{"a long lead after two spaces", " date 2019-08-21  President Rivera has cancelled his trip to the north after a dispute over the border, his office said.", "2019-08-21", "", "cancelled his trip"},
		{"date alone", " date 2018-12-11 ", "2018-12-11", "", "met for talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(tt.first + body)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published == nil || *a.Published != tt.wantPub {
				t.Errorf("published %v, want %s", a.Published, tt.wantPub)
			}
			got := ""
			if a.Publisher != nil {
				got = *a.Publisher
			}
			if got != tt.wantPublisher {
				t.Errorf("publisher %q, want %q", got, tt.wantPublisher)
			}
			if !strings.Contains(a.Body, tt.wantInBody) {
				t.Errorf("body lacks %q:\n%s", tt.wantInBody, a.Body)
			}
		})
	}
}
