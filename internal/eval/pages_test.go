package eval

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/event"
	"storyline/internal/merge"
)

func pred(id, file, typ, date string, status event.Status, countries ...string) event.Event {
	e := event.Event{ID: id, Type: typ, Status: status,
		Date:     &event.Date{Start: date, End: date, Grain: event.GrainDay},
		Evidence: []event.Evidence{{Source: "pages/" + file, Text: id}}}
	for _, c := range countries {
		e.Actors = append(e.Actors, event.Actor{Name: c, Country: &c, Role: event.RoleParticipant})
	}
	return e
}

func TestLoadPagesSplitsByEvent(t *testing.T) {
	p, err := LoadPages("testdata/realnews")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Docs) != 4 || len(p.Events) != 2 {
		t.Fatalf("loaded %d pages, %d events; want 4, 2", len(p.Docs), len(p.Events))
	}
	dev, check := p.Split("dev"), p.Split("check")
	if len(dev.Docs) != 3 || len(check.Docs) != 1 || len(check.Events) != 1 || check.Events[0].ID != "x2" {
		t.Errorf("dev %d pages, check %d pages %v; want 3, 1 [x2]", len(dev.Docs), len(check.Docs), check.Events)
	}
	if _, err := LoadPages(t.TempDir()); err == nil {
		t.Error("a folder without gold files loaded without error")
	}
}

