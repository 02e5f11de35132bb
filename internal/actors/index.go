package actors

import (
	"cmp"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"
)

type entryKind uint8

const (
	eCountry entryKind = iota
	ePerson
	eOrg
	ePlace
	eTitle
	eInst
)

// caseNeed is what a form asks of the case of a text token: forms written in
// lower case match any case; capitalised forms need a capital ("Kremlin"
// does not match "kremlin"); acronyms need capitals ("US" is not "us").
type caseNeed uint8

const (
	anyCase caseNeed = iota
	capital
	allCaps
)

type entry struct {
	keys  []string
	need  []caseNeed
	kind  entryKind
	id    int // index into the catalog slice of its kind
	alias bool
	adj   bool // a country's adjective, or a demonym that is not a plural
}

// index finds the catalog's forms in token streams: entries are filed under
// the key of their first token, longest first, so matching at a token costs
// one map lookup and a few comparisons rather than a pass per name.
type index struct {
	first map[string][]entry
	// bySecond files again, by the key of their second token, the entries
	// under a first key that begins many forms ("the" begins about a
	// hundred): matching at "the" then compares a handful, not all. Each
	// list keeps the order of first and ends with the one-token forms;
	// oneToken holds those alone, for a second key no form has.
	bySecond map[string]secondIndex
	// family maps the key of a family name to the people bearing it, for
	// short mentions ("Blinken") of people the article has not named in full.
	family map[string][]int
	// officeClass maps a folded office form to its class.
	officeClass map[string]string
	// holdingClass is the class of each holding's office.
	holdingClass []string
	// holdingsOf lists the holdings of each country in table order, so
	// Holders, asked at many titles of every body, reads only that
	// country's.
	holdingsOf map[string][]int
	// holdingOrg is the organisation named in each holding's office
	// ("NATO Secretary-General" → NATO), -1 for none or a national office.
	holdingOrg []int
	// classOffice is the office first listed for a class, to show when
	// only the class is known.
	classOffice map[string]string
	// given holds the keys of the first words of the tables' people
	// ("antony", "yoko"), given names beside those of given-names.txt.
	given  map[string]bool
	maxLen int
	// knownUntil is the latest day a holding begins on.
	knownUntil time.Time
}

// secondIndex is the entries of one first key filed by their second key.
type secondIndex struct {
	bySecond map[string][]entry
	oneToken []entry
}

// crowdedFirst is how many entries a first key files before bySecond
// files them again: below it a pass over the list is as cheap.
const crowdedFirst = 16

// First words of the tables' names that are words or titles, not given
// names: "King Abdullah", "Sheikh Tamim", "Ban Ki-moon".
var notGiven = map[string]bool{
	"ban": true, "king": true, "queen": true, "sheikh": true, "shah": true, "emir": true, "amir": true,
	"prince": true, "crown": true, "gen": true, "guy": true, "grant": true, "odd": true, "than": true,
	"tea": true, "win": true, "moon": true, "park": true, "song": true, "fang": true, "yen": true,
	"sultan": true, "general": true, "admiral": true, "sir": true, "dame": true, "lord": true,
}

// givenNames is the embedded list of given names, by key.
var givenNames = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	data, err := dataFS.ReadFile("data/given-names.txt")
	if err != nil {
		slog.Error("read embedded given names", "err", err)
		return out
	}
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
})

// isGiven reports whether the key of a word is a given name.
func (ix *index) isGiven(key string) bool { return givenNames()[key] || ix.given[key] }

// eastAsianFamilyFirst lists countries whose people's usual English name
// puts the family name first ("Xi Jinping", "Yoon Suk Yeol"), so the first
// word is the one later mentions use.
var eastAsianFamilyFirst = map[string]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "HKG": true, "MAC": true}

