package spin

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// Kinds of record in a labelled set.
const (
	Original  = "original"  // an article as found
	Verbatim  = "verbatim"  // the same body again
	Trimmed   = "trimmed"   // first or last paragraphs dropped
	Rewrapped = "rewrapped" // other page furniture around it
	Reordered = "reordered" // sentences moved or dropped
	Reworded  = "reworded"  // spun: synonyms, mangled names, some reordering
	Story     = "event"     // an original given a shared event (names, place, date, quote)
)

// CopyKinds are the kinds of copy made of every original.
var CopyKinds = []string{Verbatim, Trimmed, Rewrapped, Reordered, Reworded}

// Record is one body of a labelled set. Bodies of a set are meant to be
// added to one index in order; a body whose Group was seen before copies the
// first body of that group, any other body copies nothing.
type Record struct {
	Set   string `json:"set"` // "copies" or "events": one index per set
	ID    string `json:"id"`
	Group string `json:"group"`
	Kind  string `json:"kind"`
	// Source names where an original came from; for copies, the original.
	Source string `json:"source"`
	Body   string `json:"body"`
}

// Article is an original body with a name saying where it came from.
type Article struct {
	Source string
	Body   string
}

// Build makes the labelled set from originals, deterministically for seed.
//
// The "copies" set holds every original once and five copies of each (one of
// each of CopyKinds), every copy placed after its original among later
// originals. The "events" set pairs originals of at least minEventWords words
// — those sharing the most content words first, so the pairs are on the same
// topic where the material allows — gives both of a pair the same Event,
// and adds a reworded copy of the first: the copy must find its own source
// and the two stories must not find each other.
func Build(seed uint64, originals []Article) []Record {
	r := rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909))
	type timed struct {
		at  int
		rec Record
	}
	var stream []timed
	for i, a := range originals {
		group := fmt.Sprintf("g%03d", i)
		t := i * 10
		stream = append(stream, timed{t, Record{Set: "copies", ID: "orig/" + group, Group: group, Kind: Original, Source: a.Source, Body: a.Body}})
		for _, kind := range CopyKinds {
			var body string
			switch kind {
			case Verbatim:
				body = a.Body
			case Trimmed:
				body = Trim(r, a.Body)
			case Rewrapped:
				body = Rewrap(r, a.Body)
			case Reordered:
				body = Reorder(r, a.Body)
			case Reworded:
				body = Reword(r, a.Body, 0.5+0.4*r.Float64())
			}
			stream = append(stream, timed{t + 1 + r.IntN(300), Record{Set: "copies", ID: kind + "/" + group, Group: group, Kind: kind, Source: a.Source, Body: body}})
		}
	}
	slices.SortStableFunc(stream, func(a, b timed) int { return cmp.Compare(a.at, b.at) })
	var set []Record
	for _, t := range stream {
		set = append(set, t.rec)
	}

	var copies []Record
	for k, pair := range eventPairs(originals) {
		e := Events[k%len(Events)]
		a, b := originals[pair[0]], originals[pair[1]]
		ga, gb := fmt.Sprintf("e%03da", k), fmt.Sprintf("e%03db", k)
		bodyA := SameEvent(r, a.Body, e)
		set = append(set,
			Record{Set: "events", ID: "event/" + ga, Group: ga, Kind: Story, Source: a.Source, Body: bodyA},
			Record{Set: "events", ID: "event/" + gb, Group: gb, Kind: Story, Source: b.Source, Body: SameEvent(r, b.Body, e)})
		copies = append(copies, Record{Set: "events", ID: "reworded/" + ga, Group: ga, Kind: Reworded, Source: a.Source, Body: Reword(r, bodyA, 0.5+0.4*r.Float64())})
	}
	return append(set, copies...)
}

// minEventWords keeps very short originals out of the event pairs: with a
// lead and a quote added, a few lines would be mostly the event itself.
const minEventWords = 150

// eventPairs pairs originals, most similar first: greedily, by the Jaccard
// similarity of their sets of long lower-cased words.
func eventPairs(originals []Article) [][2]int {
	var idx []int
	vocab := make([]map[string]bool, len(originals))
	for i, a := range originals {
		ws := strings.FieldsFunc(strings.ToLower(a.Body), func(c rune) bool { return !unicode.IsLetter(c) })
		if len(ws) < minEventWords {
			continue
		}
		idx = append(idx, i)
		vocab[i] = make(map[string]bool)
		for _, w := range ws {
			if len(w) > 4 {
				vocab[i][w] = true
			}
		}
	}
	type cand struct {
		a, b int
		j    float64
	}
	var cs []cand
	for x, a := range idx {
		for _, b := range idx[x+1:] {
			inter := 0
			for w := range vocab[a] {
				if vocab[b][w] {
					inter++
				}
			}
			union := len(vocab[a]) + len(vocab[b]) - inter
			if union > 0 {
				cs = append(cs, cand{a, b, float64(inter) / float64(union)})
			}
		}
	}
	slices.SortStableFunc(cs, func(x, y cand) int { return cmp.Compare(y.j, x.j) })
	used := make(map[int]bool)
	var pairs [][2]int
	for _, c := range cs {
		if used[c.a] || used[c.b] {
			continue
		}
		used[c.a], used[c.b] = true, true
		pairs = append(pairs, [2]int{c.a, c.b})
	}
	return pairs
}
