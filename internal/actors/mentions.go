package actors

import (
	"strings"
	"sync"
	"time"
)

// Mentions returns every mention in an article body, in order and without
// overlaps. Short later mentions ("Blinken", "the secretary") are resolved
// to the full mention earlier in the same body (Ref); offices and titles
// without a name are resolved against ref, the day the article speaks of
// (its publication date): the person holding the office then. A zero ref
// resolves no office.
func (c *Catalog) Mentions(body string, ref time.Time) []Mention {
	buf := scanBufs.Get().(*scanBuf)
	defer buf.release()
	toks := appendTokens(buf.toks[:0], body)
	buf.toks = toks
	if len(toks) == 0 {
		return nil
	}
	s := &scan{c: c, ix: c.index(), body: body, toks: toks, ref: ref, families: map[string]int{}, described: -1}
	// News names about one actor in ten tokens: sized once, the slice of
	// large mentions is not copied over and over as it grows.
	s.out = make([]Mention, 0, len(toks)/10+4)
	if cap(buf.matches) < len(toks) {
		buf.matches = make([]matchAt, len(toks))
	}
	s.matches = buf.matches[:len(toks)]
	buf.matches = s.matches
	for i := range toks {
		es, end := s.ix.match(toks, i)
		s.matches[i] = matchAt{es, end}
	}
	s.longestWins()
	for i := 0; i < len(toks); {
		if next, ok := s.person(i); ok {
			i = next
			continue
		}
		if next, ok := s.other(i); ok {
			i = next
			continue
		}
		i++
	}
	s.federalGovernment() // federal17.go
	if len(s.out) == 0 {
		return nil // none: nil, as before the slice was made ahead
	}
	return s.out
}

// scanBuf holds the tokens and matches of one Mentions call: they were a
// fifth of the bytes coding allocates, and no mention keeps them.
type scanBuf struct {
	toks    []token
	matches []matchAt
}

var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

// release clears the buffers, so that the pool holds no text and the next
// scan starts from zero matches, and gives them back.
func (b *scanBuf) release() {
	clear(b.toks)
	clear(b.matches)
	b.toks, b.matches = b.toks[:0], b.matches[:0]
	scanBufs.Put(b)
}

type matchAt struct {
	entries []entry
	end     int
}

// scan is the state of one Mentions call.
type scan struct {
	c       *Catalog
	ix      *index
	body    string
	toks    []token
	matches []matchAt
	ref     time.Time
	out     []Mention
	// families maps the key of a family name to the mention that
	// introduced it, for later short mentions.
	families map[string]int
	// titleCase caches, by the first token of a line, whether the line is
	// set in title case.
	titleCase map[int]bool
	lineOf    []int // the first token of each token's line
	ctx       *articleContext
	// described is the unnamed private person a lead introduced ("a
	// British aid worker"), whom the next new name may name, or -1
	// (delayed10.go).
	described   int
	describedAt int // the token after that mention
}

// has returns the first entry of kind k starting at token i.
func (s *scan) has(i int, k entryKind) (entry, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return entry{}, i, false
	}
	m := s.matches[i]
	for _, e := range m.entries {
		if e.kind == k {
			return e, m.end, true
		}
	}
	return entry{}, i, false
}

func (s *scan) key(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].key
}

func (s *scan) emit(m Mention, from, to int) int {
	m.Start, m.End = s.toks[from].start, s.toks[to-1].end
	m.Text = s.body[m.Start:m.End]
	s.out = append(s.out, m)
	return len(s.out) - 1
}

// Words that may stand before a title without being part of it. "former"
// and its kind also stop the title from being resolved against the date:
// a former minister is not the one in office.
var titleModifiers = map[string]bool{
	"former": true, "ex": true, "then": true, "acting": true, "outgoing": true,
	"incoming": true, "new": true, "newly": true, "appointed": true, "interim": true,
	"current": true, "top": true, "late": true, "elected": true,
}

var pastModifiers = map[string]bool{"former": true, "ex": true, "then": true, "outgoing": true, "late": true}

var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true}

// titlePhrase is a title as written with what goes with it.
type titlePhrase struct {
	start, end int // tokens, modifiers included
	t          title
	past       bool
	country    string // from "of Japan" after the title
	org        int    // from "of the United Nations" after the title, else -1
	office     string // the office to show
}

// orgHead is the class of "chief" after an organisation ("the UN chief",
// "NATO chief"): the organisation's head, whatever the office is called.
const orgHead = "org-head"

// broadcastNouns after a short title make it a waveband or a station's
// name: "FM radio", "an FM station", "on FM frequencies".
var broadcastNouns = map[string]bool{
	"radio": true, "station": true, "stations": true, "frequency": true, "frequencies": true,
	"band": true, "broadcast": true, "broadcasts": true, "broadcaster": true,
}

