package actors

// Words after which a capital is where something happens, not who acts:
// "talks in Tokyo", "flew to Beijing", "arrived in Seoul".
var locatives = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "into": true, "near": true,
	"outside": true, "inside": true, "around": true, "across": true, "toward": true,
	"towards": true, "via": true, "through": true, "throughout": true, "within": true,
	"visit": true, "visits": true, "visited": true, "visiting": true, "arrive": true,
	"arrives": true, "arrived": true, "arriving": true, "reach": true, "reached": true,
	"left": true, "leave": true, "leaves": true, "leaving": true, "landed": true,
	"returned": true, "return": true, "returns": true, "travel": true, "traveled": true,
	"travelled": true, "based": true, "hosted": false,
}

// other reads a mention that is not a person at token i: an organisation, a
// country, an institution of a state, a place or a capital standing for its
// government.
func (s *scan) other(i int) (int, bool) {
	m := s.matches[i]
	if len(m.entries) == 0 {
		return s.unknownPlace(i)
	}
	var country, place, org, inst *entry
	for k := range m.entries {
		e := &m.entries[k]
		switch {
		case e.kind == eCountry && country == nil:
			country = e
		case e.kind == ePlace && place == nil:
			place = e
		case e.kind == eOrg && org == nil:
			org = e
		case e.kind == eInst && inst == nil:
			inst = e
		}
	}
	switch {
	case org != nil:
		o := s.c.orgs[org.id]
		s.emit(Mention{Ref: -1, Kind: Organisation, Name: o.name, Country: o.country, Sector: o.sector, Group: o.group}, i, m.end)
		return m.end, true
	case country != nil:
		if s.dateline(i, m.end) {
			// "SINGAPORE (Reuters) -": where the story was filed, a
			// place, not the country acting.
			ci := s.c.countries[country.id]
			pm := Mention{Ref: -1, Kind: Place, Name: ci.Name, Country: ci.Code}
			if place != nil && s.c.places[place.id].country == ci.Code {
				pm.Name = s.c.places[place.id].name
			}
			s.emit(pm, i, m.end)
			return m.end, true
		}
		if place != nil {
			// "Atlanta, Georgia": a place of the country just named wins
			// over the country of the same name.
			if p := s.c.places[place.id]; s.key(i-1) == "," && len(s.out) > 0 &&
				s.out[len(s.out)-1].End == s.toks[i-1].start && s.out[len(s.out)-1].Country == p.country {
				return s.place(i, *place, m.end)
			}
		}
		return s.country(i, *country, m.end)
	case place != nil:
		return s.place(i, *place, m.end)
	case inst != nil:
		in := s.c.insts[inst.id]
		if end, ok := s.instInCapital(i, m.end, in); ok {
			return end, true
		}
		if in.country == "" || !s.toks[i].cap {
			return i, false
		}
		ci := s.c.countries[s.c.countryIndex[in.country]]
		s.emit(Mention{Ref: -1, Kind: Organisation, Name: ci.Name + " " + in.name, Country: in.country, Sector: in.sector}, i, m.end)
		return m.end, true
	}
	return i, false
}

// partOfName reports whether the form at tokens i..end is a piece of a
// longer proper name ("Japan Today", "Chad Smith", "Michael Jordan",
// "Washington Post") rather than a mention of its own. Lines set in title
// case say nothing, so they are not judged. A country before a
// capitalised word mostly names the country's own group or body ("Iraqi
// Kurds", "the Latvian Constitutional Court", "the Kenya Anti-Corruption
// Commission"), so for a country the word after counts only when it heads
// the name of a paper, a school or a feature ("Japan Today", "Georgia
// Tech", "Jordan River") or when the country word is a given name before a
// family name ("Chad Smith"); adj is true for a country form.
func (s *scan) partOfName(i, end int, country bool) bool {
	if s.givenBefore(i, end) {
		return true
	}
	if s.titleCaseLine(i) {
		return false
	}
	if end < len(s.toks) && !s.toks[end].lineStart {
		if t := s.toks[end]; t.word && t.cap && !calendarWords[t.key] && len(s.matches[end].entries) == 0 &&
			(!country || nameHeads[t.key] || s.givenFirst(i, end)) {
			return true
		}
		if s.key(end) == "-" && s.toks[end].start == s.toks[end-1].end && s.key(end+1) == "based" {
			return true
		}
	}
	if end == i+1 && i > 0 && !s.toks[i].sentStart && !s.toks[i].lineStart {
		if t := s.toks[i-1]; t.word && t.cap && !t.sentStart && !t.lineStart && !calendarWords[t.key] &&
			!nonNames[t.key] && len(s.matches[i-1].entries) == 0 {
			return true
		}
	}
	return false
}

