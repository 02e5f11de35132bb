package coder

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// form is the grammatical form a verb token has.
type form uint8

const (
	formNone       form = iota // not a verb form (a noun or particle)
	formBase                   // "meet": after will/to/modals, or present plural
	formThird                  // "meets": present (headlines use it for past events)
	formIng                    // "meeting"
	formPast                   // "met"
	formParticiple             // "met" after have/be
)

// cueFlags are the flags of a cue line in cues.tsv.
type cueFlags struct {
	noun, intent, speech, dest, host, group bool
	// weak: the word is used of many things besides politics ("allow",
	// "provide", "support"); it reports an event only between two named
	// sides (see weakCueHolds).
	weak bool
	// demand: the words tell an act only as what someone must do ("said
	// Russia must tell the truth"): a request then, else no event.
	demand bool
	// stance: the words state a stance held as they are said ("would not
	// rule out military action"): a modal or a condition before them
	// leaves it a stance taken, and it is taken when it is said.
	stance bool
	// none: the words are a cue word in another sense ("shaking hands
	// over the line", "demonstrates his resolve"): a longer pattern that
	// covers the cue and tells no act.
	none bool
}

// element is one position of a pattern: a set of words, or a gap.
type element struct {
	words map[string]form // word → its verb form (formNone for plain words)
	// ids are the words' numbers in the lexicon's vocabulary, sorted:
	// matchIDs compares numbers, found once per token, instead of looking
	// every token up in the map of every element it meets.
	ids      []int32
	optional bool
	gap      int // > 0: skip up to gap tokens
}

// has reports whether the word numbered id is one of the element's.
func (el *element) has(id int32) bool {
	if len(el.ids) <= 8 {
		for _, x := range el.ids {
			if x == id {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(el.ids, id)
	return ok
}

// cue is one compiled line of cues.tsv.
type cue struct {
	Type  string
	Mode  string
	flags cueFlags
	elems []element
	text  string // the pattern as written, for debugging
	line  int
}

// lexicon holds every cue, indexed by the words its first element accepts.
type lexicon struct {
	byFirst map[string][]*cue
	// vocab numbers every word of every cue element from 1 (0: a word no
	// cue has); byFirstID is byFirst by those numbers.
	vocab     map[string]int32
	byFirstID [][]*cue
	forms     map[string]form // every known verb form of a verb used in a cue
	// abstract nouns make a verb of force a metaphor (data/abstract.txt).
	abstract map[string]bool
	// genres tell sport, crime, markets and polls from politics (data/genre.txt).
	genres genreLists
	kinds  *kindIndex // the genre lists a sentence's kind is read from, as one index
	// opinion tells columns and analysis pieces from reports (data/opinion.txt).
	opinion *opinionSigns
}

// irregular maps a verb's base to its five forms.
type verbForms [5]string

func loadLexicon() (*lexicon, error) {
	irregular, err := loadVerbs("data/verbs.tsv")
	if err != nil {
		return nil, err
	}
	b, err := dataFS.ReadFile("data/cues.tsv")
	if err != nil {
		return nil, fmt.Errorf("read cue lexicon: %w", err)
	}
	lx := &lexicon{byFirst: map[string][]*cue{}, forms: map[string]form{}}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("cues.tsv line %d: want 4 tab-separated columns, got %d", n, len(cols))
		}
		c := &cue{Type: cols[0], Mode: cols[1], text: cols[3], line: n}
		if c.Type == "-" {
			c.Type = ""
		}
		if c.Mode == "-" {
			c.Mode = ""
		}
		for _, f := range strings.Split(cols[2], ",") {
			switch strings.TrimSpace(f) {
			case "-", "":
			case "noun":
				c.flags.noun = true
			case "intent":
				c.flags.intent = true
			case "speech":
				c.flags.speech = true
			case "dest":
				c.flags.dest = true
			case "host":
				c.flags.host = true
			case "group":
				c.flags.group = true
			case "weak":
				c.flags.weak = true
			case "demand":
				c.flags.demand = true
			case "stance":
				c.flags.stance = true
			case "none":
				c.flags.none = true
			default:
				return nil, fmt.Errorf("cues.tsv line %d: unknown flag %q", n, f)
			}
		}
		for _, w := range strings.Fields(cols[3]) {
			el, err := compileElement(w, irregular, lx.forms)
			if err != nil {
				return nil, fmt.Errorf("cues.tsv line %d: %w", n, err)
			}
			c.elems = append(c.elems, el)
		}
		if len(c.elems) == 0 || c.elems[0].gap > 0 || c.elems[0].optional {
			return nil, fmt.Errorf("cues.tsv line %d: a pattern must start with a word", n)
		}
		for w := range c.elems[0].words {
			lx.byFirst[w] = append(lx.byFirst[w], c)
		}
	}
	if lx.genres, err = loadGenres(); err != nil {
		return nil, err
	}
	lx.kinds = lx.genres.kindIndex()
	if lx.opinion, err = loadOpinionSigns(); err != nil {
		return nil, err
	}
	if lx.abstract, err = loadWordList("data/abstract.txt"); err != nil {
		return nil, err
	}
	// Longer patterns first, so "hold talks" wins over "talks".
	for w, cs := range lx.byFirst {
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].elems) > len(cs[j].elems) })
		lx.byFirst[w] = cs
	}
	lx.numberWords()
	lx.kinds.addVocab(lx.vocab)
	return lx, nil
}