func buildIndex(c *Catalog) *index {
	ix := &index{first: map[string][]entry{}, family: map[string][]int{}, officeClass: map[string]string{}, classOffice: map[string]string{}, given: map[string]bool{}}
	addEntry := func(form string, kind entryKind, id int, alias, adj bool) {
		toks := tokenize(form)
		if len(toks) == 0 {
			return
		}
		e := entry{kind: kind, id: id, alias: alias, adj: adj, keys: make([]string, len(toks)), need: make([]caseNeed, len(toks))}
		for i, t := range toks {
			e.keys[i] = t.key
			switch {
			case t.allCaps:
				e.need[i] = allCaps
			case t.cap:
				e.need[i] = capital
			}
		}
		ix.first[e.keys[0]] = append(ix.first[e.keys[0]], e)
		ix.maxLen = max(ix.maxLen, len(toks))
	}
	add := func(form string, kind entryKind, id int, alias bool) { addEntry(form, kind, id, alias, false) }
	for i, ct := range c.countries {
		add(ct.Name, eCountry, i, false)
		for _, f := range ct.Aliases {
			add(f, eCountry, i, true)
		}
		for _, f := range ct.Adjectives {
			// "Afghans" beside "Afghan" is a plural demonym, a noun.
			plural := strings.HasSuffix(f, "s") && slices.Contains(ct.Adjectives, strings.TrimSuffix(f, "s"))
			addEntry(f, eCountry, i, true, !plural)
		}
	}
	for i, p := range c.people {
		add(p.name, ePerson, i, false)
		seen := map[string]bool{p.name: true}
		for _, h := range p.holdings {
			for _, f := range c.holdings[h].Aliases {
				if !seen[f] {
					seen[f] = true
					add(f, ePerson, i, true)
				}
			}
		}
		words := strings.Fields(p.name)
		if len(words) >= 2 {
			fam := words[len(words)-1]
			if eastAsianFamilyFirst[p.country] {
				fam = words[0]
			}
			if p.country == "JPN" && len(words) == 2 {
				// Japanese names appear in either order ("Kamikawa Yoko").
				if rev := words[1] + " " + words[0]; !seen[rev] {
					add(rev, ePerson, i, true)
				}
			}
			k, _, _ := foldWord(fam)
			ix.family[k] = append(ix.family[k], i)
			// A family name spelt otherwise in an alias ("Volodymyr
			// Zelensky" beside "Zelenskyy") names the person alone too.
			for f := range seen {
				if fw := strings.Fields(f); len(fw) >= 2 && !eastAsianFamilyFirst[p.country] && p.country != "JPN" {
					if ak, _, _ := foldWord(fw[len(fw)-1]); ak != k && len(ak) > 3 && !slices.Contains(ix.family[ak], i) {
						ix.family[ak] = append(ix.family[ak], i)
					}
				}
			}
			if g, _, _ := foldWord(words[0]); !eastAsianFamilyFirst[p.country] && p.country != "JPN" && len(g) > 2 && !notGiven[g] {
				ix.given[g] = true
			}
		}
	}
	for i, p := range c.places {
		add(p.name, ePlace, i, false)
		for _, f := range p.aliases {
			add(f, ePlace, i, true)
		}
	}
	for i, o := range c.orgs {
		add(o.name, eOrg, i, false)
		for _, f := range o.aliases {
			add(f, eOrg, i, true)
		}
	}
	for i, t := range c.titles {
		add(t.form, eTitle, i, false)
		if t.office != "" {
			if _, ok := ix.classOffice[t.class]; !ok {
				ix.classOffice[t.class] = t.office
			}
			ix.officeClass[foldPhrase(t.form)] = t.class
			if _, ok := ix.officeClass[foldPhrase(t.office)]; !ok {
				ix.officeClass[foldPhrase(t.office)] = t.class
			}
		}
	}
	for i, in := range c.insts {
		add(in.form, eInst, i, false)
	}
	for k, es := range ix.first {
		// Longest first; among equals, the order of entryKind is the
		// preference when nothing else decides.
		slices.SortStableFunc(es, func(a, b entry) int {
			if n := cmp.Compare(len(b.keys), len(a.keys)); n != 0 {
				return n
			}
			return cmp.Compare(a.kind, b.kind)
		})
		ix.first[k] = es
	}
	ix.bySecond = map[string]secondIndex{}
	for k, es := range ix.first {
		if len(es) >= crowdedFirst {
			ix.bySecond[k] = fileBySecond(es)
		}
	}
	ix.holdingsOf = map[string][]int{}
	for i, h := range c.holdings {
		ix.holdingsOf[h.Country] = append(ix.holdingsOf[h.Country], i)
	}
	ix.holdingClass = make([]string, len(c.holdings))
	ix.holdingOrg = make([]int, len(c.holdings))
	for i, h := range c.holdings {
		ix.holdingClass[i] = ix.classOf(h.Office)
		ix.holdingOrg[i] = -1
		if h.Country == "" {
			ix.holdingOrg[i] = ix.orgIn(h.Office)
		}
	}
	for _, h := range c.holdings {
		if h.From.After(ix.knownUntil) {
			ix.knownUntil = h.From
		}
	}
	return ix
}

// fileBySecond files entries (sorted as in index.first) by their second
// key, each list in the order of es and ending with the one-token entries.
func fileBySecond(es []entry) secondIndex {
	var sx secondIndex
	for _, e := range es {
		if len(e.keys) == 1 {
			sx.oneToken = append(sx.oneToken, e)
		}
	}
	sx.bySecond = map[string][]entry{}
	for _, e := range es {
		if len(e.keys) < 2 {
			continue
		}
		if _, ok := sx.bySecond[e.keys[1]]; ok {
			continue
		}
		var list []entry
		for _, f := range es {
			if len(f.keys) == 1 || f.keys[1] == e.keys[1] {
				list = append(list, f)
			}
		}
		sx.bySecond[e.keys[1]] = list
	}
	return sx
}