// remitTo are the classes of offices held towards another country, whose
// title takes it after "to": "ambassador to Japan", "special envoy to
// Sudan", "chargé d'affaires to Cuba".
var remitTo = map[string]bool{"ambassador": true, "envoy": true, "charge-d-affaires": true}

// titleAt reads modifiers, a title, and "to/of COUNTRY" after it.
func (s *scan) titleAt(i int) (titlePhrase, bool) {
	tp := titlePhrase{start: i, org: -1}
	j := i
	for j < len(s.toks) && titleModifiers[s.key(j)] {
		if pastModifiers[s.key(j)] {
			tp.past = true
		}
		j++
		if s.key(j) == "-" {
			j++
		}
	}
	e, end, ok := s.has(j, eTitle)
	if !ok || broadcastNouns[s.key(end)] {
		return tp, false // "an Afghan FM radio station": a waveband, no foreign minister
	}
	tp.t = s.c.titles[e.id]
	tp.office = tp.t.office
	tp.end = end
	// "ambassador to Japan": the ambassador is not Japan's; the country
	// named belongs to the title. "President of Russia": it is his. Only
	// an envoy's office has a country it is sent to: in "a visit by the
	// Indian foreign minister to Nepal" Nepal is where he goes.
	if k := s.key(end); k == "to" && remitTo[tp.t.class] || k == "of" {
		at := end + 1
		if _, _, ok := s.has(at, eCountry); !ok && s.key(at) == "the" {
			at++ // "ambassador to the United States"
		}
		if ce, cend, ok := s.has(at, eCountry); ok {
			if k == "to" {
				tp.office += " to " + s.body[s.toks[end+1].start:s.toks[cend-1].end]
			} else {
				tp.country = s.c.countries[ce.id].Code
			}
			tp.end = cend
		} else if k == "of" {
			// "Secretary-General of the United Nations", "President of
			// the European Commission".
			at := end + 1
			if _, _, ok := s.has(at, eOrg); !ok && s.key(at) == "the" {
				at++
			}
			if oe, oend, ok := s.has(at, eOrg); ok && s.c.orgs[oe.id].country == "" {
				tp.org, tp.end = oe.id, oend
				tp.office += " of " + s.body[s.toks[end+1].start:s.toks[oend-1].end]
			}
		}
	}
	// "assistant secretary of state for East Asian and Pacific affairs",
	// "minister for European affairs": the remit is part of the title.
	if s.key(tp.end) == "for" {
		for k := tp.end + 1; k < len(s.toks) && k <= tp.end+8 && s.toks[k].word; k++ {
			if s.key(k) == "affairs" {
				tp.end = k + 1
				break
			}
		}
	}
	if tp.past {
		tp.office = "former " + tp.office
	}
	return tp, true
}

// countryAt reads a country part before a title or an institution:
// "Japanese", "U.S.", "Japan's", "the Philippines'"; an organisation may
// stand there too ("UN Secretary-General").
func (s *scan) countryAt(i int) (code string, end int, org int, ok bool) {
	org = -1
	if e, cend, ok := s.has(i, eCountry); ok {
		code, end = s.c.countries[e.id].Code, cend
	} else if e, oend, ok := s.has(i, eOrg); ok {
		code, end, org = s.c.orgs[e.id].country, oend, e.id
	} else {
		return "", i, -1, false
	}
	if k := s.key(end); k == "'s" || k == "'" {
		end++
	}
	return code, end, org, true
}

