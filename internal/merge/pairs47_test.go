package merge_test

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/coder"
	"storyline/internal/event"
	"storyline/internal/merge"
)

// outletPair is two short reports of one act by two outlets (one: they
// must end in one merged event) or of two acts of one pair of countries
// (!one: they must not).
type outletPair struct {
	name    string
	one     bool
	pubA, a string
	pubB, b string
}

// checkOutletPairs codes each pair's two articles and merges their
// reports: a pair of one event must share a merged event, a pair of two
// must share none.
func checkOutletPairs(t *testing.T, pairs []outletPair) {
	t.Helper()
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			var reports []merge.Report
			from := map[string]string{}
			for _, s := range []struct{ id, pub, body string }{{"a", p.pubA, p.a}, {"b", p.pubB, p.b}} {
				a := article.Article{Source: s.id, Body: s.body, Language: "en"}
				if s.pub != "" {
					a.Published = &s.pub
				}
				evs := coder.Code(a, coder.Options{})
				if len(evs) == 0 {
					t.Fatalf("article %s codes no event: %q", s.id, s.body)
				}
				for _, e := range evs {
					from[e.ID] = s.id
					reports = append(reports, merge.Report{Event: e, ArticleID: s.id, Root: s.id, Published: s.pub})
				}
			}
			shared := false
			var groups []string
			for _, m := range merge.Merge(reports, merge.DefaultOptions()) {
				seen := map[string]bool{}
				for _, id := range m.Reports {
					seen[from[id]] = true
				}
				shared = shared || seen["a"] && seen["b"]
				d := "undated"
				if m.Event.Date != nil {
					d = m.Event.Date.Start + ".." + m.Event.Date.End
				}
				groups = append(groups, m.Event.Type+" "+d+" "+keyOf(m.Event)+" "+setOf(seen))
			}
			if shared != p.one {
				t.Errorf("one event: got %v, want %v; merged %v", shared, p.one, groups)
			}
		})
	}
}

func keyOf(e event.Event) string { return merge.Key(&e) }

func setOf(m map[string]bool) string {
	s := ""
	for _, k := range []string{"a", "b"} {
		if m[k] {
			s += k
		}
	}
	return s
}
