package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/capture"
)

// Short English briefs full of names keep their events (issue 18), and an
// article whose language could not be told is coded, not dropped.
func TestShortBriefsAreCoded(t *testing.T) {
	for _, brief := range []string{
		"President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
		"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday.",
	} {
		a, err := article.Extract(capture.Capture{Source: "brief.txt", ContentType: "text/plain", Body: []byte(brief)})
		if err != nil {
			t.Fatalf("extract %q: %v", brief, err)
		}
		if a.Language != "en" {
			t.Errorf("language of %q = %q (%.2f), want en", brief, a.Language, a.LanguageConfidence)
		}
		a.Published = new("2023-05-10")
		if evs := Code(a, Options{}); len(evs) == 0 {
			t.Errorf("no events from %q", brief)
		}
		a.Language = article.Undetermined
		if evs := Code(a, Options{}); len(evs) == 0 {
			t.Errorf("no events from %q with language %q", brief, a.Language)
		}
	}
}
