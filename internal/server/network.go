package server

import (
	"cmp"
	"math"
	"slices"
	"time"

	"storyline/internal/event"
	"storyline/internal/store"
)

// The network and the histogram are drawn on the server as inline SVG: no
// script, no layout library, and html/template escapes every label.

// netNode is one actor placed on the network drawing.
type netNode struct {
	ID, Name, Country string
	X, Y, R           float64
	LabelX, LabelY    float64
	Anchor            string // text-anchor of the label
	Events            int
	Tone              string // the tone of most shared events
	Summary           string // "3 shared events: CONSULT 2, AGREE 1"
}

// network is an actor at the centre with its counterparts around it.
type network struct {
	Width, Height float64
	Center        netNode
	Nodes         []netNode
	More          int // counterparts left out of the drawing
}

// maxNetworkNodes keeps the drawing readable; the table lists the rest.
const maxNetworkNodes = 16

func drawNetwork(d store.ActorDetail) network {
	const w, h = 640.0, 440.0
	cx, cy := w/2, h/2
	n := network{Width: w, Height: h}
	n.Center = netNode{ID: d.ID, Name: d.Name, Country: d.Country, X: cx, Y: cy, R: 14, Events: d.Events,
		LabelX: cx, LabelY: cy + 30, Anchor: "middle"}
	cps := d.Counterparts
	if len(cps) > maxNetworkNodes {
		n.More = len(cps) - maxNetworkNodes
		cps = cps[:maxNetworkNodes]
	}
	most := 1
	for _, c := range cps {
		most = max(most, c.Events)
	}
	radius := 160.0
	for i, c := range cps {
		// Start at the top and go round clockwise, busiest first.
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(len(cps), 1))
		x, y := cx+radius*math.Cos(a), cy+radius*math.Sin(a)
		node := netNode{
			ID: c.ID, Name: c.Name, Country: c.Country, Events: c.Events,
			X: round1(x), Y: round1(y), R: round1(5 + 9*math.Sqrt(float64(c.Events)/float64(most))),
			Tone: dominantTone(c.ByType), Summary: typeSummary(c.Events, c.ByType),
		}
		node.LabelX, node.LabelY, node.Anchor = round1(x+(node.R+6)*math.Cos(a)), round1(y+(node.R+6)*math.Sin(a)+4), "start"
		switch {
		case math.Abs(math.Cos(a)) < 0.3:
			node.Anchor = "middle"
			node.LabelY = round1(y + math.Copysign(node.R+14, math.Sin(a)) + 4)
		case math.Cos(a) < 0:
			node.Anchor = "end"
		}
		n.Nodes = append(n.Nodes, node)
	}
	return n
}

// Stroke width of the edge to a node: grows with the shared events.
func (n netNode) Stroke() float64 { return round1(1 + 1.5*math.Log2(float64(n.Events)+1)) }

func round1(f float64) float64 { return math.Round(f*10) / 10 }

func dominantTone(byType map[string]int) string {
	counts := map[string]int{}
	for t, k := range byType {
		counts[tone(t)] += k
	}
	best, bestN := "coop", -1
	for _, t := range []string{"coop", "verbal", "force"} {
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
	}
	return best
}

// typeCount is one type with its count, for sorted display.
type typeCount struct {
	Type  string
	Count int
	Tone  string
	Width float64 // bar length in percent of the largest
}

func sortedTypes(byType map[string]int) []typeCount {
	out := make([]typeCount, 0, len(byType))
	most := 1
	for t, k := range byType {
		out = append(out, typeCount{Type: t, Count: k, Tone: tone(t)})
		most = max(most, k)
	}
	slices.SortFunc(out, func(a, b typeCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Type, b.Type)) })
	for i := range out {
		out[i].Width = round1(100 * float64(out[i].Count) / float64(most))
	}
	return out
}

func typeSummary(total int, byType map[string]int) string {
	s := plural(total, "shared event", "shared events")
	for i, tc := range sortedTypes(byType) {
		if i == 0 {
			s += ": "
		} else {
			s += ", "
		}
		s += tc.Type + " " + itoa(tc.Count)
	}
	return s
}

// histogram is events per month as stacked bars, occurred below planned.
type histogram struct {
	Width, Height float64
	Bars          []histBar
	First, Last   string
}

type histBar struct {
	X, W                 float64
	OccurredY, OccurredH float64
	OtherY, OtherH       float64
	Label                string
	Occurred, Other      int
}

// drawHistogram counts the dated events by month of their start, from the
// first month to the last, empty months included so time reads evenly.
func drawHistogram(events []event.Event) (histogram, bool) {
	type count struct{ occurred, other int }
	byMonth := map[time.Time]*count{}
	var first, last time.Time
	for i := range events {
		e := &events[i]
		if e.Date == nil {
			continue
		}
		t, err := time.Parse(time.DateOnly, e.Date.Start)
		if err != nil {
			continue
		}
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		c := byMonth[m]
		if c == nil {
			c = &count{}
			byMonth[m] = c
		}
		if e.Status == event.Occurred {
			c.occurred++
		} else {
			c.other++
		}
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	if len(byMonth) == 0 {
		return histogram{}, false
	}
	var months []time.Time
	for m := first; !m.After(last) && len(months) < 240; m = m.AddDate(0, 1, 0) {
		months = append(months, m)
	}
	most := 1
	for _, c := range byMonth {
		most = max(most, c.occurred+c.other)
	}
	const w, h, top = 640.0, 80.0, 4.0
	slot := w / float64(len(months))
	hist := histogram{Width: w, Height: h, First: first.Format("Jan 2006"), Last: last.Format("Jan 2006")}
	for i, m := range months {
		c := byMonth[m]
		if c == nil {
			c = &count{}
		}
		scale := (h - top) / float64(most)
		oh := round1(float64(c.occurred) * scale)
		ph := round1(float64(c.other) * scale)
		hist.Bars = append(hist.Bars, histBar{
			X: round1(float64(i)*slot + slot*0.1), W: round1(max(slot*0.8, 1)),
			OccurredY: round1(h - oh), OccurredH: oh,
			OtherY: round1(h - oh - ph), OtherH: ph,
			Label: m.Format("January 2006"), Occurred: c.occurred, Other: c.other,
		})
	}
	return hist, true
}
