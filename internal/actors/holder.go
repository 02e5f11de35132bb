package actors

// titledHolder reads a name of the tables that starts with a title ("King
// Abdullah", "Sheikh Tamim") at token j as the title and a name, when the
// tables' person does not fit: a country named just before ("Jordan's King
// Abdullah", "Jordanian King Abdullah") that is not the person's, or, with
// no country, a person out of office on the reference date. The mention is
// then the holder of that title's office in that country (in any country
// when none is named) on the reference date whose name has the words
// written; with a country and no such holder known, a person of that
// country with the title and the name as written. ok is false when the
// tables' person fits, or nothing better is found.
func (s *scan) titledHolder(j int, country string, hasCountry bool) (Mention, int, bool) {
	if j >= len(s.toks) {
		return Mention{}, j, false
	}
	if !hasCountry && s.afterCountry(j) {
		return Mention{}, j, false // "the late Saudi King Abdullah": that country's
	}
	m := s.matches[j]
	people := false
	for _, e := range m.entries {
		if e.kind == eTitle {
			return Mention{}, j, false
		}
		if e.kind != ePerson {
			continue
		}
		people = true
		p := e.id
		if hasCountry && s.c.people[p].country != country {
			continue
		}
		if !hasCountry && !s.ref.IsZero() {
			if _, ok := s.holdingOf(p, ""); !ok {
				continue
			}
		}
		return Mention{}, j, false // the tables' person fits
	}
	if !people {
		return Mention{}, j, false
	}
	// The title the name starts with: the longest that leaves a name.
	var t title
	tend := j
	for _, e := range s.ix.first[s.key(j)] {
		if n := len(e.keys); e.kind == eTitle && j+n < m.end && fits(s.toks[j:j+n], e) && j+n > tend {
			t, tend = s.c.titles[e.id], j+n
		}
	}
	if tend == j || t.office == "" {
		return Mention{}, j, false
	}
	end := m.end
	if end < len(s.toks) && regnal[s.body[s.toks[end].start:s.toks[end].end]] {
		end++ // "Jordan's King Abdullah II"
	}
	var words []string
	for k := tend; k < end; k++ {
		if s.toks[k].word {
			words = append(words, s.key(k))
		}
	}
	if h, ok := s.holderNamed(t, country, hasCountry, words); ok {
		pm := Mention{Ref: -1, Kind: Person, Name: h.Name, Country: h.Country, Title: h.Office, Sector: h.Sector}
		return pm, end, true
	}
	if !hasCountry {
		return Mention{}, j, false
	}
	pm := Mention{Ref: -1, Kind: Person, Country: country, Title: t.office, Sector: t.sector,
		Name: s.body[s.toks[tend].start:s.toks[end-1].end]}
	return pm, end, true
}

// holderNamed returns the one holding of title t's class (in country, when
// hasCountry) in force on the reference date whose holder's name or an
// alias has all the words.
func (s *scan) holderNamed(t title, country string, hasCountry bool, words []string) (Holding, bool) {
	if s.ref.IsZero() || len(words) == 0 {
		return Holding{}, false
	}
	var found Holding
	n := 0
	for i, h := range s.c.holdings {
		if s.ix.holdingClass[i] != t.class || hasCountry && h.Country != country || !h.During(s.ref) {
			continue
		}
		if !hasWords(h.Name, words) && !anyHasWords(h.Aliases, words) {
			continue
		}
		if n > 0 && found.Name == h.Name && found.Country == h.Country {
			continue
		}
		found = h
		n++
	}
	return found, n == 1
}

func anyHasWords(forms []string, words []string) bool {
	for _, f := range forms {
		if hasWords(f, words) {
			return true
		}
	}
	return false
}

// hasWords reports whether every word (a token key) is a word of form.
func hasWords(form string, words []string) bool {
	keys := map[string]bool{}
	for _, t := range tokenize(form) {
		keys[t.key] = true
	}
	for _, w := range words {
		if !keys[w] {
			return false
		}
	}
	return true
}

// afterCountry reports whether token j follows a country part or a title
// modifier ("Saudi", "Jordan's", "the late"), which the reading with a
// country has already weighed.
func (s *scan) afterCountry(j int) bool {
	if j == 0 {
		return false
	}
	if k := s.key(j - 1); titleModifiers[k] || k == "'s" || k == "'" {
		return true
	}
	for k := max(0, j-3); k < j; k++ {
		if s.matches[k].end != j {
			continue
		}
		for _, e := range s.matches[k].entries {
			if e.kind == eCountry {
				return true
			}
		}
	}
	return false
}
