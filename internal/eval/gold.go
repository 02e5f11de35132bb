// Package eval scores coded events against hand-coded answers.
//
// It takes a gold file in the format of shared/gold/seeds.json and the events
// a run produced, and gives per-file and total figures under the rules of
// shared/gold/README.md (a faithful port of shared/gold/score.py). It also
// scores a coder on the PLOVER gold-standard sentences: per-type precision and
// recall of the event type, the macro F1, and the match of actor countries.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"storyline/internal/event"
)

// Gold is a file of hand-coded answers, one entry per input file.
type Gold struct {
	Docs []GoldDoc `json:"docs"`
}

// GoldDoc holds the gold events of one input file, named by its base name.
type GoldDoc struct {
	File   string      `json:"file"`
	Events []GoldEvent `json:"events"`
}

// GoldEvent is one hand-coded event. Type "*" matches any type.
type GoldEvent struct {
	ID        string        `json:"id"`
	Required  bool          `json:"required"`
	Type      string        `json:"type"`
	Mode      string        `json:"mode"`
	Status    []string      `json:"status"`
	Date      *GoldDate     `json:"date"`
	DateHard  bool          `json:"date_hard"`
	Countries []string      `json:"countries"`
	People    []string      `json:"people"`
	Location  *GoldLocation `json:"location"`
	Evidence  string        `json:"evidence"`
	// Event names the real-world event a page's gold event reports (the
	// real-news corpus); empty for a side event and in seed gold.
	Event string `json:"event,omitempty"`
}

// GoldDate is an inclusive range of YYYY-MM-DD days.
type GoldDate struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// GoldLocation is where a gold event takes place; Name may be a city or a
// country.
type GoldLocation struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
}

// LoadGold reads a gold file.
func LoadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold file: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("parse gold file %s: %w", path, err)
	}
	return &g, nil
}

// Counts are the raw tallies behind every figure for one file or the total.
type Counts struct {
	Predicted int // events the run coded
	Matched   int // predictions matched to a gold event, required or optional
	Required  int // required gold events
	Found     int // required gold events matched
	Status    int // matched required events whose status is acceptable
	DateExact int // ... whose predicted range lies inside the gold range
	Dated     int // matched required events scored on their date
	People    int // gold people found among the actors
	PeopleN   int // gold people of matched required events
	Location  int // matched required events with the right place
	LocationN int // matched required events whose gold names a place
}

// Precision is matched predictions over all predictions.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is matched required events over all required events.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Required) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.Predicted += o.Predicted
	c.Matched += o.Matched
	c.Required += o.Required
	c.Found += o.Found
	c.Status += o.Status
	c.DateExact += o.DateExact
	c.Dated += o.Dated
	c.People += o.People
	c.PeopleN += o.PeopleN
	c.Location += o.Location
	c.LocationN += o.LocationN
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// FileScore is the score of one gold file.
type FileScore struct {
	File string
	Counts
	MatchedIDs []string // gold ids matched, in matching order
	MatchedTo  []string // the id of the prediction each of MatchedIDs took
	Missed     []string // required gold ids not matched
	Unmatched  []string // predictions matched to nothing, as TYPE:COUNTRIES
}

// Score is the score of a whole run.
type Score struct {
	Files []FileScore
	Total Counts
}

// ScoreEvents scores predicted events against gold. Predictions are grouped
// by the base name of their first evidence source; gold files without
// predictions score zero found.
func ScoreEvents(g *Gold, preds []event.Event) Score {
	byFile := map[string][]event.Event{}
	for _, p := range preds {
		src := ""
		if len(p.Evidence) > 0 {
			src = p.Evidence[0].Source
		}
		byFile[baseName(src)] = append(byFile[baseName(src)], p)
	}
	var s Score
	for _, doc := range g.Docs {
		fs := scoreFile(doc, byFile[doc.File])
		s.Files = append(s.Files, fs)
		s.Total.add(fs.Counts)
	}
	return s
}

func scoreFile(doc GoldDoc, ps []event.Event) FileScore {
	fs := FileScore{File: doc.File}
	used := make([]bool, len(ps))
	// Required events first, so an optional event never takes the only
	// prediction a required one could match.
	gl := append([]GoldEvent(nil), doc.Events...)
	sort.SliceStable(gl, func(i, j int) bool { return gl[i].Required && !gl[j].Required })
	for _, g := range gl {
		if g.Required {
			fs.Required++
		}
		// Of the predictions that match, take one whose dates meet the
		// gold range when there is one (a page may tell an earlier meeting
		// of the same two countries too).
		hit := -1
		for i := range ps {
			if used[i] || !matches(&ps[i], g) {
				continue
			}
			if hit < 0 {
				hit = i
			}
			if datesMeet(&ps[i], g) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if g.Required {
				fs.Missed = append(fs.Missed, g.ID)
			}
			continue
		}
		used[hit] = true
		fs.Matched++
		fs.MatchedIDs = append(fs.MatchedIDs, g.ID)
		fs.MatchedTo = append(fs.MatchedTo, ps[hit].ID)
		if g.Required {
			fs.Found++
			scoreAttributes(&fs.Counts, &ps[hit], g)
		}
	}
	fs.Predicted = len(ps)
	for i, p := range ps {
		if !used[i] {
			fs.Unmatched = append(fs.Unmatched, p.Type+":"+strings.Join(p.Countries(), ","))
		}
	}
	return fs
}

