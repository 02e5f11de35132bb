package actors

// Dual nationals (stop 28).
//
// News names a person of two nationalities by two demonyms joined by a
// hyphen, in either order: "a British-Iranian aid worker", "an
// Iranian-American businessman", "French-Iranian academic Fariba Adelkhah".
// Before, the first demonym was read as a country of its own and the
// second made the person, so the person's side was whichever came last;
// in "Iran detained a British-Iranian woman" the woman was Iranian and
// the arrest had no target. Now the phrase is one person mention of the
// second country with the first as Dual, and the coder gives the person
// the country that is not the other side's.

// dualPeople reads "ADJ-ADJ noun [Name]" at the country adjective at token
// i (entry e, ending at end): a person of the second country with the
// first as Dual. It returns the token after the mention.
func (s *scan) dualPeople(i int, e entry, end int) (int, bool) {
	if !e.adj || end+1 >= len(s.toks) || s.key(end) != "-" ||
		s.toks[end].start != s.toks[end-1].end || s.toks[end+1].start != s.toks[end].end {
		return i, false
	}
	e2, end2, ok := s.has(end+1, eCountry)
	if !ok || !e2.adj || e2.id == e.id {
		return i, false
	}
	n := len(s.out)
	next, ok := s.countryPeople(end+1, end2)
	if !ok || len(s.out) <= n || s.out[n].Kind != Person {
		return i, false
	}
	m := &s.out[n]
	m.Dual = s.c.countries[e.id].Code
	m.Start, m.Text = s.toks[i].start, s.body[s.toks[i].start:m.End]
	s.described = -1
	s.noteDescribed(n, i, next)
	return next, true
}
