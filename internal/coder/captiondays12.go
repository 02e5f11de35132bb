package coder

import (
	"storyline/internal/timex"
)

// A photo beside a story shows its act, and its caption dates the photo
// with the day and names the act's parties: "Chinese President Xi Jinping
// holds a welcome ceremony for visiting Philippine President Rodrigo
// Duterte before their talks in Beijing, Oct. 20, 2016". The story itself
// often tells the act with no day ("Xi met with Duterte at the Great Hall
// of the People"), and its page is dated the next day. A caption that
// writes one full date and names every country of an act the text leaves
// undated dates that act, as a sentence of the body does
// (dateFromSiblings): after every sentence of the body, since the body is
// nearer the act than the photo beside it. A caption's date long before
// the story is an older photo's (longBefore), and is not lent.

// captionFar places the captions after every sentence of the body in
// dateFromSiblings' reckoning of distance.
const captionFar = 1 << 20

// datedCaptions lists the captions that write exactly one full date, with
// the countries they name, as dated sentences far from the body.
func (c *articleCoder) datedCaptions() []datedSentence {
	var out []datedSentence
	for _, text := range c.a.Captions {
		if !hasYear(text) {
			continue
		}
		day, ok := soleLentDay(text, timex.Find(text, c.ref, timex.TenseUnknown))
		if !ok {
			continue
		}
		ds := datedSentence{idx: captionFar, date: day, countries: map[string]bool{}}
		for _, m := range c.cat.Mentions(text, c.ref) {
			if m.Country != "" {
				ds.countries[m.Country] = true
			}
		}
		if len(ds.countries) >= 2 {
			out = append(out, ds)
		}
	}
	return out
}