// givenBefore reports whether the one-word form at tokens i..end follows a
// given name on the same line ("Michael Jordan said", at the start of a
// sentence too, where every word is capitalised anyway).
func (s *scan) givenBefore(i, end int) bool {
	if end != i+1 || i == 0 || s.toks[i].lineStart || s.toks[i].sentStart {
		return false
	}
	t := s.toks[i-1]
	if !t.word || !t.cap || t.allCaps || calendarWords[t.key] || nonNames[t.key] || !s.ix.isGiven(t.key) {
		return false
	}
	for _, e := range s.matches[i-1].entries {
		if e.kind != ePerson {
			return false // "Sydney", "Asia": a place of its own
		}
	}
	return t.end < s.toks[i].start // a space between, not "Jean-Georgia"
}

// givenFirst reports whether the one-word form at tokens i..end is a given
// name followed by a capitalised word the tables do not know ("Chad
// Smith", "Jordan Peterson").
func (s *scan) givenFirst(i, end int) bool {
	if end != i+1 || end >= len(s.toks) || s.toks[end].lineStart || !s.ix.isGiven(s.key(i)) {
		return false
	}
	return s.nameWord(end) && len(s.matches[end].entries) == 0 && !nameHeads[s.key(end)] && !s.titleCaseLine(i)
}

// Capitalised words that make a place or country word the start of the
// name of a paper, a school or a body, not of a person: "Washington Post",
// "Jordan Times", "Georgia Tech".
var nameHeads = map[string]bool{
	"post": true, "times": true, "today": true, "herald": true, "tribune": true, "daily": true,
	"news": true, "journal": true, "gazette": true, "press": true, "review": true, "weekly": true,
	"monitor": true, "observer": true, "telegraph": true, "standard": true, "mail": true,
	"express": true, "star": true, "sun": true, "globe": true, "chronicle": true, "insider": true,
	"examiner": true, "independent": true, "guardian": true, "report": true, "radio": true, "tv": true,
	"university": true, "college": true, "institute": true, "tech": true, "school": true,
	"state": true, "airport": true, "street": true, "avenue": true, "square": true, "river": true,
	"lake": true, "bay": true, "valley": true, "club": true, "fc": true, "united": true, "city": true,
	"county": true, "center": true, "centre": true, "hotel": true, "hall": true, "bank": true,
	"group": true, "company": true, "corp": true, "inc": true, "airlines": true, "airways": true,
	"port": true, "harbor": true, "harbour": true, "council": true, "party": true, "national": true,
	"international": true, "league": true, "cup": true, "open": true, "house": true, "capitals": true,
	"commanders": true, "nationals": true, "wizards": true, "mystics": true, "spirit": true,
	"delta": true, "basin": true, "canal": true, "sea": true, "strait": true,
	"gulf": true, "island": true, "islands": true, "peninsula": true, "mountains": true,
	"plateau": true, "desert": true, "beach": true, "point": true, "gate": true, "bridge": true,
}

