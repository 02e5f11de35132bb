package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// doc is one generated article before it is dressed as a page.
type doc struct {
	id        string // the URI; the manifest and copies name articles by it
	uri       string
	outlet    int
	title     string
	published time.Time
	paras     []string
	kind      string // "original", or the kind of copy: "exact", "trimmed", "reworded"
	of        string // for a copy, the id of the article it copies
	story     int
}

// Kinds of generated article.
const (
	kindOriginal = "original"
	kindExact    = "exact"    // syndicated verbatim under another outlet's furniture
	kindTrimmed  = "trimmed"  // the first paragraphs only, as short wire versions run
	kindReworded = "reworded" // words swapped, sentences dropped and reordered
)

// story is a real-world event several articles report: the same parties,
// place and date, written up independently by each outlet.
type story struct {
	a, b  actorName
	place string
	event int // index in Material.events
	date  time.Time
}

// articlesPerStory is how many articles, on average, open a new story; the
// rest report one of the recent stories again.
const articlesPerStory = 6

// storyFor picks the story article g reports: mostly one of the last few
// opened, so that several outlets cover each event within days.
func (g *generator) storyFor(r *rand.Rand, index int) int {
	newest := index / articlesPerStory
	back := int(r.ExpFloat64() * 4)
	oldest := 0
	if g.blocks != nil { // a story of the page's own block, so of its days
		oldest = index / orderBlock * orderBlock / articlesPerStory
	}
	return max(oldest, newest-back)
}

// story rebuilds story s from its number alone, so every shard agrees on it.
func (g *generator) story(s int) story {
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(s)<<1|1))
	m := g.m
	st := story{
		a:     m.actors[r.IntN(len(m.actors))],
		place: m.places[r.IntN(len(m.places))],
		event: r.IntN(len(m.events)),
	}
	for {
		st.b = m.actors[r.IntN(len(m.actors))]
		if st.b.country != st.a.country {
			break
		}
	}
	opened := g.dateOf(s * articlesPerStory)
	st.date = opened.AddDate(0, 0, r.IntN(15)-4)
	return st
}

// dateOf spreads the corpus evenly over its days: in page order, or for
// OrderRandom block by block in the order of g.blocks.
func (g *generator) dateOf(index int) time.Time {
	pos, span := index, max(g.opts.Articles, 1)
	if g.blocks != nil {
		pos = g.blocks[index/orderBlock]*orderBlock + index%orderBlock
		span = len(g.blocks) * orderBlock
	}
	day := int64(pos) * int64(g.opts.Days) / int64(span)
	return g.opts.Start.AddDate(0, 0, int(day))
}

// original writes a new article about a story: an event sentence first,
// then paragraphs of prose runs, another event-related sentence or two.
func (g *generator) original(r *rand.Rand, index int) *doc {
	m := g.m
	sn := g.storyFor(r, index)
	st := g.story(sn)
	d := &doc{
		kind:      kindOriginal,
		story:     sn,
		outlet:    r.IntN(len(g.outlets)),
		published: g.dateOf(index).Add(time.Duration(r.IntN(86400)) * time.Second),
	}
	fill := func(s string) string {
		return strings.NewReplacer("{A}", st.a.first, "{B}", st.b.first, "{a}", st.a.short, "{b}", st.b.short,
			"{PLACE}", st.place, "{WHEN}", when(st.date, d.published)).Replace(s)
	}
	d.title = fill(m.headlines[r.IntN(len(m.headlines))])
	d.uri = g.articleURI(r, d, index)
	d.id = d.uri
	form := 0
	if st.date.After(d.published) {
		form = 1
	}
	d.paras = append(d.paras, fill(m.events[st.event][form]))
	n := 5 + r.IntN(12)
	for i := range n {
		if i == 1 || (i > 2 && r.IntN(6) == 0) {
			d.paras = append(d.paras, fill(m.follows[r.IntN(len(m.follows))]))
			continue
		}
		d.paras = append(d.paras, g.prose(r))
	}
	return d
}

