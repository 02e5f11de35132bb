package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/timex"
)

// Rules of the day of a plan (sixth pass, dates): what a page that tells
// an act still to come says of its day, and what it says of other days.

// hasWords reports a clause with a token that is not punctuation: a lone
// comma cut off between two clauses is no clause a time clause can hang on.
func hasWords(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end && i < len(toks); i++ {
		if !toks[i].punct {
			return true
		}
	}
	return false
}

// pluperfect reports a verb cue in the past perfect ("had visited Israel in
// 2006", "had earlier met"): news uses it for an act before the time of the
// story, background to what the story tells.
func pluperfect(toks []token, m match) bool {
	if m.noun {
		return nounPluperfect(toks, m)
	}
	if m.form != formParticiple && m.form != formPast {
		return false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		switch w := toks[i].lower; {
		case w == "had" || w == "'d":
			return true
		case recallAdverbs[w]:
			continue
		default:
			return false
		}
	}
	return false
}

// nounPluperfect reports a noun cue inside a clause told in the past
// perfect: "he had been in Lima for the summit in 2018", "they had held talks
// there". The clause's "had" comes a few words before the noun, with no
// comma or conjunction between.
func nounPluperfect(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-nounPluperfectReach; i-- {
		switch w := toks[i].lower; {
		case w == "had" || w == "'d":
			return i+1 < m.start && (toks[i+1].lower == "been" || toks[i+1].lower == "held" || toks[i+1].lower == "attended")
		case w == "," || w == ";" || w == "and" || w == "but" || w == "which" || w == "who" || w == "that" || w == "when" || w == "while":
			return false
		}
	}
	return false
}

// nounPluperfectReach is how many words before a noun cue its clause's
// "had" may stand.
const nounPluperfectReach = 9

// recallAdverbs stand between "had" and its participle.
var recallAdverbs = map[string]bool{"also": true, "earlier": true, "already": true, "previously": true, "once": true, "last": true, "first": true, "never": true, "twice": true}

// backdropOf reports a dated report that cannot be the act a plan with no
// date of its own looks forward to: one told in the past perfect.
func backdropOf(r *report) bool {
	return r.ev.Date != nil && r.ev.Status != event.Planned && r.earlier
}

// eastOfNewsroomsLon is the longitude from which a place is five hours or
// more ahead of the Americas' and Europe's newsrooms: South and East Asia
// and Oceania.
const eastOfNewsroomsLon = 60.0

// nextLocalDay re-reads a weekday told in the past that the page's date
// puts six days back ("concluded a meeting with Kim on Tuesday" on a page
// an American newsroom dated Monday) as the day after the page's date,
// when the act took place, or the story was filed, far east of the
// newsrooms: the page is dated in
// the newsroom's time zone, while in Singapore or Tokyo the next day has
// begun. News writes "last Tuesday", or the date, for a day a week back.
func (c *articleCoder) nextLocalDay(x timex.Expression, loc *event.Location) (timex.Value, bool) {
	lon := c.filedFrom
	if loc != nil && loc.Lon != nil {
		lon = loc.Lon
	}
	if !c.hasRef || x.Value.Grain != timex.GrainDay || !bareWeekday(x.Text) || lon == nil || *lon < eastOfNewsroomsLon {
		return timex.Value{}, false
	}
	if !x.Value.Start.Equal(c.ref.AddDate(0, 0, -6)) {
		return timex.Value{}, false
	}
	next := c.ref.AddDate(0, 0, 1)
	return timex.Value{Start: next, End: next, Grain: timex.GrainDay}, true
}

// bareWeekday reports a time expression that is a weekday alone ("Tuesday",
// "on Tuesday"), not "last Tuesday" or "Tuesday, June 12".
func bareWeekday(text string) bool {
	w := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(text)), "on ")
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// noteFiledFrom keeps where the story's dateline places the reporter
// ("SINGAPORE —"): the acts it tells took place in that time zone unless a
// sentence names another venue.
func (c *articleCoder) noteFiledFrom(mm actors.Mention) {
	if c.filedFrom != nil {
		return
	}
	if w, ok := c.cat.Locate(mm.Name, mm.Country); ok {
		lon := w.Lon
		c.filedFrom = &lon
	}
}