// person reads a person mention starting at token i, in any of the ways news
// writes one.
func (s *scan) person(i int) (int, bool) {
	if next, ok := s.familyOverPlace(i); ok {
		return next, true
	}
	start := i
	j := i
	pronoun := false
	if possessivePronouns[s.key(j)] {
		pronoun = true
		j++
		start = j
	}
	// "former U.S. President ...": the modifier may come before the country.
	past := false
	for titleModifiers[s.key(j)] {
		past = past || pastModifiers[s.key(j)]
		j++
		if s.key(j) == "-" {
			j++
		}
	}
	country, cend, org, hasCountry := s.countryAt(j)
	if hasCountry {
		j = cend
	}
	instCountry := ""
	if e, iend, ok := s.has(j, eInst); ok && j > i && hasCountry {
		instCountry = s.c.insts[e.id].country
		j = iend // "Chinese Foreign Ministry spokesperson Wang Wenbin"
	}
	if !past && instCountry == "" && (country != "" || !hasCountry && j == start) {
		// "Jordan's King Abdullah": the title and name, not the tables'
		// King Abdullah of another country.
		if m, end, ok := s.titledHolder(j, country, country != ""); ok {
			return s.finishPerson(m, start, end), true
		}
	}
	tp, hasTitle := s.titleAt(j)
	if !hasTitle {
		if hasCountry || pronoun || j > start {
			return i, false
		}
		return s.bareName(i)
	}
	if past && !tp.past {
		tp.past = true
		tp.office = "former " + tp.office
	}
	if country == "" {
		country = instCountry
	}
	if tp.country != "" && country == "" {
		country = tp.country
	}
	if org < 0 {
		org = tp.org
	}
	if tp.t.class == orgHead && org < 0 {
		return i, false // "chief" names a job only after an organisation
	}
	if tp.t.class == "counterpart" {
		return s.counterpart(start, tp, country)
	}
	if tp.t.class == "honorific" {
		return s.honorific(start, tp)
	}
	if m, end, ok := s.nameAfterTitle(tp.end, country); ok && !s.weakName(m, tp, end, hasCountry) {
		s.fillTitle(&m, tp, country)
		if m.Sector == "" && org >= 0 {
			m.Sector = s.c.orgs[org].sector // "CIA chief", "NATO chief"
		}
		return s.finishPerson(m, start, end), true
	}
	// A title without a name.
	if country == "" && !hasCountry && org < 0 {
		switch {
		case tp.t.country != "" && s.key(start-1) != "the":
			country = tp.t.country
		case s.ownStateTitle(tp):
			if end, ok := s.shortTitle(start, tp); ok {
				return end, ok
			}
			country = tp.t.country
		default:
			return s.shortTitle(start, tp)
		}
	}
	m := Mention{Ref: -1, Kind: Person, Country: country, Title: tp.office, Sector: tp.t.sector}
	if m.Sector == "" && org >= 0 {
		m.Sector = s.c.orgs[org].sector
	}
	switch {
	case tp.past || s.ref.IsZero():
	case country != "":
		if hs := s.c.Holders(country, tp.office, s.ref); len(hs) == 1 {
			m.Name, m.Sector = hs[0].Name, hs[0].Sector
		}
	case org >= 0:
		// "NATO Secretary-General", "the EU's foreign policy chief", "the
		// UN chief": the holder of the organisation's office.
		if hs := s.orgHolders(org, tp.t.class); len(hs) == 1 {
			m.Name, m.Sector = hs[0].Name, hs[0].Sector
			if tp.t.class == orgHead {
				m.Title = hs[0].Office
			}
		}
	}
	end := tp.end
	// "Japan's foreign minister, Yoko Kamikawa, said": the name follows.
	if s.key(end) == "," {
		if nm, nend, ok := s.nameAfterTitle(end+1, country); ok && nm.Name != "" {
			m.Name = nm.Name
			if nm.Country != "" {
				m.Country = nm.Country
			}
			end = nend
		}
	}
	return s.finishPerson(m, start, end), true
}

// Classes of office that can head an organisation, for "the UN chief".
var headClasses = map[string]bool{"secretary-general": true, "director-general": true, "head-of-state": true, "chair": true}

// orgHolders returns the holdings of an international organisation's
// office of class (any head's office for orgHead) on the reference date.
func (s *scan) orgHolders(org int, class string) []Holding {
	var out []Holding
	for i, h := range s.c.holdings {
		if s.ix.holdingOrg[i] != org || !h.During(s.ref) {
			continue
		}
		if hc := s.ix.holdingClass[i]; hc == class || class == orgHead && headClasses[hc] {
			out = append(out, h)
		}
	}
	return out
}

// familyOverPlace reads a one-word country or place form at token i that is
// the family name of a person the article has already named ("Michael
// Jordan ... Jordan said"): the person, not the country.
func (s *scan) familyOverPlace(i int) (int, bool) {
	t := s.toks[i]
	m := s.matches[i]
	if !t.word || !t.cap || m.end != i+1 || len(m.entries) == 0 {
		return i, false
	}
	n, ok := s.families[t.key]
	if !ok || s.out[n].Kind != Person {
		return i, false
	}
	for _, e := range m.entries {
		if e.kind == ePerson {
			return i, false
		}
	}
	if s.key(i+1) == "'s" {
		// "Jordan's foreign ministry" is the country's.
		if _, _, ok := s.has(i+2, eInst); ok {
			return i, false
		}
		if _, _, ok := s.has(i+2, eTitle); ok {
			return i, false
		}
	}
	pm := s.out[n]
	pm.Ref = n
	s.emit(pm, i, i+1)
	return i + 1, true
}

// weakName reports whether one unknown capitalised word after a title in
// lower case with no country is too little to be a name: "speaker Audio",
// "the minister Monday".
func (s *scan) weakName(m Mention, tp titlePhrase, end int, hasCountry bool) bool {
	if hasCountry || m.Ref >= 0 || end-tp.end > 1 || s.toks[tp.end-1].cap {
		return false
	}
	return len(s.c.personIndex[m.Name]) == 0
}

