package dedup

import (
	"math/bits"
	"slices"
)

// The entity stage, for copies reworded by hand: a spinner swaps nearly
// every common word for a synonym, splits and merges sentences and drops
// paragraphs, so few word pairs survive, but it leaves the names, numbers
// and dates where they were. Two reports of one meeting written by
// different people name the same people, place and date too, but each
// brings its own details in its own order, so they share few ordered pairs
// of them.

// entityTokens appends the sequence of a body's names and numbers, in
// order: every word holding a digit, and the last word of each run of
// capitalised words (the family name of a person, the head of "Foreign
// Minister Yoshimasa Hayashi" or "Rapid Support Forces"), so that a title
// swapped for a synonym ("Foreign Minister" for "Overseas Minister") leaves
// the token unchanged. capitals is scratch space, returned for reuse.
//
// A lone capitalised word that begins a sentence counts only when the body
// also writes it capitalised inside a sentence: "Blinken and Austin will"
// begins with a name, "Rescue teams arrived" does not.
// Sentences made mostly of capitalised words and numbers (lists of titles,
// headings, schedules run into one line) are left out: a story's names are
// in its prose, and such lists are shared by stories that copy them from
// one source. So are lines that do not end a sentence, when the body has
// prose enough without them, as for facts.
func entityTokens(dst []entityToken, ws []word, capitals []uint64) ([]entityToken, []uint64) {
	skip := uint8(0)
	prose := 0
	for _, w := range ws {
		if w.flags&flagList == 0 {
			prose++
		}
	}
	if prose >= minBodyWords {
		skip = flagList
	}
	capitals = capitals[:0]
	for _, w := range ws {
		if isName(w) && w.flags&flagSentence == 0 {
			capitals = append(capitals, w.hash)
		}
	}
	slices.Sort(capitals)

	var last uint64
	sentence := int32(0)
	for start := 0; start < len(ws); {
		end := start + 1
		for end < len(ws) && ws[end].flags&flagSentence == 0 {
			end++
		}
		s := ws[start:end]
		start = end
		sentence++
		if listLike(s) {
			continue
		}
		for i, w := range s {
			if w.flags&skip != 0 {
				continue
			}
			switch {
			case w.flags&flagDigit != 0:
			case isName(w):
				if i+1 < len(s) && isName(s[i+1]) && s[i+1].flags&skip == 0 {
					continue // not the last word of its run
				}
				if i == 0 {
					if _, ok := slices.BinarySearch(capitals, w.hash); !ok {
						continue
					}
				}
			default:
				continue
			}
			if w.hash != last {
				dst = append(dst, entityToken{w.hash, sentence})
				last = w.hash
			}
		}
	}
	return dst, capitals
}

// entityToken is a name or number and the number of its sentence.
type entityToken struct {
	hash     uint64
	sentence int32
}

// isName reports whether w is written capitalised and is neither a function
// word nor a number.
func isName(w word) bool {
	return w.flags&(flagCapital|flagStop|flagDigit) == flagCapital
}

// listLike reports whether a sentence of at least listWords words is made
// mostly (four in five words or more) of capitalised words and numbers.
// Even a sentence dense with names ("Kyrgyz President Sadyr Japarov spoke
// by telephone with Tajik President Emomali Rahmon") has about two in
// three.
func listLike(s []word) bool {
	if len(s) < listWords {
		return false
	}
	n := 0
	for _, w := range s {
		if w.flags&flagDigit != 0 || isName(w) {
			n++
		}
	}
	return 5*n >= 4*len(s)
}

const listWords = 10

// Entity shingle kinds are mixed into their hashes so a pair and a pair
// with one token between never collide.
const (
	entityNext = 0x2545f4914f6cdd1d
	entitySkip = 0x9fb21c651e98df25
)

// entityShingles appends to all the ordered pairs of neighbouring tokens
// and of tokens one apart (the second kind still holds when a rewriter
// drops or adds one name between two others), and to joins those of them
// whose two tokens are in different sentences.
//
// A pair of two tokens that both recur in the body is left out: the
// people, places and dates a story keeps coming back to say what it is
// about, which every other story of the same event says too; the names
// and numbers it mentions once are its own.
//
// The joins tell a copy from a story that shares a sentence or two with
// another (a lead, a quotation, a line of a press release): such stories
// share the pairs inside those sentences, but not the pairs that join them
// to their neighbours, which a copy keeps with the order of its sentences.
// sorted is scratch space, returned for reuse.
func entityShingles(all, joins []uint64, ts []entityToken, sorted []uint64) ([]uint64, []uint64, []uint64) {
	sorted = sorted[:0]
	for _, t := range ts {
		sorted = append(sorted, t.hash)
	}
	slices.Sort(sorted)
	recurs := func(x uint64) bool {
		i, _ := slices.BinarySearch(sorted, x)
		return i+1 < len(sorted) && sorted[i+1] == x
	}
	pair := func(a, b entityToken, kind uint64) {
		if recurs(a.hash) && recurs(b.hash) {
			return
		}
		h := mix(a.hash*31 + bits.RotateLeft64(b.hash, 17) ^ kind)
		all = append(all, h)
		if a.sentence != b.sentence {
			joins = append(joins, h)
		}
	}
	for i, t := range ts {
		if i+1 < len(ts) {
			pair(t, ts[i+1], entityNext)
		}
		if i+2 < len(ts) {
			pair(t, ts[i+2], entitySkip)
		}
	}
	return all, joins, sorted
}