// candidates returns the entries that may match at token i: those filed
// under its key, or under a crowded key only those whose second key is the
// next token's (and the one-token forms), in the same order.
func (ix *index) candidates(toks []token, i int) []entry {
	k := toks[i].key
	es := ix.first[k]
	if len(es) < crowdedFirst {
		return es
	}
	sx := ix.bySecond[k]
	if i+1 < len(toks) {
		if es, ok := sx.bySecond[toks[i+1].key]; ok {
			return es
		}
	}
	return sx.oneToken
}

// KnownUntil is the latest day the tables record someone taking office:
// they know who held office up to about then, and an open tenure ("to"
// empty) is known only that far (data/people/README.md, Coverage).
func (c *Catalog) KnownUntil() time.Time { return c.index().knownUntil }

// orgIn returns the first organisation named in an office ("President of
// the European Commission"), or -1.
func (ix *index) orgIn(office string) int {
	toks := tokenize(office)
	for k := range toks {
		es, _ := ix.match(toks, k)
		for _, e := range es {
			if e.kind == eOrg {
				return e.id
			}
		}
	}
	return -1
}

// classOf gives the class of an office in any of its written forms; an
// acting holder does the same job.
func (ix *index) classOf(office string) string {
	k := foldPhrase(office)
	k = strings.TrimPrefix(k, "acting ")
	k = strings.TrimPrefix(k, "former ")
	if c, ok := ix.officeClass[k]; ok {
		return c
	}
	// "Ambassador to the United States" is an ambassador; "NATO
	// Secretary-General" a secretary-general.
	if head, _, ok := strings.Cut(k, " to "); ok {
		if c, ok := ix.officeClass[head]; ok {
			return c
		}
	}
	// "President of the European Commission" is a president; "High
	// Representative for Foreign Affairs and Security Policy" a high
	// representative.
	for _, sep := range []string{" of ", " for "} {
		if head, _, ok := strings.Cut(k, sep); ok {
			if c := ix.classOf(head); c != "" {
				return c
			}
		}
	}
	for range 2 {
		_, rest, ok := strings.Cut(k, " ")
		if !ok {
			break
		}
		k = rest
		if c, ok := ix.officeClass[k]; ok {
			return c
		}
	}
	return ""
}

func (c *Catalog) index() *index {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.idx == nil {
		c.idx = buildIndex(c)
	}
	return c.idx
}

// match returns the entries of the longest form starting at token i (all
// entries of that length whose case fits), and the token after it.
//
// It runs on every token of every body, so it allocates only when the
// entries that fit are not side by side in the index: mostly they are (one
// entry, or forms filed together), and a capped subslice of the index is
// returned, which the scan only reads and an append would copy.
func (ix *index) match(toks []token, i int) ([]entry, int) {
	cands := ix.candidates(toks, i)
	first, last := -1, -1
	together := true
	best := 0
	for k, e := range cands {
		n := len(e.keys)
		if n < best {
			break
		}
		if i+n > len(toks) || !fits(toks[i:i+n], e) {
			continue
		}
		best = n
		if first >= 0 && k != last+1 {
			together = false
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	switch {
	case first < 0:
		return nil, i
	case together:
		return cands[first : last+1 : last+1], i + best
	}
	var out []entry
	for _, e := range cands[first : last+1] {
		if len(e.keys) == best && fits(toks[i:i+best], e) {
			out = append(out, e)
		}
	}
	return out, i + best
}

// fits reports whether toks are e's form, case included. Every caller takes
// e from the entries filed under toks[0]'s key, so the first key is not
// compared again (it runs for every candidate at every token).
func fits(toks []token, e entry) bool {
	for k, t := range toks {
		if k > 0 && (t.key != e.keys[k] || t.lineStart) {
			return false
		}
		switch e.need[k] {
		case capital:
			if !t.cap {
				return false
			}
		case allCaps:
			if !t.allCaps {
				return false
			}
		}
	}
	return true
}

// longestWins drops a form that a longer one starting inside it runs past:
// in "the United Nations Security Council" the four words of the council
// beat "the United Nations" that starts one word earlier, so the page names
// one body, not two. The shorter form is dropped only when the longer one
// covers more words; ties keep the leftmost. Going right to left, a form
// that was itself beaten by a later one beats nothing.
func (s *scan) longestWins() {
	for i := len(s.matches) - 1; i >= 0; i-- {
		m := s.matches[i]
		if len(m.entries) == 0 {
			continue
		}
		for j := i + 1; j < m.end; j++ {
			n := s.matches[j]
			if len(n.entries) > 0 && n.end > m.end && n.end-j > m.end-i {
				s.matches[i] = matchAt{end: i}
				break
			}
		}
	}
}