// nameAround emits the person whose name a one-word country or place form
// at tokens i..end is part of — a given name before it ("Michael Jordan")
// or a family name after it ("Chad Smith") — and files the family name, so
// that a later "Jordan said" is the person, not the country. It returns the
// token after the name.
func (s *scan) nameAround(i, end int) (int, bool) {
	from, to := i, end
	switch {
	case s.givenBefore(i, end):
		from = i - 1
	case s.givenFirst(i, end):
		for to < len(s.toks) && to-i < 3 && !s.toks[to].lineStart && s.nameWord(to) && len(s.matches[to].entries) == 0 {
			to++
		}
	default:
		return end, false
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > s.toks[from].start {
		return end, false // the given name is already part of a mention
	}
	name := s.body[s.toks[from].start:s.toks[to-1].end]
	if n, ok := s.families[s.key(to-1)]; ok && s.out[n].Name == name {
		m := s.out[n]
		m.Ref = n
		s.emit(m, from, to)
		return to, true
	}
	n := s.emit(Mention{Ref: -1, Kind: Person, Name: name}, from, to)
	s.file(name, "", n)
	return to, true
}

// titleCaseLine reports whether the line of token i capitalises most of its
// words, as headlines do.
func (s *scan) titleCaseLine(i int) bool {
	if s.lineOf == nil {
		s.lineOf = make([]int, len(s.toks))
		for k := range s.toks {
			if k > 0 && !s.toks[k].lineStart {
				s.lineOf[k] = s.lineOf[k-1]
			} else {
				s.lineOf[k] = k
			}
		}
	}
	a := s.lineOf[i]
	if v, ok := s.titleCase[a]; ok {
		return v
	}
	v := s.countTitleCase(a)
	if s.titleCase == nil {
		s.titleCase = map[int]bool{}
	}
	s.titleCase[a] = v
	return v
}

func (s *scan) countTitleCase(a int) bool {
	words := 0
	for b := a; b < len(s.toks) && (b == a || !s.toks[b].lineStart); b++ {
		t := s.toks[b]
		if !t.word {
			continue
		}
		words++
		// A lower-case word of weight ("flew", "talks") shows a sentence;
		// headlines leave only short function words in lower case.
		if !t.cap && len(t.key) > 3 && !headlineLowerWords[t.key] {
			return false
		}
		if words > 30 {
			return false // a paragraph, not a headline
		}
	}
	return words >= 3
}

var headlineLowerWords = map[string]bool{"with": true, "from": true, "into": true, "over": true, "amid": true, "upon": true, "onto": true}

// countryFits reports whether a country form at tokens i..end names the
// country.
func (s *scan) countryFits(i, end int) bool { return !s.partOfName(i, end, false) }

func (s *scan) country(i int, e entry, end int) (int, bool) {
	ci := s.c.countries[e.id]
	if s.partOfName(i, end, true) {
		if next, ok := s.nameAround(i, end); ok {
			return next, true
		}
		return end, true // consumed, so its words are not read as a name
	}
	if k := s.key(end); k == "dollars" || k == "dollar" || k == "$" && s.currencyPrefix(i, end) {
		return end, true // "US $50 million", "U.S. dollars": money, not the country
	}
	// "Japan's Defense Ministry", "the Chinese government", "U.S. forces".
	j := end
	if k := s.key(j); k == "'s" || k == "'" {
		j++
	}
	// A body of state on the next line is not the country's: a headline
	// ending on "Frenchman" and a body opening "Officials said" (stop 44).
	if ie, iend, ok := s.has(j, eInst); ok && (j >= len(s.toks) || !s.toks[j].lineStart) {
		in := s.c.insts[ie.id]
		s.emit(Mention{Ref: -1, Kind: Organisation, Name: ci.Name + " " + in.name, Country: ci.Code, Sector: in.sector}, i, iend)
		return iend, true
	}
	if j == end {
		if next, ok := s.dualPeople(i, e, end); ok {
			return next, true
		}
		if next, ok := s.countryPeople(i, end); ok {
			return next, true
		}
	}
	s.emit(Mention{Ref: -1, Kind: Country, Name: ci.Name, Country: ci.Code, Adjective: e.adj && s.modifiesNonActor(end)}, i, end)
	return end, true
}

// currencyPrefix reports whether the country form at tokens i..end, right
// before a "$" at end, is the prefix of the currency: written against the
// sign ("US$50 million", "A$", "HK$") or in capitals ("US $50 million",
// "U.S. $50 million"). A name in ordinary case with a space before the
// sign is the country the sentence tells of: "gave Cambodia $600 million".
func (s *scan) currencyPrefix(i, end int) bool {
	if s.toks[end].start == s.toks[end-1].end {
		return true
	}
	for k := i; k < end; k++ {
		t := s.toks[k]
		if t.word && !t.allCaps && !(t.cap && t.end-t.start <= 2) {
			return false
		}
	}
	return true
}

func (s *scan) place(i int, e entry, end int) (int, bool) {
	p := s.c.places[e.id]
	if alt, ok := s.homonymCity(p); ok {
		s.emit(Mention{Ref: -1, Kind: Place, Name: p.name, Country: alt}, i, end) // "Tripoli" in a story of Lebanon (homonym47.go)
		return end, true
	}
	if s.partOfName(i, end, false) && !s.divisionAfter(i, end, p) { // "in Sokoto State": the place (divisions17.go)
		if next, ok := s.nameAround(i, end); ok {
			return next, true
		}
		return end, true
	}
	prev := i - 1
	if s.key(prev) == "the" {
		prev--
	}
	located := locatives[s.key(prev)] && !s.addressedThrough(prev) && !s.aimedAt(i) && !s.askedFrom(i) && !s.askedTo(i) && !s.censured(i)
	// "in Washington and Tokyo": a place coordinated with a place.
	if k := s.key(i - 1); (k == "and" || k == "or" || k == ",") && len(s.out) > 0 {
		last := s.out[len(s.out)-1]
		if last.Kind == Place && last.End == s.toks[i-2].end {
			located = true
		}
	}
	if s.toks[i].lineStart && s.toks[i].allCaps || s.dateline(i, end) {
		located = true // a dateline: "TOKYO (Reuters) -", "Tokyo (AFP) -"
	}
	m := Mention{Ref: -1, Kind: Place, Name: p.name, Country: p.country}
	// "Liverpool, England", "Tokyo, Japan": the country after the comma.
	if s.key(end) == "," {
		if ce, cend, ok := s.has(end+1, eCountry); ok && s.countryFits(end+1, cend) {
			if m.Country == "" || m.Country == s.c.countries[ce.id].Code {
				m.Country = s.c.countries[ce.id].Code
				located = true
				end = cend
			}
		} else if pe, pend, ok := s.has(end+1, ePlace); ok && s.c.places[pe.id].kind == "region" {
			if pc := s.c.places[pe.id].country; pc != "" && (m.Country == "" || m.Country == pc) {
				m.Country = pc
				located = true
				end = pend
			}
		}
	}
	if (p.kind == "capital" || p.kind == "seat") && !located && p.country != "" {
		// "Seoul's foreign ministry", "the Seoul government": the
		// government's own body. Not "the Tokyo embassy" (some country's
		// embassy there) nor "Tokyo police" (the city's).
		at := end
		if s.key(at) == "'s" {
			at++
		}
		if ie, iend, ok := s.has(at, eInst); ok && !cityNouns[s.key(at)] && !placedInsts[s.c.insts[ie.id].name] {
			in := s.c.insts[ie.id]
			ci := s.c.countries[s.c.countryIndex[p.country]]
			s.emit(Mention{Ref: -1, Kind: Organisation, Name: ci.Name + " " + in.name, Country: p.country, Sector: in.sector}, i, iend)
			return iend, true
		}
	}
	aimed := s.aimedAt(i) && !(s.toks[i].lineStart && s.toks[i].allCaps) && !s.dateline(i, end)
	if (p.kind == "seat" || p.kind == "capital" && s.acts(i, end)) && !located && p.country != "" || aimed && p.country != "" {
		// "air strikes on Sana'a, Yemen", "a missile attack on Odesa": any
		// city a blow or a measure is aimed at stands for its country.
		ci := s.c.countries[s.c.countryIndex[p.country]]
		m = Mention{Ref: -1, Kind: Country, Name: ci.Name, Country: p.country, Sector: p.sector, Metonym: true}
		if m.Sector == "" {
			m.Sector = "GOV"
		}
	}
	s.emit(m, i, end)
	return end, true
}

// Institutions that a capital places rather than owns: "the Tokyo embassy".
var placedInsts = map[string]bool{"Embassy": true, "Consulate": true, "Delegation": true}

// Words after a capital that show it is the city, not the government:
// "Tokyo residents", "Seoul shares", "Beijing time".
var cityNouns = map[string]bool{
	"residents": true, "resident": true, "time": true, "stocks": true, "shares": true,
	"stock": true, "market": true, "markets": true, "area": true, "region": true,
	"streets": true, "street": true, "airport": true, "station": true, "city": true,
	"university": true, "bureau": true, "correspondent": true, "office": true,
	"metropolitan": true, "hotel": true, "district": true, "suburbs": true, "police": true,
	"embassy": true, "consulate": true, "mayor": true, "skyline": true, "traffic": true,
	// Twenty-second pass (stop 40): a meeting or an accord named by the city
	// it was held in ("his Hanoi summit with Trump", "the Minsk agreements",
	// "the Helsinki meeting"): the city is the venue, not its government.
	// "talks" is left out: headlines write "Beijing talks with Washington".
	"summit": true, "summits": true, "meeting": true, "conference": true,
	"negotiations": true, "process": true, "format": true, "accord": true, "accords": true,
	"agreement": true, "agreements": true, "declaration": true, "protocol": true,
}

var notVerbs = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "for": true, "to": true, "from": true,
	"with": true, "by": true, "as": true, "the": true, "a": true, "an": true, "its": true,
	"their": true, "his": true, "her": true, "where": true, "which": true, "when": true,
	"this": true, "last": true, "next": true, "since": true, "until": true, "after": true,
	"before": true, "during": true, "into": true, "than": true, "while": true,
	"up": true, "down": true, "out": true, "over": true, "about": true, "like": true,
	"near": true, "across": true, "outside": true, "downtown": true, "central": true,
	"greater": true, "western": true, "eastern": true, "northern": true, "southern": true,
}

