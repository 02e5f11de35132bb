package actors

import "strings"

// articleContext is what the whole body says that a bare family name may
// lean on: which people of the tables it names in full, which countries it
// names, which classes of office it writes, and which family names it
// gives with a given name. It is built once per Mentions call, on the
// first bare family name that needs it.
type articleContext struct {
	people    map[int]bool    // people of the tables named in full or by an alias
	countries map[string]bool // codes of the countries named, or of their capitals and seats
	classes   map[string]bool // classes of the titles written
	// givenOf maps a family key to the given-name keys written before it
	// ("tim" for "Tim Morrison").
	givenOf map[string][]string
}

func (s *scan) context() *articleContext {
	if s.ctx != nil {
		return s.ctx
	}
	ctx := &articleContext{people: map[int]bool{}, countries: map[string]bool{}, classes: map[string]bool{}, givenOf: map[string][]string{}}
	for i, m := range s.matches {
		for _, e := range m.entries {
			switch e.kind {
			case ePerson:
				// One word alone ("Moon") is no full name.
				if m.end-i > 1 {
					ctx.people[e.id] = true
				}
			case eCountry:
				ctx.countries[s.c.countries[e.id].Code] = true
			case ePlace:
				if p := s.c.places[e.id]; p.kind == "capital" || p.kind == "seat" {
					ctx.countries[p.country] = true
				}
			case eTitle:
				ctx.classes[s.c.titles[e.id].class] = true
			}
		}
		if i > 0 && len(s.ix.family[s.key(i)]) > 0 && s.toks[i].cap && !s.toks[i].lineStart {
			g := s.toks[i-1]
			if g.word && g.cap && !g.allCaps && g.end < s.toks[i].start && s.ix.isGiven(g.key) {
				ctx.givenOf[s.key(i)] = append(ctx.givenOf[s.key(i)], g.key)
			}
		}
	}
	s.ctx = ctx
	return ctx
}

// otherGiven reports whether the body names someone of the family name at
// token i with a given name that is not that of person p ("Tim Morrison"
// in a story where a bare "Morrison" would otherwise be Scott Morrison).
func (s *scan) otherGiven(i, p int) bool {
	gs := s.context().givenOf[s.key(i)]
	if len(gs) == 0 {
		return false
	}
	own := map[string]bool{}
	for _, n := range s.namesOf(p) {
		if w := strings.Fields(n); len(w) > 1 {
			k, _, _ := foldWord(w[0])
			own[k] = true
		}
	}
	for _, g := range gs {
		if !own[g] {
			return true
		}
	}
	return false
}

// namesOf lists the name and aliases of person p.
func (s *scan) namesOf(p int) []string {
	out := []string{s.c.people[p].name}
	for _, h := range s.c.people[p].holdings {
		out = append(out, s.c.holdings[h].Aliases...)
	}
	return out
}

// supported reports whether the body backs reading a bare family name as
// person p of the tables: it names p in full, or names p's country — and,
// for a family name of a country that writes it first ("Li", "Moon",
// "Park", borne by millions), also writes the kind of office p held.
func (s *scan) supported(p int) bool {
	ctx := s.context()
	if ctx.people[p] {
		return true
	}
	pp := s.c.people[p]
	if pp.country == "" || !ctx.countries[pp.country] {
		return false
	}
	if !eastAsianFamilyFirst[pp.country] {
		return true
	}
	for _, h := range pp.holdings {
		if (s.ref.IsZero() || s.c.holdings[h].During(s.ref)) && ctx.classes[s.ix.holdingClass[h]] {
			return true
		}
	}
	return false
}

// Determiners and possessives before which a capitalised word is a thing
// or a title, not a person named by family name: "the Moon", "Earth's
// Moon", "a Glass".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "'s": true,
}

// Nouns a leader's family name modifies after "the": "the Trump
// administration", "the Moon government".
var familyNouns = map[string]bool{
	"administration": true, "government": true, "cabinet": true, "campaign": true, "presidency": true,
	"regime": true, "era": true, "camp": true, "family": true, "doctrine": true, "years": true,
	"team": true, "white": true, "impeachment": true, "inquiry": true, "visit": true, "trip": true,
	"plan": true, "policy": true, "policies": true,
}

// bareFamilyFits reports whether the capitalised word at token i can be a
// family name standing alone: not a piece of a hyphenated word ("X-ray",
// "V-Motion"), not a Roman numeral, and not after a determiner unless a
// leader's noun follows ("the Moon" is not Moon Jae-in; "the Trump
// administration" is Trump's), and not a month's name before a number.
func (s *scan) bareFamilyFits(i int) bool {
	t := s.toks[i]
	if s.key(i+1) == "-" && s.toks[i+1].start == t.end || i > 0 && s.key(i-1) == "-" && s.toks[i-1].end == t.start {
		return false
	}
	if romanNumeral(s.body[t.start:t.end]) {
		return false
	}
	if determiners[s.key(i-1)] && !familyNouns[s.key(i+1)] && s.possessorCountry(i) == "" {
		return false // "Earth's Moon"; "Turkey's Erdogan" is asked in family
	}
	if datelineMonths[s.key(i)] && isDigits(s.key(i+1)) {
		return false // "LONDON, May 13 (Reuters)", "in May 2019": a date, not Theresa May
	}
	return true
}

// romanNumeral reports whether w is written as an upper-case Roman numeral
// ("V", "X", "III"): a regnal number, never a family name.
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVXLC") == ""
}