func TestLoadPagesMarksUnreadGroups(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "gold"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{
		"read.json":   `{"events": [{"id": "r1", "split": "dev"}], "docs": [{"file": "r01.txt", "split": "dev"}]}`,
		"unread.json": `{"unread": true, "events": [{"id": "u1", "split": "dev"}], "docs": [{"file": "u01.txt", "split": "dev"}, {"file": "u02.txt", "split": "dev"}]}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, "gold", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := LoadPages(dir)
	if err != nil {
		t.Fatal(err)
	}
	unread := map[string]bool{}
	for _, d := range p.Split("dev").Docs {
		unread[d.File] = d.Unread
	}
	want := map[string]bool{"r01.txt": false, "u01.txt": true, "u02.txt": true}
	if !maps.Equal(unread, want) {
		t.Errorf("unread pages %v, want %v", unread, want)
	}
}

func TestScorePages(t *testing.T) {
	p, err := LoadPages("testdata/realnews")
	if err != nil {
		t.Fatal(err)
	}
	preds := []event.Event{
		pred("a", "p1.txt", "CONSULT", "2025-03-04", event.Planned, "FRA", "DEU"),
		pred("b", "p2.txt", "CONSULT", "2025-03-05", event.Occurred, "FRA", "DEU"),  // a range around the day: found, not exact
		pred("c", "p3.txt", "SANCTION", "2025-01-01", event.Occurred, "USA", "CHN"), // on a non-political page
		pred("d", "p4.txt", "COERCE", "2025-07-24", event.Occurred, "THA", "KHM"),   // the second of two allowed types
	}
	preds[1].Date.Start = "2025-03-03"
	merged := []merge.Merged{{Event: event.Event{Evidence: append(preds[0].Evidence, preds[1].Evidence...)}, Reports: []string{"a", "b"}},
		{Event: event.Event{Evidence: preds[2].Evidence}, Reports: []string{"c"}},
		{Event: event.Event{Evidence: preds[3].Evidence}, Reports: []string{"d"}}}
	s := ScorePages(p, preds, merged)
	if s.Total.Found != 3 || s.Total.Required != 3 || s.Total.Predicted != 4 || s.Total.Matched != 3 {
		t.Errorf("found %d/%d, matched %d of %d predictions; want 3/3, 3 of 4", s.Total.Found, s.Total.Required, s.Total.Matched, s.Total.Predicted)
	}
	if s.Strict != 2 {
		t.Errorf("strict matches %d, want 2 (p2's range is not inside the gold day)", s.Strict)
	}
	if s.NonPolitical != 1 || s.NonPolEvents != 1 {
		t.Errorf("non-political pages %d with %d events, want 1 with 1", s.NonPolitical, s.NonPolEvents)
	}
	mean, n := s.MergedPerEvent()
	cited, pages := s.CitedShare()
	if mean != 1 || n != 2 || cited != 3 || pages != 3 {
		t.Errorf("merge: %.2f per event over %d events, cite %d/%d; want 1.00 over 2, 3/3", mean, n, cited, pages)
	}
	// Split apart, the two reports of x1 count as two merged events.
	merged[0].Reports = []string{"a"}
	merged = append(merged, merge.Merged{Event: event.Event{Evidence: preds[1].Evidence}, Reports: []string{"b"}})
	s = ScorePages(p, preds, merged)
	if mean, _ := s.MergedPerEvent(); mean != 1.5 {
		t.Errorf("merged per event %.2f, want 1.50", mean)
	}
	if mean, n := s.MergedPerEventType(); mean != 1.5 || n != 2 {
		t.Errorf("merged per event and type %.2f over %d pairs, want 1.50 over 2 (one type)", mean, n)
	}
	// Of another type, the split-off report is an act of its own.
	merged[3].Event.Type = "ACCUSE"
	s = ScorePages(p, preds, merged)
	if mean, _ := s.MergedPerEvent(); mean != 1.5 {
		t.Errorf("merged per event %.2f, want 1.50", mean)
	}
	if mean, n := s.MergedPerEventType(); mean != 1 || n != 3 {
		t.Errorf("merged per event and type %.2f over %d pairs, want 1.00 over 3", mean, n)
	}
	var out strings.Builder
	s.WriteSummary(&out)
	if !strings.Contains(out.String(), "non-political pages 1: 1 events coded") {
		t.Errorf("summary lacks the non-political line:\n%s", out.String())
	}
}

// TestRealNewsGold checks the committed real-news gold: every page names
// its address and query, every event a page reports as required is a corpus
// event of the page's split (the corpus is split by event), and types and countries
// are well formed. The page texts are not needed.
func TestRealNewsGold(t *testing.T) {
	p, err := LoadPages("../../testdata/realnews")
	if err != nil {
		t.Fatal(err)
	}
	split := map[string]string{}
	for _, e := range p.Events {
		split[e.ID] = e.Split
	}
	types := map[string]bool{"*": true}
	for _, ty := range []string{"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"} {
		types[ty] = true
	}
	pages := map[string]int{}
	for _, d := range p.Docs {
		if d.URL == "" || d.Query == "" {
			t.Errorf("%s: no address or query", d.File)
		}
		if d.Kind == "nonpolitical" && len(d.Events) > 0 {
			t.Errorf("%s: a non-political page with events", d.File)
		}
		for _, ge := range d.Events {
			for ty := range strings.SplitSeq(ge.Type, "|") {
				if !types[ty] {
					t.Errorf("%s %s: type %q is no PLOVER type", d.File, ge.ID, ty)
				}
			}
			for _, c := range ge.Countries {
				if len(c) != 3 || strings.ToUpper(c) != c {
					t.Errorf("%s %s: country %q is no ISO alpha-3 code", d.File, ge.ID, c)
				}
			}
			if ge.Event == "" {
				continue
			}
			s, ok := split[ge.Event]
			if !ok {
				t.Errorf("%s %s: unknown corpus event %q", d.File, ge.ID, ge.Event)
			} else if s != d.Split && ge.Required {
				// A page may mention another split's event in passing (an
				// optional side event); what it reports is of its own split.
				t.Errorf("%s: event %s is in %s, the page in %s", d.File, ge.Event, s, d.Split)
			}
			if ge.Required {
				pages[ge.Event]++
			}
		}
	}
	for _, e := range p.Events {
		if pages[e.ID] == 0 {
			t.Errorf("corpus event %s (%s) has no page that reports it", e.ID, e.Title)
		}
	}
	if len(p.Docs) < 150 || len(p.Events) < 40 {
		t.Errorf("%d pages on %d events; the corpus is at least 150 pages on 40 events", len(p.Docs), len(p.Events))
	}
}
