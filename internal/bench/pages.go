package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// outlet is a generated news site with its own habits: how it lays out a
// page, writes dates and names its addresses.
type outlet struct {
	name, domain string
	style        int
	nav          []string // its menu, the same on every page
	end          []string // its footer
	template     int      // the HTML page template it uses
}

func newOutlets(m *Material, seed uint64) []outlet {
	r := rand.New(rand.NewPCG(seed, 0x6f75746c6574))
	out := make([]outlet, len(m.outlets))
	for i, name := range m.outlets {
		o := outlet{name: name, style: r.IntN(1 << 16)}
		o.domain = strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, "The "), " ", "")) + ".com"
		o.nav = pick(r, m.furniture["nav"], 5+r.IntN(8))
		o.end = pick(r, m.furniture["end"], 3+r.IntN(6))
		if len(m.templates) > 0 {
			o.template = r.IntN(len(m.templates))
		}
		out[i] = o
	}
	return out
}

// pick gives n distinct items of list in list order.
func pick(r *rand.Rand, list []string, n int) []string {
	idx := r.Perm(len(list))[:min(n, len(list))]
	out := make([]string, 0, len(idx))
	for i, s := range list {
		for _, j := range idx {
			if i == j {
				out = append(out, s)
			}
		}
	}
	return out
}

// dateLine writes the publication time the way the outlet does.
func (o *outlet) dateLine(t time.Time) string {
	switch (o.style >> 1) % 6 {
	case 0:
		return t.Format("15:04 MST, January 2, 2006")
	case 1:
		return fmt.Sprintf("%s %s, %d", t.Format("Mon. January"), ordinal(t.Day()), t.Year())
	case 2:
		return t.Format("January 2, 2006")
	case 3:
		return "Published " + t.Format("2 January 2006")
	case 4:
		return t.Format("2006-01-02 15:04")
	default:
		return "Updated " + t.Format("Mon 2 Jan 2006 15.04 MST")
	}
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprint(n) + suffix
}

// textPage writes the whole visible text of d's page, as a WET record or a
// saved text capture holds it: menu, headline, byline and date, the
// article, share buttons, related headlines and footer, one block a line.
func (g *generator) textPage(b *strings.Builder, r *rand.Rand, d *doc, related []string) {
	o := &g.outlets[d.outlet]
	m := g.m
	b.WriteString(o.name)
	b.WriteByte('\n')
	if o.style&4 != 0 {
		b.WriteString(strings.Join(o.nav, " | "))
		b.WriteByte('\n')
	} else {
		for _, n := range o.nav {
			b.WriteString(n)
			b.WriteByte('\n')
		}
	}
	b.WriteByte('\n')
	b.WriteString(d.title)
	b.WriteByte('\n')
	if o.style&8 != 0 {
		b.WriteString(m.furniture["byline"][r.IntN(len(m.furniture["byline"]))])
		b.WriteByte('\n')
	}
	b.WriteString(o.dateLine(d.published))
	b.WriteByte('\n')
	sep := "\n"
	if o.style&1 != 0 {
		sep = "\n\n"
	}
	for _, p := range d.paras {
		b.WriteString(p)
		b.WriteString(sep)
	}
	for _, s := range pick(r, m.furniture["share"], 2+r.IntN(3)) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	if len(related) > 0 {
		b.WriteString(m.furniture["related"][o.style%len(m.furniture["related"])])
		b.WriteByte('\n')
		for _, t := range related {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	for _, s := range o.end {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "© %d %s. All rights reserved.\n", d.published.Year(), o.name)
}

// htmlPage writes d's page in its outlet's template.
func (g *generator) htmlPage(b *strings.Builder, d *doc) {
	g.m.templates[g.outlets[d.outlet].template].render(b, d)
}
