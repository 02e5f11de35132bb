// Package spin makes copies of a news article the way the web does: verbatim
// syndication, trimmed copies, copies re-wrapped in other page furniture,
// copies with sentences reordered or dropped, and content-farm rewrites
// (words swapped for synonyms, names mangled). It also builds "same event,
// different story" pairs by giving two unrelated articles the same names,
// place, date and quotation. It exists to build the labelled set that
// measures package dedup; every function is deterministic for a given
// random source.
package spin

import (
	"bufio"
	_ "embed"
	"math/rand/v2"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/synonyms.txt
var synonymsFile string

//go:embed data/boilerplate.txt
var boilerplateFile string

var (
	synonyms    = loadSynonyms(synonymsFile)
	boilerplate = loadLines(boilerplateFile)
)

func loadSynonyms(text string) map[string][]string {
	m := make(map[string][]string)
	for _, line := range loadLines(text) {
		word, alts, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for alt := range strings.SplitSeq(alts, "|") {
			if alt = strings.TrimSpace(alt); alt != "" {
				m[strings.TrimSpace(word)] = append(m[strings.TrimSpace(word)], alt)
			}
		}
	}
	return m
}

func loadLines(text string) []string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	return lines
}

// paragraphs splits a body into its non-empty lines.
func paragraphs(body string) []string {
	var ps []string
	for line := range strings.Lines(body) {
		if line = strings.TrimSpace(line); line != "" {
			ps = append(ps, line)
		}
	}
	return ps
}

var sentenceEnd = regexp.MustCompile(`[.!?]["”’']?\s+`)

// sentences splits a paragraph at sentence ends (roughly: good enough to
// move sentences about, not to code events).
func sentences(p string) []string {
	var ss []string
	last := 0
	for _, m := range sentenceEnd.FindAllStringIndex(p, -1) {
		ss = append(ss, strings.TrimSpace(p[last:m[1]]))
		last = m[1]
	}
	if rest := strings.TrimSpace(p[last:]); rest != "" {
		ss = append(ss, rest)
	}
	return ss
}

func join(ps []string) string { return strings.Join(ps, "\n\n") }

// Trim drops paragraphs from the start and the end, as sites that run the
// first part of a wire story or cut its lead do, keeping at least 60% of
// the paragraphs. A body of one or two paragraphs loses sentences instead.
func Trim(r *rand.Rand, body string) string {
	ps := paragraphs(body)
	if len(ps) < 3 {
		ss := sentences(strings.Join(ps, " "))
		if len(ss) < 3 {
			return body
		}
		drop := max(1, len(ss)*3/10)
		return strings.Join(ss[:len(ss)-drop], " ")
	}
	budget := len(ps) * 4 / 10
	head := r.IntN(min(budget, 3) + 1)
	tail := r.IntN(min(budget-head, 3) + 1)
	if head+tail == 0 {
		tail = 1
	}
	return join(ps[head : len(ps)-tail])
}

// Rewrap puts the story between other page furniture: lines above, below
// and between paragraphs.
func Rewrap(r *rand.Rand, body string) string {
	ps := paragraphs(body)
	var out []string
	for range 2 + r.IntN(4) {
		out = append(out, pick(r, boilerplate))
	}
	for i, p := range ps {
		out = append(out, p)
		if i > 0 && i < len(ps)-1 && r.IntN(5) == 0 {
			out = append(out, pick(r, boilerplate))
		}
	}
	for range 2 + r.IntN(6) {
		out = append(out, pick(r, boilerplate))
	}
	return join(out)
}

// Reorder moves sentences about within paragraphs, swaps some paragraphs
// and drops about one sentence in eight.
func Reorder(r *rand.Rand, body string) string {
	ps := paragraphs(body)
	for i := range ps {
		ss := sentences(ps[i])
		kept := ss[:0]
		for _, s := range ss {
			if len(ss) == 1 || r.IntN(8) != 0 {
				kept = append(kept, s)
			}
		}
		if len(kept) > 1 && r.IntN(2) == 0 {
			r.Shuffle(len(kept), func(a, b int) { kept[a], kept[b] = kept[b], kept[a] })
		}
		ps[i] = strings.Join(kept, " ")
	}
	for range len(ps) / 4 {
		a, b := r.IntN(len(ps)), r.IntN(len(ps))
		ps[a], ps[b] = ps[b], ps[a]
	}
	return join(ps)
}

