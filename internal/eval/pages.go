package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"storyline/internal/event"
	"storyline/internal/merge"
)

// Pages is the real-news corpus: real-world events and the pages that report
// them, read from the gold files of a corpus folder (testdata/realnews/README.md).
type Pages struct {
	Dir    string
	Events []RealEvent
	Docs   []PageDoc
}

// RealEvent is one real-world event of the corpus. The corpus is split by
// event: every page of an event shares its split.
type RealEvent struct {
	ID        string    `json:"id"`
	Split     string    `json:"split"`
	Title     string    `json:"title"`
	Type      string    `json:"type"`
	Countries []string  `json:"countries"`
	Date      *GoldDate `json:"date"`
}

// PageDoc is one page of the corpus with the events it states.
type PageDoc struct {
	GoldDoc
	URL       string  `json:"url"`
	Query     string  `json:"query"`
	Published *string `json:"published"`
	Publisher *string `json:"publisher"`
	Kind      string  `json:"kind"`
	Split     string  `json:"split"`
	// Unread is set when the page's gold file says "unread": true, a group
	// built to test rules and the learned filter on stories nobody has read
	// yet. Scoring treats it as any page; training leaves it out.
	Unread bool `json:"-"`
}

// LoadPages reads every gold file of dir/gold. Page and event ids must be
// unique across the files, and every page must name a known split.
func LoadPages(dir string) (*Pages, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("read real-news corpus %s: no gold/*.json files", dir)
	}
	p := &Pages{Dir: dir}
	files, events := map[string]string{}, map[string]string{}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read real-news gold: %w", err)
		}
		var g struct {
			Unread bool        `json:"unread"`
			Events []RealEvent `json:"events"`
			Docs   []PageDoc   `json:"docs"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("parse real-news gold %s: %w", path, err)
		}
		for _, e := range g.Events {
			if prev, ok := events[e.ID]; ok {
				return nil, fmt.Errorf("real-news gold %s: event %q already in %s", path, e.ID, prev)
			}
			events[e.ID] = path
		}
		for _, d := range g.Docs {
			if prev, ok := files[d.File]; ok {
				return nil, fmt.Errorf("real-news gold %s: page %q already in %s", path, d.File, prev)
			}
			if d.Split != "dev" && d.Split != "check" {
				return nil, fmt.Errorf("real-news gold %s: page %q has split %q, want dev or check", path, d.File, d.Split)
			}
			files[d.File] = path
		}
		for i := range g.Docs {
			g.Docs[i].Unread = g.Unread
		}
		p.Events = append(p.Events, g.Events...)
		p.Docs = append(p.Docs, g.Docs...)
	}
	return p, nil
}

// Split keeps the pages of one split ("dev", "check"; "" or "all" keeps every
// page) and the events they report.
func (p *Pages) Split(split string) *Pages {
	if split == "" || split == "all" {
		return p
	}
	out := &Pages{Dir: p.Dir}
	for _, e := range p.Events {
		if e.Split == split {
			out.Events = append(out.Events, e)
		}
	}
	for _, d := range p.Docs {
		if d.Split == split {
			out.Docs = append(out.Docs, d)
		}
	}
	return out
}

// TextPath is where a page's text is kept.
func (p *Pages) TextPath(d PageDoc) string { return filepath.Join(p.Dir, "pages", d.File) }

// EventSpread is what merging made of one real-world event: how many merged
// events its found reports ended in, and how many of its pages they cite.
type EventSpread struct {
	Event      RealEvent
	Pages      int // pages stating the event as a required gold event
	FoundPages int // of those, pages where the coder found it
	Merged     int // merged events holding a report matched to it
	Cited      int // its pages cited by those merged events
	// Types is how many event types those merged events have: a real
	// event whose pages tell two acts (an accusation and an expulsion)
	// is at least two merged events, one per type.
	Types int
	// Took are the reports matched to the event; Groups the report ids
	// of each merged event holding one of them (for listings).
	Took   []string
	Groups [][]string
}

// PagesScore is the score of a run over the corpus.
type PagesScore struct {
	Score
	Strict       int // required events found with acceptable status and exact day
	NonPolitical int // pages that must give no event
	NonPolEvents int // events coded on them
	Spread       []EventSpread
	Missing      []string // pages with no text to code
}

// ScorePages scores the events coded page by page (preds, grouped by the base
// name of their evidence source) and the events merged across the whole run
// (merged, naming the predictions it holds) against the corpus.
func ScorePages(p *Pages, preds []event.Event, merged []merge.Merged) PagesScore {
	g := &Gold{}
	for _, d := range p.Docs {
		g.Docs = append(g.Docs, d.GoldDoc)
	}
	s := PagesScore{Score: ScoreEvents(g, preds)}
	byID := map[string]*event.Event{}
	for i := range preds {
		byID[preds[i].ID] = &preds[i]
	}
	// Which prediction took which gold event, to follow it into the merge.
	took := map[string][]string{} // real event id -> prediction ids
	for i, d := range p.Docs {
		fs := s.Files[i]
		if d.Kind == "nonpolitical" {
			s.NonPolitical++
			s.NonPolEvents += fs.Predicted
		}
		gold := map[string]GoldEvent{}
		for _, ge := range d.Events {
			gold[ge.ID] = ge
		}
		for j, id := range fs.MatchedIDs {
			ge := gold[id]
			if !ge.Required {
				continue
			}
			if pr := byID[fs.MatchedTo[j]]; pr != nil && strictMatch(pr, ge) {
				s.Strict++
			}
			if ge.Event != "" {
				took[ge.Event] = append(took[ge.Event], fs.MatchedTo[j])
			}
		}
	}
	// The merged event each report went into, and the pages it cites.
	into := map[string]int{}
	for i, m := range merged {
		for _, id := range m.Reports {
			into[id] = i
		}
	}
	for _, e := range p.Events {
		sp := EventSpread{Event: e}
		pages := map[string]bool{}
		for _, d := range p.Docs {
			for _, ge := range d.Events {
				if ge.Event == e.ID && ge.Required {
					pages[d.File] = true
				}
			}
		}
		sp.Pages = len(pages)
		found, groups, cited := map[string]bool{}, map[int]bool{}, map[string]bool{}
		for _, id := range took[e.ID] {
			pr := byID[id]
			if pr == nil || len(pr.Evidence) == 0 {
				continue
			}
			found[baseName(pr.Evidence[0].Source)] = true
			if k, ok := into[id]; ok {
				groups[k] = true
			}
		}
		types := map[string]bool{}
		for k := range groups {
			types[merged[k].Event.Type] = true
			for _, ev := range merged[k].Event.Evidence {
				if f := baseName(ev.Source); pages[f] {
					cited[f] = true
				}
			}
		}
		sp.FoundPages, sp.Merged, sp.Cited, sp.Types = len(found), len(groups), len(cited), len(types)
		sp.Took = took[e.ID]
		ks := slices.Sorted(maps.Keys(groups))
		for _, k := range ks {
			sp.Groups = append(sp.Groups, merged[k].Reports)
		}
		s.Spread = append(s.Spread, sp)
	}
	return s
}

// strictMatch is a match with every field the corpus asks for: an acceptable
// status and, where the gold day is known, a predicted range inside it.
func strictMatch(p *event.Event, g GoldEvent) bool {
	var c Counts
	scoreAttributes(&c, p, g)
	return c.Status == 1 && (c.Dated == 0 || c.DateExact == 1)
}

// MergedPerEvent is the mean number of merged events per real event found at
// least once.
func (s PagesScore) MergedPerEvent() (mean float64, events int) {
	total := 0
	for _, sp := range s.Spread {
		if sp.Merged > 0 {
			events++
			total += sp.Merged
		}
	}
	return ratio(total, events), events
}

// MergedPerEventType is the mean number of merged events per real event
// and event type found: what merging leaves apart that it could join, with
// the acts of one real event told in different types counted apart.
func (s PagesScore) MergedPerEventType() (mean float64, pairs int) {
	total := 0
	for _, sp := range s.Spread {
		total += sp.Merged
		pairs += sp.Types
	}
	return ratio(total, pairs), pairs
}

// CitedShare is the share of the pages of found real events that their
// merged events cite.
func (s PagesScore) CitedShare() (cited, pages int) {
	for _, sp := range s.Spread {
		if sp.Merged > 0 {
			cited += sp.Cited
			pages += sp.Pages
		}
	}
	return cited, pages
}

// WriteSummary prints the corpus figures below the per-page table: strict
// recall, the non-political pages, and one row per real event.
func (s PagesScore) WriteSummary(w io.Writer) {
	t := s.Total
	fmt.Fprintf(w, "pages %d, required events %d, predicted %d\n", len(s.Files), t.Required, t.Predicted)
	fmt.Fprintf(w, "event precision %.3f  recall %.3f  (type, exact party countries, day overlapping)\n", t.Precision(), t.Recall())
	fmt.Fprintf(w, "status right %s of found; day exact %s where the day is known\n", fraction(t.Status, t.Found), fraction(t.DateExact, t.Dated))
	fmt.Fprintf(w, "found with status and exact day: %s of required\n", fraction(s.Strict, t.Required))
	fmt.Fprintf(w, "non-political pages %d: %d events coded on them\n", s.NonPolitical, s.NonPolEvents)
	mean, n := s.MergedPerEvent()
	c, pg := s.CitedShare()
	fmt.Fprintf(w, "merge: %.2f merged events per real event found (%d events); they cite %s of those events' pages\n", mean, n, fraction(c, pg))
	mt, nt := s.MergedPerEventType()
	fmt.Fprintf(w, "merge by type: %.2f merged events per real event and type found (%d pairs)\n", mt, nt)
	spread := slices.Clone(s.Spread)
	slices.SortFunc(spread, func(a, b EventSpread) int { return strings.Compare(a.Event.ID, b.Event.ID) })
	fmt.Fprintf(w, "\n%-6s %-5s %5s %5s %6s %5s  %s\n", "event", "split", "pages", "found", "merged", "cited", "title")
	for _, sp := range spread {
		fmt.Fprintf(w, "%-6s %-5s %5d %5d %6d %5d  %s\n", sp.Event.ID, sp.Event.Split, sp.Pages, sp.FoundPages, sp.Merged, sp.Cited, sp.Event.Title)
	}
	if len(s.Missing) > 0 {
		fmt.Fprintf(w, "\nno text for %d pages (see testdata/realnews/README.md): %s\n", len(s.Missing), strings.Join(s.Missing, " "))
	}
}