// numberWords fills vocab, byFirstID and every element's ids.
func (lx *lexicon) numberWords() {
	var all []*cue
	seen := map[*cue]bool{}
	for _, cs := range lx.byFirst {
		for _, c := range cs {
			if !seen[c] {
				seen[c] = true
				all = append(all, c)
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].line < all[j].line })
	lx.vocab = map[string]int32{}
	for _, c := range all {
		for k := range c.elems {
			el := &c.elems[k]
			for _, w := range slices.Sorted(maps.Keys(el.words)) {
				id, ok := lx.vocab[w]
				if !ok {
					id = int32(len(lx.vocab) + 1)
					lx.vocab[w] = id
				}
				el.ids = append(el.ids, id)
			}
			slices.Sort(el.ids)
		}
	}
	lx.byFirstID = make([][]*cue, len(lx.vocab)+1)
	for w, cs := range lx.byFirst {
		lx.byFirstID[lx.vocab[w]] = cs
	}
}

// wordIDs writes the vocabulary number of each token into ids (0 for a
// word no cue has) and returns it.
func (lx *lexicon) wordIDs(toks []token, ids []int32) []int32 {
	ids = ids[:0]
	for _, t := range toks {
		if t.vocab > 0 {
			ids = append(ids, t.vocab-1) // kindOf looked it up
			continue
		}
		ids = append(ids, lx.vocab[t.lower])
	}
	return ids
}

func compileElement(w string, irregular map[string]verbForms, forms map[string]form) (element, error) {
	if strings.HasPrefix(w, "~") {
		n, err := strconv.Atoi(w[1:])
		if err != nil || n < 1 {
			return element{}, fmt.Errorf("bad gap %q", w)
		}
		return element{gap: n}, nil
	}
	el := element{words: map[string]form{}}
	if strings.HasPrefix(w, "?") {
		el.optional = true
		w = w[1:]
	}
	for _, alt := range strings.Split(w, "|") {
		alt = strings.Trim(strings.ToLower(alt), `"`)
		if alt == "" {
			return element{}, fmt.Errorf("empty alternative in %q", w)
		}
		if base, ok := strings.CutSuffix(alt, "+"); ok {
			for word, f := range inflect(base, irregular) {
				el.words[word] = f
				if old, seen := forms[word]; !seen || old == formNone {
					forms[word] = f
				}
			}
			continue
		}
		el.words[alt] = formNone
		if len(alt) > 4 && strings.HasSuffix(alt, "ed") && !strings.Contains(alt, " ") {
			el.words[alt] = formPast // "freed" written out: a past all the same
		}
	}
	return el, nil
}

func loadVerbs(path string) (map[string]verbForms, error) {
	b, err := dataFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read verb forms: %w", err)
	}
	out := map[string]verbForms{}
	header := true
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("verbs.tsv line %d: want 5 columns, got %d", n+1, len(cols))
		}
		out[cols[0]] = verbForms{cols[0], cols[1], cols[2], cols[3], cols[4]}
	}
	return out, nil
}

// inflect gives every form of a verb with its grammatical form: the
// irregular table's forms when listed, and the regular ones besides (which
// also covers American and British spellings such as canceled/cancelled).
func inflect(base string, irregular map[string]verbForms) map[string]form {
	out := map[string]form{}
	add := func(w string, f form) {
		if _, ok := out[w]; !ok {
			out[w] = f
		}
	}
	if v, ok := irregular[base]; ok {
		add(v[0], formBase)
		add(v[1], formThird)
		add(v[2], formIng)
		add(v[3], formPast)
		add(v[4], formParticiple)
	}
	add(base, formBase)
	n := len(base)
	last := base[n-1]
	consonantY := last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2]))
	switch {
	case consonantY:
		add(base[:n-1]+"ies", formThird)
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") ||
		strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") || strings.HasSuffix(base, "o"):
		add(base+"es", formThird)
	default:
		add(base+"s", formThird)
	}
	switch {
	case last == 'e':
		if strings.HasSuffix(base, "ee") || strings.HasSuffix(base, "ye") || strings.HasSuffix(base, "oe") {
			add(base+"ing", formIng) // agreeing, dyeing
		} else {
			add(base[:n-1]+"ing", formIng)
		}
		add(base+"d", formPast)
	case consonantY:
		add(base+"ing", formIng)
		add(base[:n-1]+"ied", formPast)
	default:
		add(base+"ing", formIng)
		add(base+"ed", formPast)
		// One-syllable verbs ending consonant-vowel-consonant double it.
		if n >= 3 && isConsonant(last) && last != 'w' && last != 'x' && last != 'y' &&
			strings.ContainsRune("aeiou", rune(base[n-2])) && isConsonant(base[n-3]) {
			add(base+string(last)+"ing", formIng)
			add(base+string(last)+"ed", formPast)
		}
	}
	return out
}

