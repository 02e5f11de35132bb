package merge

import (
	"regexp"
	"slices"

	"storyline/internal/event"
)

// An outlet that tells a measure on the day it takes effect often tells
// it both ways in one stretch of news: "Japan will strengthen the export
// controls starting Thursday" and "Japan tightened controls on the export
// of semiconductor materials on July 4"; "the United States will revoke
// the sanctions effective on October 12" and "the United States
// permanently lifted the sanctions on 12 October". The plan names the day
// the measure starts, and the reports told done of that day tell its
// coming into force without the words of force that toldInForce reads,
// so the chain of that day is neither plan-only nor told in force, and it
// stood apart from the act announced days before (stop 37).

// startsOn finds a plan naming the day a measure starts: "effective on
// October 12", "starting Thursday", "from June 1", "as of July 8".
var startsOn = regexp.MustCompile(`(?i)\b(?:effective(?:\s+(?:on|from|as\s+of))?|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+of|from)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|midnight|today|tomorrow)`)

// startTold says whether c is the coming into force of a measure that a
// plan of it dates by the day it starts: a plan dated to a day by its text
// names its start, and every act told done of c is of that day or later
// (an announcement the day before, chained by a day of slack, is the act
// itself: "China said on Monday it will impose duties starting Tuesday").
func startTold(c *cluster) bool {
	if !takesEffect[c.items[0].r.Event.Type] {
		return false
	}
	start, ok := unbounded, false
	for _, it := range c.items {
		if it.precise && it.r.Event.Status == event.Planned && slices.ContainsFunc(it.r.Event.Evidence, func(e event.Evidence) bool { return startsOn.MatchString(e.Text) }) {
			start, ok = min(start, it.start), true
		}
	}
	if !ok {
		return false
	}
	done, any := preciseSpan(c, event.Occurred)
	return !any || done[0] >= start
}
