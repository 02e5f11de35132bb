package actors

// Twenty-third pass (stop 41), headlines written by hand: a leader named by
// family name after his country's possessive.
//
// Headline English names a leader by his country and family name: "Turkey's
// Erdogan meets Azerbaijan's Aliyev", "Brazil's Lula hosts China's Xi",
// "Mexico's Sheinbaum rejects US troops". A possessive before a capitalised
// word usually makes it a thing ("Earth's Moon"), but a country's possessive
// before the family name of that country's office holder names the holder:
// the country written right before it backs the reading as the country
// written anywhere in the body does, and closer.

// possessorCountry gives the country of the country mention that ends
// right before the "'s" at token i-1 ("Turkey's Erdogan"), or "".
func (s *scan) possessorCountry(i int) string {
	if i < 2 || s.key(i-1) != "'s" || len(s.out) == 0 {
		return ""
	}
	m := s.out[len(s.out)-1]
	if m.Kind != Country || m.Country == "" || m.End != s.toks[i-1].start {
		return ""
	}
	return m.Country
}

// ownCountryFamily reports whether the family name at token i stands after
// its own country's possessive: person p of the tables is of that country.
func (s *scan) ownCountryFamily(i, p int) bool {
	c := s.possessorCountry(i)
	return c != "" && c == s.c.people[p].country
}