// Reword rewrites the story as a content farm's spinner does: words swapped
// for synonyms with probability rate, given and family names joined or a
// letter doubled, and a few sentences reordered.
func Reword(r *rand.Rand, body string, rate float64) string {
	ps := paragraphs(body)
	for i, p := range ps {
		ps[i] = mangleNames(r, swapWords(r, p, rate))
	}
	out := join(ps)
	if r.IntN(2) == 0 {
		out = Reorder(r, out)
	}
	return out
}

var wordRun = regexp.MustCompile(`[\p{L}\p{N}]+`)

func swapWords(r *rand.Rand, p string, rate float64) string {
	return wordRun.ReplaceAllStringFunc(p, func(w string) string {
		alts, ok := synonyms[strings.ToLower(w)]
		if !ok || r.Float64() >= rate {
			return w
		}
		alt := pick(r, alts)
		if first, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(first) {
			alt = capitalise(alt)
		}
		return alt
	})
}

// nameRun is two capitalised words in a row: most often a given name and a
// family name.
var nameRun = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,})\b`)

// capitalisedWord is a word that starts with a capital and has at least
// five letters: a name, usually.
var capitalisedWord = regexp.MustCompile(`\b\p{Lu}\p{Ll}{4,}\b`)

func mangleNames(r *rand.Rand, p string) string {
	p = nameRun.ReplaceAllStringFunc(p, func(s string) string {
		if r.IntN(3) != 0 {
			return s
		}
		given, family, _ := strings.Cut(s, " ")
		return given + strings.ToLower(family)
	})
	return capitalisedWord.ReplaceAllStringFunc(p, func(s string) string {
		if r.IntN(8) != 0 {
			return s
		}
		i := 1 + r.IntN(len(s)-2)
		if s[i] >= utf8.RuneSelf {
			return s
		}
		return s[:i] + s[i:i+1] + s[i:]
	})
}

// Event is what two different stories about the same meeting share.
type Event struct {
	People []string // full names, the first two meet
	Place  string
	Date   string // as written: "March 15, 2024"
	Quote  string // a statement both stories quote
}

// Events is a list of made-up meetings for SameEvent, with names that occur
// in no article so they cannot match by accident.
var Events = []Event{
	{[]string{"Aldo Verrani", "Mikael Storvik", "Ines Tavora"}, "Lisbon", "March 15, 2024", "We agreed to deepen our cooperation on energy and trade"},
	{[]string{"Hanne Kolstad", "Teodor Vasilescu", "Amira Haddad"}, "Oslo", "June 2, 2023", "The talks were frank and we will meet again before the summer"},
	{[]string{"Ravi Menon", "Chiara Bellotti", "Jonas Lindqvist"}, "Geneva", "October 9, 2022", "Both sides reaffirmed their commitment to a peaceful settlement"},
	{[]string{"Kenji Morioka", "Dalia Nassar", "Pieter de Wit"}, "Nairobi", "January 27, 2025", "Our ministers will draw up a plan for the border crossings"},
	{[]string{"Sofia Marquez", "Olek Bardach", "Tariq Qureshi"}, "Santiago", "April 11, 2024", "This visit marks a new chapter in relations between our countries"},
	{[]string{"Lena Hartwig", "Farid Ousmane", "Miro Kallas"}, "Tallinn", "September 19, 2023", "We discussed the security of the region and the sanctions"},
}

// SameEvent makes body a story about e: every two-word capitalised name is
// replaced by the event's people in turn, and a lead naming the meeting,
// its place and date and a quoted statement are added. Two bodies given the
// same event share names, place, date and one quotation but none of their
// own wording.
func SameEvent(r *rand.Rand, body string, e Event) string {
	n := 0
	body = nameRun.ReplaceAllStringFunc(body, func(string) string {
		name := e.People[n%len(e.People)]
		n++
		return name
	})
	lead := e.People[0] + " met " + e.People[1] + " in " + e.Place + " on " + e.Date + "."
	quote := "\"" + e.Quote + ",\" " + e.People[r.IntN(2)] + " said after the meeting in " + e.Place + "."
	ps := paragraphs(body)
	out := append([]string{lead}, ps...)
	at := 1 + r.IntN(len(out))
	out = append(out[:at], append([]string{quote}, out[at:]...)...)
	return join(out)
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

func capitalise(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(first)) + s[size:]
}
