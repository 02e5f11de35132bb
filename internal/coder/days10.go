package coder

import (
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
)

// tenureHorizon is the day up to which the references of an undated page
// (tenureReference, datelineReference, yearlessReference) let an open
// tenure run: the day the tables last record someone taking office, since
// an open tenure is "in office at the tables' latest knowledge"
// (data/people/README.md), not "in office today". A page captured later
// than that was written by its capture day, and its office holders may
// have served till then. Never after today. Before, the tenures ran to
// today, so the years open to a day written without its year grew with
// the clock, and a page's date changed with the day it was coded.
func tenureHorizon(a article.Article, cat *actors.Catalog) time.Time {
	now := time.Now()
	h := cat.KnownUntil()
	if a.Captured != nil {
		if t, err := time.Parse(time.DateOnly, *a.Captured); err == nil && t.After(h) {
			h = t
		}
	}
	if h.IsZero() || h.After(now) {
		return now
	}
	return h
}
