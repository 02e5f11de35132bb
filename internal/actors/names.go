package actors

import "strings"

// Capitalised words that are not names even after a title: "President on
// Monday", "Prime Minister In a statement".
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

var nonNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "and": true,
	"but": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"this": true, "that": true, "his": true, "her": true, "who": true, "said": true,
	"says": true, "has": true, "had": true, "was": true, "is": true, "will": true,
	// Numbers and quantities that open a sentence after a dateline or a
	// label ("Gaza: One Palestinian was shot", "— Nine Chinese experts
	// arrived") count people; they are no first name.
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true,
	"several": true, "some": true, "many": true, "another": true,
}

// Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin
// Salman", "Luiz Inacio Lula da Silva".
var nameParticles = map[string]bool{
	"de": true, "da": true, "das": true, "do": true, "dos": true, "del": true, "della": true,
	"der": true, "den": true, "van": true, "von": true, "bin": true, "ibn": true, "al": true,
	"el": true, "la": true, "le": true, "du": true, "di": true, "ter": true,
}

// nameWord reports whether token i can be part of a person's name.
func (s *scan) nameWord(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if !t.word || !t.cap || calendarWords[t.key] || nonNames[t.key] {
		return false
	}
	for _, e := range s.matches[i].entries {
		if e.kind != ePerson {
			return false
		}
	}
	return true
}

// nameAt reads a person's name starting at token i: a person of the tables
// ("Antony Blinken", "MOTEGI Toshimitsu"), or a run of capitalised words,
// or one capitalised word that is a family name (of a person named earlier
// in the body, else of the one person of the tables in office on the
// reference date who bears it).
func (s *scan) nameAt(i int, country string) (Mention, int, bool) {
	if i >= len(s.toks) {
		return Mention{}, i, false
	}
	if p, end, ok := s.personAt(i, country); ok {
		return s.known(p), end, true
	}
	if m, end, ok := s.hyphenedFamily(i); ok {
		return m, end, true // "Mrs Zaghari-Ratcliffe" (delayed10.go)
	}
	if s.titleCaseLine(i) {
		// In a headline every word is capitalised: "Minister Considers
		// Review" names nobody.
		return Mention{}, i, false
	}
	j := i
	for j < len(s.toks) && j-i < 5 && !(j > i && s.toks[j].lineStart) {
		switch {
		case s.nameWord(j):
			j++
		case j > i && nameParticles[s.key(j)] && s.nameWord(j+1) && s.toks[j].start > s.toks[j-1].end:
			j++
		case j > i && s.key(j) == "-" && s.toks[j].start == s.toks[j-1].end && s.nameWord(j+1):
			j++ // "Jean-Yves"
		default:
			goto done
		}
	}
done:
	if j == i {
		return Mention{}, i, false
	}
	if j == i+1 {
		if m, ok := s.family(i, false); ok {
			return m, j, true
		}
	}
	return Mention{Ref: -1, Kind: Person, Name: s.body[s.toks[i].start:s.toks[j-1].end]}, j, true
}

// Regnal numbers after a name, as written.
var regnal = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true, "XII": true}

// regnalName reads a name of the tables followed by a regnal number ("King
// Abdullah II"), which personAt turns down: a person the tables do not
// know, with the title the name starts with, if any.
func (s *scan) regnalName(i int) (int, bool) {
	m := s.matches[i]
	if m.end >= len(s.toks) || !regnal[s.body[s.toks[m.end].start:s.toks[m.end].end]] {
		return i, false
	}
	person := false
	for _, e := range m.entries {
		person = person || e.kind == ePerson
	}
	if !person {
		return i, false
	}
	pm := Mention{Ref: -1, Kind: Person}
	from := i
	for _, e := range s.ix.first[s.key(i)] {
		if e.kind == eTitle && len(e.keys) == 1 && fits(s.toks[i:i+1], e) {
			t := s.c.titles[e.id]
			pm.Title, pm.Sector = t.office, t.sector
			from = i + 1
			break
		}
	}
	if from > m.end-1 {
		return i, false
	}
	pm.Name = s.body[s.toks[from].start:s.toks[m.end].end]
	return s.finishPerson(pm, i, m.end+1), true
}

// nameAfterTitle reads the name after a title on the same line; country,
// when known from the title, chooses between two people of one name.
func (s *scan) nameAfterTitle(i int, country string) (Mention, int, bool) {
	if i >= len(s.toks) || s.toks[i].lineStart {
		return Mention{}, i, false
	}
	return s.nameAt(i, country)
}