// acts reports whether the capital at tokens i..end stands for its
// government: it is the subject of a verb ("Pyongyang warned"), owns
// something ("Beijing's response"), is paired with another country ("Tokyo
// and Washington", "ties with Seoul", "talks between Tokyo and Seoul").
// Anything else is the city.
func (s *scan) acts(i, end int) bool {
	next := s.key(end)
	// "Beijing on Monday warned", "Moscow last week said": the verb comes
	// after the time.
	verb := s.afterTime(end)
	switch {
	case next == "'s":
		return true
	case next == "and" || next == "or" || next == ",":
		if s.countryLike(end + 1) {
			return true
		}
	case verb < len(s.toks) && s.toks[verb].word && !s.toks[verb].cap && !notVerbs[s.key(verb)] && !cityNouns[s.key(verb)]:
		return true
	}
	// The object of a verb: "warned Seoul", "urged Tokyo"; not "noon
	// Tokyo time".
	if i > 0 && !cityNouns[next] {
		if t := s.toks[i-1]; t.word && !t.cap && !notVerbs[t.key] && !locatives[t.key] && !cityNouns[t.key] && len(t.key) > 2 {
			return true
		}
	}
	if i > 1 && s.addressedThrough(i-1) {
		return true // "protested to Seoul", "its ambassador to Algiers", "protested strongly to Seoul"
	}
	if i > 1 && (s.key(i-1) == "on" || s.key(i-1) == "upon") && callVerbs[s.key(i-2)] {
		return true // "called on Moscow to stop": the government asked (callon18.go)
	}
	if s.aimedAt(i) {
		return true // "new sanctions on Moscow", "air strikes on Sanaa", "a warning to Beijing"
	}
	if s.askedFrom(i) {
		return true // "sought the extradition of the cleric from Washington" (askedfrom20.go)
	}
	if s.askedTo(i) {
		return true // "a formal request to Rabat for the extradition" (askedto22.go)
	}
	if s.censured(i) {
		return true // "called out Moscow for", "lashed out at Tokyo" (censure44.go)
	}
	switch s.key(i - 1) {
	case "with", "between", "against", "by", "and", "or", ",":
		if s.key(i-1) == "with" || s.key(i-1) == "between" || s.key(i-1) == "against" || s.key(i-1) == "by" {
			return true
		}
		if len(s.out) > 0 {
			last := s.out[len(s.out)-1]
			return last.Kind == Country && last.End == s.toks[i-1].start
		}
	}
	return false
}

