package actors

// sharedOfficeStates are the states whose office titles English news of
// other states writes too: "the secretary of state" is a British minister
// in London's news and "the home secretary" is India's in Delhi's, so a
// bare "the" title of these states waits for a holder named on the page.
var sharedOfficeStates = map[string]bool{"USA": true, "GBR": true}

// ownStateTitle reports whether a bare "the" title names one state's office
// however the page is written: "the Taoiseach", "the chief cabinet
// secretary", "the IRGC commander" have one holder in the world, so when
// no holder was named before, the title alone is that state's (stop 41).
func (s *scan) ownStateTitle(tp titlePhrase) bool {
	return tp.t.country != "" && !tp.past && !sharedOfficeStates[tp.t.country]
}

// capitalBodies are the governing bodies that a capital after "in" places
// as its own state's: "the government in Tehran", "the authorities in
// Kabul", "officials in Kyiv". Embassies, delegations and troops are left
// out: "the embassy in Beijing" and "troops in Kabul" are often another
// state's.
var capitalBodies = map[string]bool{
	"Government": true, "Administration": true, "Authorities": true,
	"Officials": true, "Leaders": true, "Cabinet": true,
}

// instInCapital reads a governing body placed in a capital as that state's
// body (stop 41): English news names a government by its seat when the
// country was named before or is plain ("the military government in
// Bamako expelled the French ambassador"). The body opens the phrase
// ("the government", or "Officials" opening a sentence), so "Western
// officials in Kyiv" stays unnamed.
func (s *scan) instInCapital(i, end int, in institution) (int, bool) {
	if in.country != "" || !capitalBodies[in.name] || s.key(end) != "in" {
		return i, false
	}
	if s.key(i-1) != "the" && s.key(i-1) != "military" && !s.toks[i].cap {
		return i, false
	}
	pe, pend, ok := s.has(end+1, ePlace)
	if !ok {
		return i, false
	}
	p := s.c.places[pe.id]
	if p.kind != "capital" || p.country == "" {
		return i, false
	}
	ci := s.c.countries[s.c.countryIndex[p.country]]
	s.emit(Mention{Ref: -1, Kind: Organisation, Name: ci.Name + " " + in.name, Country: p.country, Sector: in.sector}, i, end)
	// The capital stays a place of its own: where the body sits is the
	// venue of what it does there.
	s.emit(Mention{Ref: -1, Kind: Place, Name: p.name, Country: p.country}, end+1, pend)
	return pend, true
}