// personAt returns the person of the tables named at token i. When several
// people bear the name, the one of country wins, then one in office on the
// reference date, then the first.
func (s *scan) personAt(i int, country string) (int, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, i, false
	}
	m := s.matches[i]
	if s.toks[i].allCaps && m.end == i+1 && s.key(i-1) == "(" {
		// "(AKK)" after a name is its acronym, not a person's initials.
		return 0, i, false
	}
	if m.end < len(s.toks) && regnal[s.body[s.toks[m.end].start:s.toks[m.end].end]] {
		// "King Abdullah II" is not the "King Abdullah" of the tables.
		return 0, i, false
	}
	best, score := -1, -1
	for _, e := range m.entries {
		if e.kind != ePerson {
			continue
		}
		sc := 0
		if country != "" && s.c.people[e.id].country == country {
			sc += 2
		}
		if _, ok := s.holdingOf(e.id, ""); ok && !s.ref.IsZero() {
			sc++
		}
		if sc > score {
			best, score = e.id, sc
		}
	}
	if best < 0 {
		return 0, i, false
	}
	return best, m.end, true
}

// known gives the mention of a person of the tables: the office held on the
// reference date shows as the title.
func (s *scan) known(p int) Mention {
	pp := s.c.people[p]
	m := Mention{Ref: -1, Kind: Person, Name: pp.name, Country: pp.country}
	if h, ok := s.holdingOf(p, ""); ok {
		m.Title, m.Sector, m.Country = h.Office, h.Sector, h.Country
		m.Guessed = s.ref.IsZero() && !s.oneOffice(pp)
	} else if len(pp.holdings) > 0 {
		m.Sector = s.c.holdings[pp.holdings[0]].Sector
	}
	return m
}

// oneOffice reports whether every holding of the person is of one office.
func (s *scan) oneOffice(pp person) bool {
	for _, hi := range pp.holdings[1:] {
		if s.c.holdings[hi].Office != s.c.holdings[pp.holdings[0]].Office {
			return false
		}
	}
	return true
}

// family resolves one capitalised word as a family name: the person the
// article introduced with it, else the one person of the tables who bears
// it, when nothing in the article names someone else of that family and,
// for a bare word (no title before it), the article backs the reading.
func (s *scan) family(i int, bare bool) (Mention, bool) {
	k := s.key(i)
	if n, ok := s.families[k]; ok {
		m := s.out[n]
		m.Ref = n
		return m, true
	}
	if bare && !s.bareFamilyFits(i) {
		return Mention{}, false
	}
	cands := s.ix.family[k]
	found := -1
	for _, p := range cands {
		if s.ref.IsZero() {
			if len(cands) == 1 {
				found = p
			}
			break
		}
		for _, h := range s.c.people[p].holdings {
			if s.c.holdings[h].During(s.ref) {
				if found >= 0 && found != p {
					return Mention{}, false // two people of that name in office
				}
				found = p
			}
		}
	}
	if found < 0 || s.otherGiven(i, found) {
		return Mention{}, false
	}
	if bare && s.possessorCountry(i) != "" {
		if !s.ownCountryFamily(i, found) {
			return Mention{}, false // "China's Moon": a thing of another country's name
		}
	} else if bare && !s.supported(found) {
		return Mention{}, false
	}
	return s.known(found), true
}

// bareName reads a person named without a title before: a person of the
// tables, a family name, or an unknown name followed by an appositive title.
func (s *scan) bareName(i int) (int, bool) {
	if p, end, ok := s.personAt(i, ""); ok {
		return s.finishPerson(s.known(p), i, end), true
	}
	if next, ok := s.regnalName(i); ok {
		return next, true
	}
	if !s.nameWord(i) || len(s.matches[i].entries) > 0 {
		return i, false
	}
	if m, end, ok := s.hyphenedFamily(i); ok {
		s.emit(m, i, end) // "Zaghari-Ratcliffe" of a person named before (delayed10.go)
		return end, true
	}
	// One word between words that are not names: a family name.
	prevName := i > 0 && !s.toks[i].sentStart && !s.toks[i].lineStart && s.nameWord(i-1)
	if !prevName && !s.nameWord(i+1) {
		if m, ok := s.family(i, true); ok {
			if m.Ref >= 0 {
				s.emit(m, i, i+1)
				return i + 1, true
			}
			return s.finishPerson(m, i, i+1), true
		}
		return i, false
	}
	if prevName {
		return i, false
	}
	// An unknown name of two words or more, known by the title after it.
	m, end, ok := s.nameAt(i, "")
	if !ok || end-i < 2 {
		return i, false
	}
	ap, aend, ok := s.appositive(end)
	if !ok || ap.country == "" {
		if s.namesakeOfKnown(i, end) {
			// "Tim Morrison": someone else of a family name the tables
			// know, so that a later bare "Morrison" is this person.
			return s.finishPerson(m, i, end), true
		}
		if s.describedName(&m, i, end, false) {
			return s.finishPerson(m, i, end), true // the lead's "British aid worker", named (delayed10.go)
		}
		return i, false
	}
	m.Title, m.Sector, m.Country = ap.office, ap.t.sector, ap.country
	n := s.emit(m, i, aend)
	s.file(m.Name, m.Country, n)
	return aend, true
}