// Words before "to" that address a government: a capital after them
// stands for it.
var addressedTo = map[string]bool{
	"protested": true, "protest": true, "protests": true, "complained": true, "complains": true, "appealed": true, "wrote": true, "apologised": true,
	"apologized": true, "ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "note": true,
	"message": true, "letter": true, "delegation": true,
}

// Nouns of a measure or a blow laid on a country: a capital after them
// and "on" stands for the country it falls on ("sanctions on Moscow",
// "tariffs on Beijing", "air strikes on Sanaa").
var pressedOn = map[string]bool{
	"sanctions": true, "tariffs": true, "tariff": true, "duties": true, "levies": true, "embargo": true,
	"strikes": true, "strike": true, "airstrikes": true, "airstrike": true, "attack": true,
	"attacks": true, "raids": true, "bombing": true, "assault": true, "crackdown": true,
	// Measures named by their kind (twenty-third pass): "export curbs on
	// Tokyo", "new restrictions on Moscow", "penalties on Beijing".
	"curbs": true, "restrictions": true, "controls": true, "penalties": true, "embargoes": true,
}

// aimedAt reports a place at token i right after a noun of a measure or a
// blow and "on", or a noun of a warning and "to": what it is aimed at.
func (s *scan) aimedAt(i int) bool {
	return i > 1 && (s.key(i-1) == "on" && pressedOn[s.key(i-2)] || s.key(i-1) == "to" && warnedTo[s.key(i-2)])
}

