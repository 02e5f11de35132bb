package coder

import (
	"testing"

	"storyline/internal/article"
)

// Only articles and statements report events: a section page's
// headlines, a forum thread or a product page give none, though the same
// text in an article, or on a page of no known kind, does.
func TestOnlyArticlesAreCoded(t *testing.T) {
	text := "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday."
	for _, tt := range []struct {
		kind   string
		events bool
	}{
		{"", true}, {article.KindArticle, true},
		{article.KindListing, false}, {article.KindForum, false}, {article.KindProduct, false}, {article.KindOther, true},
	} {
		a := art(text, "2023-03-20")
		a.Kind = tt.kind
		if got := len(Code(a, Options{})) > 0; got != tt.events {
			t.Errorf("kind %q: events %v, want %v", tt.kind, got, tt.events)
		}
	}
}