// fillTitle sets a person's title, country and sector from a title phrase.
func (s *scan) fillTitle(m *Mention, tp titlePhrase, country string) {
	m.Title, m.Guessed = tp.office, false
	if m.Country == "" {
		m.Country = country
		if m.Country == "" {
			m.Country = tp.t.country
		}
	}
	m.Sector = tp.t.sector
	if h, ok := s.holding(m.Name, m.Country, tp.t.class); ok {
		m.Sector = h.Sector
		if tp.t.class == orgHead {
			m.Title = h.Office
		}
	}
}

// holding returns the office the named person (of country, when two share
// the name) held on the reference date, preferring one of the given class.
func (s *scan) holding(name, country, class string) (Holding, bool) {
	pi, ok := s.c.personOf(name, country)
	if !ok {
		return Holding{}, false
	}
	return s.holdingOf(pi, class)
}

// holdingOf is holding for person p of the catalog.
func (s *scan) holdingOf(pi int, class string) (Holding, bool) {
	var best Holding
	found := false
	for _, hi := range s.c.people[pi].holdings {
		h := s.c.holdings[hi]
		if !s.ref.IsZero() && !h.During(s.ref) {
			continue
		}
		if class != "" && s.ix.holdingClass[hi] == class {
			return h, true
		}
		if !found {
			best, found = h, true
		}
	}
	return best, found
}

// finishPerson emits a person mention spanning tokens from..to, takes an
// appositive title after it ("Daniel Kritenbrink, the U.S. assistant
// secretary of state") and files the family name for later short mentions.
func (s *scan) finishPerson(m Mention, from, to int) int {
	m.Kind = Person
	if m.Name != "" {
		if ap, end, ok := s.appositive(to); ok && otherState(m.Country, ap.country) {
			// "In a call with the Moroccan king, the Spanish prime
			// minister praised ...": a title of another state after the
			// comma is the next person, no apposition (stop 50).
		} else if ok && (m.Title == "" || m.Guessed || m.Country == "") {
			if m.Title == "" || m.Guessed {
				m.Title, m.Sector, m.Guessed = ap.office, ap.t.sector, false
			}
			if m.Country == "" {
				m.Country = ap.country
			}
			to = end
		} else if ok {
			to = end
		}
	}
	n := s.emit(m, from, to)
	if m.Name != "" && m.Ref < 0 {
		s.file(m.Name, m.Country, n)
		s.fileWritten(s.out[n], n)
	}
	return to
}

// fileWritten records the family name as the text spells it when that
// differs from the tables' ("Volodymyr Zelensky" for Zelenskyy), so that
// a later "Zelensky" is the same person.
func (s *scan) fileWritten(m Mention, n int) {
	words := strings.Fields(m.Text)
	if m.Kind != Person || len(words) < 2 || eastAsianFamilyFirst[m.Country] {
		return
	}
	k, _, _ := foldWord(strings.TrimRight(words[len(words)-1], ",.;:"))
	if _, ok := s.families[k]; !ok && len(k) > 3 && len(s.ix.family[k]) > 0 {
		s.families[k] = n
	}
}

// otherState reports two country codes, both known, that differ: a
// person of one is no office holder of the other.
func otherState(a, b string) bool {
	return a != "" && b != "" && a != b
}

// appositive reads ", [the|a] [COUNTRY] TITLE" after a name.
func (s *scan) appositive(i int) (titlePhrase, int, bool) {
	if s.key(i) != "," {
		return titlePhrase{}, i, false
	}
	j := i + 1
	switch s.key(j) {
	case "the", "a", "an":
		j++
	}
	country, cend, org, ok := s.countryAt(j)
	if ok {
		j = cend
	}
	tp, ok := s.titleAt(j)
	if !ok || tp.t.class == "honorific" || tp.t.class == "counterpart" || tp.t.class == orgHead && org < 0 && tp.org < 0 {
		return titlePhrase{}, i, false
	}
	if tp.end < len(s.toks) && s.nameWord(tp.end) {
		// "el-Sisi, Kenyan President William Ruto": the title opens the
		// next person's name, a list, not an apposition.
		return titlePhrase{}, i, false
	}
	if country == "" {
		country = tp.country
	}
	if country == "" {
		country = tp.t.country
	}
	tp.country = country
	return tp, tp.end, true
}

// file records the family name of a named person for later short mentions.
func (s *scan) file(name, country string, n int) {
	words := strings.Fields(name)
	if len(words) < 2 {
		k, _, _ := foldWord(name)
		if _, ok := s.families[k]; !ok {
			s.families[k] = n
		}
		return
	}
	fam := words[len(words)-1]
	if eastAsianFamilyFirst[country] {
		fam = words[0]
	}
	k, _, _ := foldWord(fam)
	s.families[k] = n
}