// Nouns of a word aimed at a government: a capital after them and "to"
// stands for it ("a stern warning to Moscow", "an ultimatum to Kabul").
var warnedTo = map[string]bool{"warning": true, "warnings": true, "ultimatum": true, "threat": true, "threats": true}

// Words that with "last", "this" or "next" make a time: "last week".
var timeNouns = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "night": true, "time": true}

// afterTime returns the token after a short time phrase at token j ("on
// Monday", "last week", "earlier this month"), or j when there is none.
func (s *scan) afterTime(j int) int {
	k := j
	if s.key(k) == "earlier" || s.key(k) == "later" {
		k++
	}
	switch s.key(k) {
	case "on":
		if calendarWords[s.key(k+1)] {
			return k + 2
		}
	case "last", "this", "next":
		if timeNouns[s.key(k+1)] || calendarWords[s.key(k+1)] {
			return k + 2
		}
	}
	return j
}

// countryLike reports whether token i starts a country or a capital.
func (s *scan) countryLike(i int) bool {
	if _, _, ok := s.has(i, eCountry); ok {
		return true
	}
	if e, _, ok := s.has(i, ePlace); ok {
		k := s.c.places[e.id].kind
		return k == "capital" || k == "seat"
	}
	return false
}

// unknownPlace reads a place the tables do not know, placed by the country
// after it: "in Hakodate, Japan".
func (s *scan) unknownPlace(i int) (int, bool) {
	if !locatives[s.key(i-1)] || !s.nameWord(i) || len(s.matches[i].entries) > 0 {
		return i, false
	}
	j := i
	for j < len(s.toks) && j-i < 3 && s.nameWord(j) && len(s.matches[j].entries) == 0 {
		j++
	}
	if s.key(j) != "," {
		return i, false
	}
	ce, cend, ok := s.has(j+1, eCountry)
	if !ok || !s.countryFits(j+1, cend) {
		return i, false
	}
	ci := s.c.countries[ce.id]
	s.emit(Mention{Ref: -1, Kind: Place, Name: s.body[s.toks[i].start:s.toks[j-1].end], Country: ci.Code}, i, cend)
	return cend, true
}