func isConsonant(b byte) bool {
	return b >= 'a' && b <= 'z' && !strings.ContainsRune("aeiou", rune(b))
}

// match is one cue found in a sentence.
type match struct {
	cue        *cue
	start, end int  // token indices [start, end)
	head       int  // token index of the first word (the verb for verb cues)
	form       form // form of the head token
	noun       bool // a noun cue, or a verb cue used as a noun ("a promise")
	reduced    bool // a verb-and-object cue as a reduced passive: "tariffs imposed by Ottawa" (passive21.go)
}

// find returns every cue match in toks; where matches overlap, the longer
// one (by tokens) wins.
func (lx *lexicon) find(toks []token) []match {
	var out []match
	var buf [64]int32 // most sentences: their numbers stay on the stack
	ids := lx.wordIDs(toks, buf[:0])
	for i := range toks {
		if isAuxiliary(toks, i) {
			if m, ok := lx.perfectChargeAt(toks, ids, i); ok {
				out = append(out, m) // "said Azerbaijan had violated the ceasefire" (accuse22.go)
			}
			continue // "has threatened to stop talks" is not "have talks"
		}
		for _, c := range lx.byFirstID[ids[i]] {
			// The index holds the cues whose first word is this one, and a
			// first element is a word, never a gap or optional: the match
			// goes on from the second.
			if end, ok := matchIDs(c.elems[1:], toks, ids, i+1); ok {
				f := c.elems[0].words[toks[i].lower]
				if f == formNone && (c.flags == (cueFlags{}) || sentEnvoyCue(c)) {
					f = laterVerbForm(c, toks[i+1:end]) // "tariffs on China took effect" (effect13.go)
				}
				out = append(out, match{cue: c, start: i, end: end, head: i, form: f, noun: c.flags.noun})
				break // longest pattern of this first word
			}
		}
	}
	passive, objs := lx.passiveCueMatches(toks, out)
	out = withPassiveCues(out, passive, objs) // "tariffs were imposed on" (passive21.go)
	out = withoutForcesNoun(toks, out)        // "Egyptian forces were deployed to": no "force ... to" (mobilize45.go)
	// Drop matches wholly inside a longer one ("talks" inside "held talks").
	kept := out[:0]
	for i, m := range out {
		covered := false
		for j, o := range out {
			if i != j && o.start <= m.start && m.end <= o.end && (o.end-o.start) > (m.end-m.start) {
				covered = true
				break
			}
		}
		if !covered {
			kept = append(kept, m)
		}
	}
	return kept
}

// isQuoteMark reports a quotation mark token.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// isCurrency reports a currency sign token.
func isCurrency(s string) bool {
	switch s {
	case "$", "€", "£", "¥", "%":
		return true
	}
	return false
}

// isSumScale reports a word naming the scale of a sum ("$10 billion"): with the sign and
// the number they make one amount, which counts as one word of a cue's gap.
func isSumScale(w string) bool {
	switch w {
	case "million", "billion", "trillion", "bn", "mn":
		return true
	}
	return false
}

// matchIDs matches elems against toks from position i and returns the
// end; ids are the tokens' vocabulary numbers (wordIDs).
func matchIDs(elems []element, toks []token, ids []int32, i int) (int, bool) {
	if len(elems) == 0 {
		return i, true
	}
	el := &elems[0] // not a copy: matchIDs runs at every cue word
	if el.gap > 0 {
		words := 0
		for j := i; j <= len(toks); j++ {
			if j > i {
				w := toks[j-1].lower
				quote := isQuoteMark(w)
				abbr := abbreviationPeriod(toks, j-1) // "Sec. Teodoro Locsin Jr. for" (abbrevgap47.go)
				if toks[j-1].punct && !quote && !isCurrency(w) && !abbr {
					break // gaps never cross punctuation, but for quotes around a word ("a 'historic' deal") and money ("$50 million")
				}
				if !quote && !isCurrency(w) && !isSumScale(w) && !abbr {
					words++ // a quoted word is one word: "had a “substantial” phone call" (twelfth pass); a sum is one word too: "signed a $10 billion currency swap agreement" (stop 40)
				}
				if words > el.gap {
					break
				}
			}
			if end, ok := matchIDs(elems[1:], toks, ids, j); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i < len(toks) {
		if el.has(ids[i]) {
			if end, ok := matchIDs(elems[1:], toks, ids, i+1); ok {
				return end, true
			}
		}
	}
	if el.optional {
		return matchIDs(elems[1:], toks, ids, i)
	}
	return 0, false
}
