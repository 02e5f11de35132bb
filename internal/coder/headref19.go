package coder

import "storyline/internal/event"

// A page's title tells its news as done ("Thai Consulate Attacked in
// Istanbul", "Cuban doctors arrive in Italy to battle virus") on the day
// the page was written: on a dated page the title's act takes the
// publication day (finish). A page that prints no date still gives its
// day in its furniture or its text — a full date in a caption or a
// sentence, a dateline, its address, the office holders' years — and the
// body's relative dates are read against that day. The title is the
// same page's news, told in the same days: a reader dates its act as the
// body's day, and so does the coder, saying how the day was found
// (basis publication, with the reference the body used).
//
// Only the title's own act, told as done, with no day of its own, and only
// a day the page writes of itself: a photo caption's date keeps its
// narrower rule (finish: news told as just done), and a day the office
// tables place in a year (RefTenure) is a guess among the years the same
// people held office ("India suspends Indus Waters Treaty" placed ten
// years early): a wrong day on the title splits the story's event.

// headlineRefDate is the date of a title's act e on an undated page: the
// day the page's body was read against, or nil when e is dated, not done,
// or not a title's act read against such a day.
func (c *articleCoder) headlineRefDate(e *event.Event) *event.Date {
	if e.Date != nil || e.Status != event.Occurred || c.headRef == "" || c.headRef == event.RefCaption || c.headRef == event.RefTenure || c.a.PageDate == nil {
		return nil
	}
	d := *c.a.PageDate
	return &event.Date{Start: d, End: d, Grain: event.GrainDay, Basis: event.BasisPublication, Reference: c.headRef}
}
