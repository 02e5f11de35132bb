package coder

import "testing"

// Stop 49: on a page with no publication date, a caption's date older than
// the offices the page gives its people dates an old photo, not the page:
// it neither dates news told as just done nor stands as the page's
// reference (staleCaption, coder.go and refdate.go). The sentences are written for
// this test.
func TestStaleCaptionDatesNothing(t *testing.T) {
	for _, c := range []struct{ rule, body, pageDate, want string }{
		{"a caption years before the president took office", "Kenyan President William Ruto has cut short talks with Ugandan President Yoweri Museveni.", "2015-02-28", ""},
		{"a caption years before the prime minister took office", "Canadian Prime Minister Mark Carney has condemned Russia's strikes on Kyiv.", "2019-06-01", ""},
		{"left alone: a caption within the president's term", "Kenyan President William Ruto has cut short talks with Ugandan President Yoweri Museveni.", "2024-02-28", "2024-02-28"},
	} {
		a := art(c.body, "")
		a.PageDate = &c.pageDate
		if got := firstDay(t, a); got != c.want {
			t.Errorf("%s: %q dated %q, want %q", c.rule, c.body, got, c.want)
		}
	}
}

// The relative days of such a page are not read against the old caption.
func TestStaleCaptionIsNoReference(t *testing.T) {
	text := "Kenya accuses Uganda of backing rebels\n" +
		"Kenyan Foreign Minister Musalia Mudavadi on Tuesday accused Uganda of supporting rebel groups, officials said.\n" +
		"Kenyan President William Ruto and Ugandan President Yoweri Museveni attend a summit in Kampala on November 21, 2012. AFP Photo\n" +
		"Relations between the two neighbours soured last week after Kenya closed a border crossing to Ugandan trucks.\n"
	a := textPage(t, text)
	for _, e := range Code(a, Options{}) {
		if e.Date != nil && e.Date.Start < "2020" {
			t.Errorf("%s %v dated %s by the 2012 caption", e.Type, e.Countries(), e.Date.Start)
		}
	}
	if a.PageDate == nil {
		t.Fatal("the caption's date was not read as the page's date: the test does not test the rule")
	}
}

// Nor does such a caption date the title's act, coded beside a body that
// tells none with two sides (headline8.go): the title is read against the
// body's reference, which the old photo's day is not.
func TestStaleCaptionDatesNoTitle(t *testing.T) {
	for _, c := range []struct{ rule, title, body, pageDate, want string }{
		{"a caption years before the prime minister took office", "Thailand has freed three Iranian prisoners",
			"Australian Prime Minister Scott Morrison described the release as a miracle.", "2013-08-22", ""},
		{"a caption years before the president took office, a weekday in the title", "Kenya accuses Uganda of backing rebels on Tuesday",
			"Kenyan President William Ruto spoke to reporters in Nairobi.", "2012-11-21", ""},
		{"left alone: a caption within the president's term", "Kenya has accused Uganda of backing rebels",
			"Kenyan President William Ruto spoke to reporters in Nairobi.", "2024-02-28", "2024-02-28"},
	} {
		a := art(c.body, "")
		a.Title, a.PageDate = c.title, &c.pageDate
		evs := Code(a, Options{})
		if len(evs) == 0 {
			t.Errorf("%s: no event from the title %q: the test does not test the rule", c.rule, c.title)
			continue
		}
		got := ""
		if evs[0].Date != nil {
			got = evs[0].Date.Start
		}
		if got != c.want {
			t.Errorf("%s: %q dated %q, want %q", c.rule, c.title, got, c.want)
		}
	}
}