// counterpart reads "his Japanese counterpart Yoko Kamikawa": the office
// is that of the person last named.
func (s *scan) counterpart(start int, tp titlePhrase, country string) (int, bool) {
	office, sector := "", tp.t.sector
	for k := len(s.out) - 1; k >= 0; k-- {
		if s.out[k].Kind == Person && s.out[k].Title != "" {
			office, sector = strings.TrimPrefix(s.out[k].Title, "former "), s.out[k].Sector
			break
		}
	}
	nameAt := tp.end
	if s.key(nameAt) == "," {
		nameAt++ // "his Japanese counterpart, Takeshi Iwaya,"
	}
	if m, end, ok := s.nameAfterTitle(nameAt, country); ok && (nameAt == tp.end || m.Name != "" && !s.weakName(m, tp, end, true)) {
		if m.Country == "" {
			m.Country = country
		}
		if office != "" {
			// The counterpart holds the same job in another country, named
			// as that country names it when the tables know the person.
			class := s.c.officeClass(office)
			if h, ok := s.holding(m.Name, m.Country, class); ok && s.ix.classOf(h.Office) == class {
				m.Title, m.Sector = h.Office, h.Sector
			} else if o := s.ix.classOffice[class]; o != "" {
				m.Title, m.Sector = o, sector
			} else {
				m.Title, m.Sector = office, sector
			}
		}
		return s.finishPerson(m, start, end), true
	}
	if country == "" {
		return start, false
	}
	m := Mention{Ref: -1, Kind: Person, Country: country, Title: office, Sector: sector}
	if office != "" && !s.ref.IsZero() {
		if hs := s.c.Holders(country, office, s.ref); len(hs) == 1 {
			m.Name, m.Title, m.Sector = hs[0].Name, hs[0].Office, hs[0].Sector
		} else if o := s.ix.classOffice[s.c.officeClass(office)]; o != "" {
			m.Title = o
		}
	}
	return s.finishPerson(m, start, tp.end), true
}

// honorific reads "Mr. Kishida", "Ms. Kamikawa".
func (s *scan) honorific(start int, tp titlePhrase) (int, bool) {
	m, end, ok := s.nameAfterTitle(tp.end, "")
	if !ok {
		return start, false
	}
	if m.Ref >= 0 {
		s.emit(m, start, end)
		return end, true
	}
	s.describedName(&m, tp.end, end, true) // "Mrs Smith" after "a British woman" (delayed10.go)
	return s.finishPerson(m, start, end), true
}

// shortTitle reads "the secretary", "the prime minister", "The Assistant
// Secretary": the person last named with that office.
func (s *scan) shortTitle(start int, tp titlePhrase) (int, bool) {
	if s.key(start-1) != "the" || tp.past {
		return start, false
	}
	exact := s.lastOfficeAsWritten(tp)
	for k := len(s.out) - 1; k >= 0; k-- {
		m := s.out[k]
		if m.Kind != Person || m.Title == "" || m.Name == "" {
			continue
		}
		if !s.sameOffice(tp.t, m.Title) || exact >= 0 && k != exact {
			continue
		}
		if m.Ref >= 0 {
			k = m.Ref
			m = s.out[k]
		}
		m.Ref = k
		s.emit(m, start-1, tp.end)
		return tp.end, true
	}
	return start, false
}

// lastOfficeAsWritten is the index of the person last named with the very
// office the bare title writes, or -1. "British Foreign Secretary Lammy
// met Chinese Foreign Minister Wang … The foreign secretary urged …":
// both hold a foreign ministry, but the reader takes the office as
// written, not the last foreign minister named (stop 41,
// discourse21b.go's family). Only for an office of one remit: "the
// secretary" is any secretary, the last one named.
func (s *scan) lastOfficeAsWritten(tp titlePhrase) int {
	if tp.t.class == "minister" || tp.t.class == "secretary" {
		return -1 // a bare "the secretary" names the last secretary of any kind
	}
	for k := len(s.out) - 1; k >= 0; k-- {
		m := s.out[k]
		if m.Kind == Person && m.Name != "" && m.Title != "" && strings.EqualFold(m.Title, tp.office) {
			return k
		}
	}
	return -1
}

// sameOffice reports whether a bare title ("the minister") can name the
// holder of office.
func (s *scan) sameOffice(t title, office string) bool {
	lower := strings.ToLower(office)
	switch t.class {
	case "minister", "secretary":
		return strings.Contains(lower, t.class)
	}
	return s.c.officeClass(strings.TrimPrefix(lower, "former ")) == t.class
}

// namesakeOfKnown reports whether the unknown name at tokens i..end starts
// with a given name and ends with a family name of a person of the tables.
func (s *scan) namesakeOfKnown(i, end int) bool {
	return s.ix.isGiven(s.key(i)) && !s.toks[i].allCaps && len(s.ix.family[s.key(end-1)]) > 0 && !s.titleCaseLine(i)
}
