package article

import (
	"testing"
	"time"

	"storyline/internal/capture"
)

// An article says where its publication date was read, and the day it
// was captured when the input says it.
func TestPublishedFromAndCaptured(t *testing.T) {
	body := "Leaders meet in Brussels\n\nEuropean leaders met in Brussels on Tuesday to weigh new tariffs on steel imports, officials said, after weeks of talks between the member states.\n\nThe talks ran late into the night as the ministers argued over quotas and the timing of any new duties on imports from abroad.\n"
	tests := []struct {
		name, text, uri string
		fetched         time.Time
		wantPub, from   string
		wantCaptured    string
	}{
		{"crawl line", " date 2025-04-03  Example News\n" + body, "", time.Time{}, "2025-04-03", FromCrawl, ""},
		{"address", body, "https://news.example/world/2025/04/03/leaders-meet", time.Time{}, "2025-04-03", FromAddress, ""},
		{"nothing but the capture", body, "https://news.example/world/leaders-meet", time.Date(2025, 4, 4, 23, 10, 0, 0, time.UTC), "", "", "2025-04-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", URI: tc.uri, FetchedAt: tc.fetched, ContentType: "text/plain", Body: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			pub := deref(a.Published)
			captured := deref(a.Captured)
			if pub != tc.wantPub || a.PublishedFrom != tc.from || captured != tc.wantCaptured {
				t.Errorf("published %q from %q, captured %q; want %q from %q, captured %q", pub, a.PublishedFrom, captured, tc.wantPub, tc.from, tc.wantCaptured)
			}
		})
	}
}
