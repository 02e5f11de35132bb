package coder

import (
	"time"

	"storyline/internal/article"
	"storyline/internal/event"
)

// A photo's caption shows the news the story tells: "President Donald
// Trump, left, greets Ukraine's President Volodymyr Zelenskyy at the White
// House, Friday, Oct. 17, 2025, in Washington". Beside a story that tells
// it, a caption only repeats it (captions8.go leaves captions in the body
// out). But a gallery, a video page or a page whose body the extractor
// found only in part may tell its news in the captions alone, and a wire
// caption often goes on with the story's lead ("... in Wyoming, Ohio.
// North Korea on Friday announced the arrest of Otto Warmbier"). When
// neither the body nor the headline tells an event with two sides, each
// caption is coded as a text of its own, as the headline is
// (headline8.go): dated against the page's reference day, under the
// page's opinion verdict.

// codeCaptions codes the captions of article a, each as a text of its own.
// ref is the day the body's dates were read against, when hasRef; opinion
// is the body's verdict as an opinion piece. The events' evidence is
// marked as a caption's (offsets into the caption).
func codeCaptions(a article.Article, opts Options, ref time.Time, hasRef, opinion bool) []event.Event {
	var out []event.Event
	for _, text := range a.Captions {
		t := a
		t.Body, t.Title, t.Captions = text, "", nil
		if a.Published == nil && a.PageDate == nil && hasRef {
			day := ref.Format(time.DateOnly)
			t.PageDate = &day
		}
		o := opts
		o.headline, o.caption, o.opinionPage = true, true, opinion
		events := Code(t, o)
		for i := range events {
			for j := range events[i].Evidence {
				events[i].Evidence[j].Caption = true
			}
		}
		out = append(out, events...)
	}
	return out
}
