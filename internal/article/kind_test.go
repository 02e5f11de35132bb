package article

import (
	"strings"
	"testing"
)

func TestPageKind(t *testing.T) {
	prose := strings.Repeat("The minister said the talks would resume next week in the capital after a pause of two years. ", 6)
	headlines := strings.Repeat("Talks resume after two-year pause\n\n", 12)
	tests := []struct {
		name  string
		signs kindSigns
		body  string
		want  string
	}{
		{"declared article", kindSigns{article: true}, "Short text.", KindArticle},
		{"article with a comment thread", kindSigns{article: true, posts: 12}, prose, KindArticle},
		{"declared forum", kindSigns{forum: true}, prose, KindForum},
		{"posts marked up as comments", kindSigns{posts: 5}, prose, KindForum},
		{"product", kindSigns{product: true}, prose, KindProduct},
		{"collection page", kindSigns{listing: true}, headlines, KindListing},
		{"headline links and no prose", kindSigns{headlineLinks: 12}, headlines, KindListing},
		{"running prose", kindSigns{}, prose, KindArticle},
		{"a site's front page of prose, undated", kindSigns{website: true}, prose, KindOther},
		{"neither", kindSigns{}, "Pricing\n\nStarter $9\n\nTeam $29", KindOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageKind(tt.signs, tt.body, false); got != tt.want {
				t.Errorf("pageKind = %s, want %s", got, tt.want)
			}
		})
	}
}
