package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestThreadText(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"question and answers",
			`<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Backup?</h1><div itemprop="text"><p>How do I back up my system?</p></div>
			<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>Use rsync.</p></div><span>answered by Ann</span></div>
			<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>Use a disk image.</p></div></div></div>`,
			"How do I back up my system?\n\nUse rsync.\n\nUse a disk image."},
		{"comments with their text in the post",
			`<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">A</span><div class="post" itemprop="text"><p>First post.</p></div></div>
			<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><div class="post" itemprop="text"><p>Second post.</p></div></div>`,
			"First post.\n\nSecond post."},
		{"one marked post is no thread",
			`<article itemscope itemtype="https://schema.org/DiscussionForumPosting"><div itemprop="articleBody"><p>Only one.</p></div></article>`,
			""},
		{"no markup", `<p>Just text.</p><p>More text.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := threadText(doc); got != tt.want {
				t.Errorf("threadText = %q, want %q", got, tt.want)
			}
		})
	}
}