// scoreAttributes adds the status, date, people and location tallies of a
// prediction matched to a required gold event.
func scoreAttributes(c *Counts, p *event.Event, g GoldEvent) {
	for _, st := range g.Status {
		if string(p.Status) == st {
			c.Status++
			break
		}
	}
	if !g.DateHard && g.Date != nil {
		c.Dated++
		s, t, ok := predRange(p)
		gs, gok := day(g.Date.Start)
		gt, tok := day(g.Date.End)
		if ok && gok && tok && !s.Before(gs) && !s.After(gt) && !t.Before(gs) && !t.After(gt) {
			c.DateExact++
		}
	}
	for _, person := range g.People {
		c.PeopleN++
		words := strings.Fields(person)
		if len(words) == 0 {
			continue
		}
		fams := map[string]bool{strings.ToLower(words[len(words)-1]): true, strings.ToLower(words[0]): true}
		found := false
		for _, a := range p.Actors {
			for _, w := range nameWords(a.Name) {
				if fams[w] {
					found = true
				}
			}
		}
		if found {
			c.People++
		}
	}
	if g.Location != nil {
		c.LocationN++
		var name string
		var country *string
		if p.Location != nil {
			name, country = p.Location.Name, p.Location.Country
		}
		ok := sameCode(country, g.Location.Country)
		if g.Location.Name != "" && !countryLevel[g.Location.Name] {
			ok = ok && strings.EqualFold(foldSpace(name), g.Location.Name)
		}
		if ok {
			c.Location++
		}
	}
}

// countryLevel lists gold place names that are countries, for which the
// country code alone decides (as score.py does).
var countryLevel = map[string]bool{"Japan": true, "United States": true}

func sameCode(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// matches reports whether prediction p matches gold event g: same type, the
// same set of countries, and overlapping dates unless the date is scored apart.
// A gold type may list the types PLOVER's definitions allow, as "SANCTION|RETREAT".
func matches(p *event.Event, g GoldEvent) bool {
	if !typeAllowed(strings.ToUpper(p.Type), g.Type) {
		return false
	}
	gc := append([]string(nil), g.Countries...)
	sort.Strings(gc)
	pc := p.Countries()
	if len(gc) != len(pc) {
		return false
	}
	for i := range gc {
		if gc[i] != pc[i] {
			return false
		}
	}
	if g.DateHard || g.Date == nil || !g.Required {
		return true
	}
	s, t, ok := predRange(p)
	if !ok {
		return false
	}
	gs, _ := day(g.Date.Start)
	gt, _ := day(g.Date.End)
	return !s.After(gt) && !t.Before(gs)
}

// typeAllowed reports whether a predicted type is one the gold type allows.
func typeAllowed(pred, gold string) bool {
	if gold == "*" {
		return true
	}
	for t := range strings.SplitSeq(gold, "|") {
		if t == pred {
			return true
		}
	}
	return false
}

// datesMeet reports a prediction whose range overlaps the gold range.
func datesMeet(p *event.Event, g GoldEvent) bool {
	if g.Date == nil {
		return false
	}
	s, t, ok := predRange(p)
	gs, gok := day(g.Date.Start)
	gt, tok := day(g.Date.End)
	return ok && gok && tok && !s.After(gt) && !t.Before(gs)
}

// predRange is the predicted start and end day; the end defaults to the start.
func predRange(p *event.Event) (start, end time.Time, ok bool) {
	if p.Date == nil {
		return
	}
	start, ok = day(p.Date.Start)
	if !ok {
		return
	}
	end, eok := day(p.Date.End)
	if !eok {
		end = start
	}
	return start, end, true
}

func day(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// nameWords splits a name into lower-case words of two letters or more,
// punctuation other than hyphens counting as a space.
func nameWords(name string) []string {
	clean := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || unicode.IsSpace(r) || unicode.IsMark(r) {
			return r
		}
		return ' '
	}, name)
	var out []string
	for _, w := range strings.Fields(clean) {
		if len([]rune(w)) > 1 {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// baseName is the file name of a source, without any #offset of an archive
// record.
func baseName(src string) string {
	src, _, _ = strings.Cut(src, "#")
	if src == "" {
		return ""
	}
	return filepath.Base(src)
}
