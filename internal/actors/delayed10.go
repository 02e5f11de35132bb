package actors

import "unicode"

// A lead that names its person later, and double-barrelled family names
// (stop 28).
//
// News often opens on a description and names the person a sentence or
// two later: "Iran has accused a British-Iranian charity worker of
// plotting ... Nazanin Zaghari-Ratcliffe, 37, was held in April", "An
// American student detained in North Korea ... Ms. Smith, who works for
// ...". The description carries the country; the name, unknown to the
// tables, carried none, so every later act done to the person had one
// side. Now the first new name after such a description (a private person
// introduced with "a" or "an" and no name) is that person, when the text
// shows it is a person's name: a given name, an honorific ("Mrs"), or an
// age or "who" after it. The description is used once.
//
// A family name written as one hyphenated word ("Zaghari-Ratcliffe") was
// filed whole but read back piece by piece, so a later "Zaghari-Ratcliffe"
// was nobody; it is now looked up whole.

// describedReach is how many tokens after the description its name may
// come.
const describedReach = 150

// noteDescribed records the person mention n as the lead's unnamed person
// when it is a private person introduced by "a" or "an" at token from.
func (s *scan) noteDescribed(n, from, to int) {
	m := s.out[n]
	if m.Kind != Person || m.Name != "" || m.Title == "" {
		return
	}
	if k := s.key(from - 1); k != "a" && k != "an" {
		return
	}
	s.described, s.describedAt = n, to
}

// describedName gives the unknown name at tokens i..end the country and
// noun of the lead's unnamed person, when one is pending and the text
// shows a person's name (honorific is true after "Mr", "Mrs", "Ms").
func (s *scan) describedName(m *Mention, i, end int, honorific bool) bool {
	if s.described < 0 || i-s.describedAt > describedReach || i < s.describedAt || m.Country != "" {
		return false
	}
	if !honorific && !s.ix.isGiven(s.key(i)) && !s.ageOrWhoAfter(end) {
		return false
	}
	d := s.out[s.described]
	m.Country, m.Dual = d.Country, d.Dual
	if m.Title == "" {
		m.Title, m.Sector = d.Title, d.Sector
	}
	s.described = -1
	return true
}

// ageOrWhoAfter reports ", 37" or ", who" after a name: a person's.
func (s *scan) ageOrWhoAfter(end int) bool {
	if s.key(end) != "," || end+1 >= len(s.toks) {
		return false
	}
	if s.key(end+1) == "who" {
		return true
	}
	for _, r := range s.key(end + 1) {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// hyphenedFamily reads a family name written as one hyphenated word at
// token i ("Zaghari-Ratcliffe") that the article filed before: the person
// it names, and the token after it.
func (s *scan) hyphenedFamily(i int) (Mention, int, bool) {
	j, key := i, s.key(i)
	for j+2 < len(s.toks) && s.key(j+1) == "-" && s.toks[j+1].start == s.toks[j].end &&
		s.toks[j+2].start == s.toks[j+1].end && s.toks[j+2].word {
		key += "-" + s.key(j+2)
		j += 2
	}
	if j == i {
		return Mention{}, i, false
	}
	n, ok := s.families[key]
	if !ok {
		return Mention{}, i, false
	}
	m := s.out[n]
	m.Ref = n
	return m, j + 1, true
}
