package merge

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Reports of one event name the same particulars: the sites struck, the
// number of diplomats expelled, the town where the talks were held, the
// people beside the parties. Reports of another event between the same
// parties name others. When nothing else tells which of several events a
// report tells (it has no date of its own, or its date fits several), the
// event whose reports share its rarest words is its event, provided one
// stands out clearly.

//go:embed data/common.txt
var commonText string

var commonWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.SplitSeq(commonText, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			m[w] = true
		}
	}
	return m
})

const (
	// minShared is the weight a report must share with an event to be
	// told apart by its words: about two words that few of the group's
	// reports use.
	minShared = 3.0
	// clearMargin is how many times the runner-up's weight the best must
	// reach to stand out.
	clearMargin = 1.5
)

// particulars holds the distinctive words of the reports of one group and
// how many reports use each.
type particulars struct {
	words map[*Report][]word // distinct
	df    map[string]int
	n     int
	// sets caches the words of each cluster's reports; clusters only
	// grow while reports are placed, so a set is brought up to date by
	// adding the reports joined since.
	sets map[*cluster]*wordSet
}

type wordSet struct {
	n        int // c.items[:n] are in words and articles
	words    map[string]bool
	articles map[string]bool
}

// word is a distinctive word of a report; proper when the report writes it
// as a name (capitalised inside a sentence) or it is a number: names and
// numbers are what tell one event from another best, "Fordow" or "23" more
// than "lengthy".
type word struct {
	w      string
	proper bool
	text   string // as written, for tokens only
}

func newParticulars(items []item, opts Options) *particulars {
	p := &particulars{words: make(map[*Report][]word, len(items)), df: map[string]int{}, n: len(items), sets: map[*cluster]*wordSet{}}
	for _, it := range items {
		ws := wordsOf(it.r, opts.IsCountryWord)
		p.words[it.r] = ws
		for _, w := range ws {
			p.df[w.w]++
		}
	}
	return p
}

// wordsOf returns the distinct words of a report's sentences, less the
// common ones, the names of its actors and of countries (the parties and
// their setting are what every report of the group shares). isCountry may
// be nil.
func wordsOf(r *Report, isCountry func(string) bool) []word {
	common := commonWords()
	var names []string
	for _, a := range r.Event.Actors {
		for _, t := range tokens(a.Name) {
			names = append(names, t.w)
		}
	}
	var out []word
	for _, ev := range r.Event.Evidence {
		ts := tokens(ev.Text)
		caps := 0
		for _, t := range ts {
			if t.proper {
				caps++
			}
		}
		headline := 2*caps > len(ts) // Title Case marks no name
		for i, t := range ts {
			w := t.w
			if common[w] || (len(w) < 3 && !isNumber(w)) || slices.Contains(names, w) {
				continue
			}
			if t.proper && isCountry != nil && isCountry(t.text) {
				continue
			}
			proper := isNumber(w) || (t.proper && i > 0 && !headline)
			// A sentence has few words: a scan is cheaper than a map.
			if j := slices.IndexFunc(out, func(o word) bool { return o.w == w }); j >= 0 {
				out[j].proper = out[j].proper || proper
				continue
			}
			out = append(out, word{w: w, proper: proper})
		}
	}
	return out
}

// tokens splits text into lower-case words and numbers, each marked proper
// when written with a capital; a plural and its singular are one word
// ("sites", "site"), and so are British and American spellings
// ("cancelled", "canceled"; "organisation", "organization").
//
// It splits as strings.FieldsFunc would at every rune that is neither a
// letter nor a digit, without the slice of fields and the runes of each
// (a rebuild tokenizes every report of the units it merges again).
func tokens(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = appendToken(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = appendToken(out, s[start:])
	}
	return out
}

func appendToken(out []word, f string) []word {
	w := strings.ToLower(f)
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	w = american.Replace(w)
	first, _ := utf8.DecodeRuneInString(f)
	return append(out, word{w: w, proper: unicode.IsUpper(first), text: f})
}

// american spells the endings British English spells otherwise; only the
// end of a word (after the plural is taken off) is matched.
var american = suffixReplacer{{"llation", "lation"}, {"lled", "led"}, {"lling", "ling"},
	{"isation", "ization"}, {"ised", "ized"}, {"ising", "izing"}, {"ise", "ize"}}

type suffixReplacer [][2]string

func (s suffixReplacer) Replace(w string) string {
	for _, p := range s {
		if len(w) > len(p[0])+2 && strings.HasSuffix(w, p[0]) {
			return w[:len(w)-len(p[0])] + p[1]
		}
	}
	return w
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// weight is what sharing w says: much for a word few reports use, nothing
// for one all use.
func (p *particulars) weight(w string) float64 {
	return math.Log(1 + float64(p.n)/float64(p.df[w]))
}

// set brings the words and articles of c's reports up to date.
func (p *particulars) set(c *cluster) *wordSet {
	set := p.sets[c]
	if set == nil {
		set = &wordSet{words: map[string]bool{}, articles: map[string]bool{}}
		p.sets[c] = set
	}
	for _, it := range c.items[set.n:] {
		set.articles[it.r.ArticleID] = true
		for _, w := range p.words[it.r] {
			set.words[w.w] = true
		}
	}
	set.n = len(c.items)
	return set
}

// shared is the weight of the words report r shares with the reports of c.
func (p *particulars) shared(r *Report, c *cluster) float64 {
	mine := p.words[r]
	if len(mine) == 0 {
		return 0
	}
	theirs := p.set(c).words
	s := 0.0
	for _, w := range mine {
		if !theirs[w.w] {
			continue
		}
		if w.proper {
			s += p.weight(w.w)
		} else {
			s += p.weight(w.w) / 2
		}
	}
	return s
}

// choose returns the one of cands whose reports share clearly most with r,
// or nil when none stands out.
func (p *particulars) choose(r *Report, cands []*cluster) *cluster {
	if len(p.words[r]) == 0 {
		return nil
	}
	var best *cluster
	top, second := 0.0, 0.0
	for _, c := range cands {
		s := p.shared(r, c)
		switch {
		case s > top:
			best, top, second = c, s, top
		case s > second:
			second = s
		}
	}
	if top < minShared || top < clearMargin*second {
		return nil
	}
	return best
}
