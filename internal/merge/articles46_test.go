package merge_test

import (
	"slices"
	"testing"

	"storyline/internal/article"
	"storyline/internal/coder"
	"storyline/internal/merge"
)

// Stop 46: three short articles of one made-up expulsion, dated three
// ways (a weekday in the lead, a day named after the act's own, the
// publication alone behind a phrase of cause), are one merged event; the
// expulsion of the next ambassador five weeks later, told the same way,
// stays another. Before the coder read the day of a phrase of cause as
// the cause's (causeday46.go), the second article took the incident's
// Friday and stood apart.
func TestArticlesOfOneExpulsionDatedThreeWaysAreOneEvent(t *testing.T) {
	pages := []struct{ id, published, body string }{
		{"a", "2025-03-03", "Ghana on Monday ordered Togo's ambassador to leave the country within 48 hours."},
		{"b", "2025-03-04", "Ghana has expelled Togo's ambassador, following a tense incident at the Ghanaian embassy in Lome on Friday."},
		{"c", "2025-03-05", "Ghana expelled Togo's ambassador on Monday, its foreign ministry said on Wednesday."},
		{"d", "2025-04-08", "Ghana on Monday expelled Togo's new ambassador, five weeks after his predecessor was sent home."},
	}
	var reports []merge.Report
	for _, p := range pages {
		a := article.Article{Source: p.id, Body: p.body, Language: "en", Published: &p.published}
		evs := coder.Code(a, coder.Options{})
		if len(evs) == 0 {
			t.Fatalf("article %s: no event", p.id)
		}
		for _, e := range evs {
			reports = append(reports, merge.Report{Event: e, ArticleID: p.id, Root: p.id, Published: p.published})
		}
	}
	article := map[string]string{}
	for _, r := range reports {
		article[r.Event.ID] = r.ArticleID
	}
	var got [][]string
	for _, m := range merge.Merge(reports, merge.DefaultOptions()) {
		var arts []string
		for _, id := range m.Reports {
			if !slices.Contains(arts, article[id]) {
				arts = append(arts, article[id])
			}
		}
		slices.Sort(arts)
		got = append(got, arts)
	}
	slices.SortFunc(got, slices.Compare)
	want := [][]string{{"a", "b", "c"}, {"d"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("merged articles %v, want %v", got, want)
	}
}
