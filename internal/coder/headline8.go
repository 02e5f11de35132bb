package coder

import (
	"time"

	"storyline/internal/article"
	"storyline/internal/event"
)

// A headline tells the story's news in one clause: "India suspends Indus
// Waters Treaty with Pakistan", "Airstrike by Saudi coalition on bus kills
// dozens of Yemeni children", "China to raise tariffs on US goods from June
// 1". The body usually tells it again at length, and its sentences are
// coded; but a page whose text the extractor cut short (a photo gallery, a
// video page, a summary line under the headline) or whose lead names the
// sides only by title or by reference ("the move", "the Turkish court")
// may tell no event with two sides in its body at all. Then the headline
// is the page's report, and it is coded as a sentence of its own, dated
// against the page's reference day.
//
// Only then: a headline coded beside a body that has events of its own
// would report them a second time, in the present tense and with the
// headline's shorthand, and its sides are often those of an earlier act.

// codeHeadline codes the title of article a as a text of its own. ref is
// the day the body's dates were read against, when hasRef, and refFrom how
// the body found it; opinion is the
// body's verdict as an opinion piece, sports its verdict as a sports story
// (games15.go). The events' evidence is marked as the headline's (offsets
// into the title).
func codeHeadline(a article.Article, opts Options, ref time.Time, hasRef bool, refFrom event.Reference, opinion, sports bool) []event.Event {
	if a.Title == "" {
		return nil
	}
	t := a
	t.Body = a.Title
	t.Title = ""
	if a.Published == nil && a.PageDate == nil && hasRef {
		day := ref.Format(time.DateOnly)
		t.PageDate = &day // the day the body was read against
	}
	o := opts
	o.headline = true
	if a.Published == nil && a.PageDate == nil && hasRef {
		o.headRef = refFrom // how the body found that day (headref19.go)
	}
	o.opinionPage = opinion
	o.sportsPage = sports
	events := Code(t, o)
	for i := range events {
		for j := range events[i].Evidence {
			events[i].Evidence[j].Headline = true
		}
	}
	return events
}