// prose is a paragraph of one to four consecutive sentences of one source
// paragraph, its numbers changed so that the recombined text is new.
func (g *generator) prose(r *rand.Rand) string {
	run := g.m.runs[r.IntN(len(g.m.runs))]
	start := r.IntN(len(run))
	end := min(len(run), start+1+r.IntN(4))
	var b strings.Builder
	for i, s := range run[start:end] {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, c := range s {
			if c >= '0' && c <= '9' && r.IntN(2) == 0 {
				c = '0' + rune(r.IntN(10))
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// when is how an article published at pub names the day of an event.
func when(event, pub time.Time) string {
	days := int(event.Sub(pub.Truncate(24*time.Hour)).Hours() / 24)
	switch {
	case days == 0:
		return "on " + event.Weekday().String()
	case days > 0 && days < 6, days < 0 && days > -6:
		return "on " + event.Weekday().String()
	case event.Year() == pub.Year():
		return "on " + event.Format("January 2")
	default:
		return "on " + event.Format("January 2, 2006")
	}
}

// copyOf makes a copy of an earlier article d under another outlet.
func (g *generator) copyOf(r *rand.Rand, src *doc, index int) *doc {
	d := &doc{
		of:        src.id,
		story:     src.story,
		title:     src.title,
		outlet:    r.IntN(len(g.outlets)),
		published: src.published.Add(time.Duration(r.IntN(3*86400)) * time.Second),
	}
	d.uri = g.articleURI(r, d, index)
	d.id = d.uri
	switch p := r.Float64(); {
	case p < 0.4:
		d.kind = kindExact
		d.paras = src.paras
	case p < 0.7:
		d.kind = kindTrimmed
		keep := max(2, len(src.paras)*(5+r.IntN(4))/10)
		d.paras = src.paras[:min(keep, len(src.paras))]
	default:
		d.kind = kindReworded
		d.title = g.reword(r, src.title)
		for _, p := range src.paras {
			if len(d.paras) > 1 && r.IntN(10) == 0 {
				continue // a dropped paragraph
			}
			d.paras = append(d.paras, g.reword(r, p))
		}
		if len(d.paras) > 3 && r.IntN(2) == 0 {
			i := 1 + r.IntN(len(d.paras)-2)
			d.paras[i], d.paras[i+1] = d.paras[i+1], d.paras[i]
		}
	}
	return d
}

// reword swaps most words that have a synonym, as spinning software does.
func (g *generator) reword(r *rand.Rand, s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	word := func(w string) {
		lower := strings.ToLower(w)
		syn, ok := g.m.synonyms[lower]
		if !ok || r.IntN(5) == 0 {
			b.WriteString(w)
			return
		}
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
			s0, n := utf8.DecodeRuneInString(syn)
			b.WriteRune(unicode.ToUpper(s0))
			b.WriteString(syn[n:])
			return
		}
		b.WriteString(syn)
	}
	start := -1
	for i, c := range s {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			word(s[start:i])
			start = -1
		}
		b.WriteRune(c)
	}
	if start >= 0 {
		word(s[start:])
	}
	return b.String()
}

// articleURI is an address in the outlet's usual shape.
func (g *generator) articleURI(r *rand.Rand, d *doc, index int) string {
	o := g.outlets[d.outlet]
	slug := slugOf(d.title, 8)
	if slug == "" {
		slug = "article"
	}
	section := [...]string{"world", "politics", "news/world", "asia", "international", "news"}[o.style%6]
	return fmt.Sprintf("https://www.%s/%s/%s/%s-%d", o.domain, section, d.published.Format("2006/01/02"), slug, index)
}

func slugOf(s string, words int) string {
	var b strings.Builder
	n := 0
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		default:
			if !dash {
				n++
				if n >= words {
					return b.String()
				}
			}
			dash = true
		}
	}
	return b.String()
}
