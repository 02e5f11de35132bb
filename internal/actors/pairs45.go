package actors

import "strings"

// Twenty-seventh pass (stop 45): countries named together or by a short
// form. Three ways news names the two states of a divided nation were read
// as one country or none:
//
//   - two names sharing one head noun, "North and South Korea", "South and
//     North Korea": the first word stands for its own name with the shared
//     head ("North Korea"), read only when that whole name is a country;
//   - the pair by its plural head, "the two Koreas", "both Koreas", "the
//     two Sudans", "the rival Koreas", "the two Congos": the head is shared by exactly two
//     countries of the table, and the phrase names both ("the two" stands
//     for the first, the plural head for the second, so that mentions do
//     not overlap);
//   - the short form "the North" / "the South" (and "the South's") in a
//     story that has already named one of such a pair: the country of the
//     pair whose name is that direction and the shared head ("the North"
//     after "South Korea" is North Korea). Where no divided pair was named
//     — "the North of England", "the South" of the United States, a
//     region of Nigeria — nothing is read; nor before "of", a capitalised
//     word or a hyphen ("the North Atlantic", "the South-East").
func (s *scan) pairedCountries() {
	n := len(s.out)
	for i := 0; i+3 < len(s.toks); i++ {
		s.sharedHead(i)
	}
	var heads map[string][]int
	for i := 0; i+1 < len(s.toks); i++ {
		k := s.key(i)
		if k != "the" && k != "both" {
			continue
		}
		if heads == nil {
			heads = s.pairHeads()
		}
		if k == "the" && pairWords[s.key(i+1)] && i+2 < len(s.toks) {
			s.pluralPair(heads, i, i+2)
		} else if k == "both" {
			s.pluralPair(heads, i, i+1)
		}
		if k == "the" {
			s.directionShort(heads, i)
		}
	}
	if len(s.out) > n {
		s.sortOut()
	}
}

// pairWords may stand between "the" and the plural head of a pair: "the
// two Koreas", "the rival Koreas", "the divided Koreas".
var pairWords = map[string]bool{"two": true, "rival": true, "divided": true}

// sharedHead reads "X and Y HEAD" where "Y HEAD" is a country mention and
// "X HEAD" a country name.
func (s *scan) sharedHead(i int) {
	x := s.toks[i]
	if !x.word || !x.cap || s.key(i+1) != "and" || s.covered(i, i+1) {
		return
	}
	_, cend, ok := s.has(i+2, eCountry)
	if !ok || cend <= i+3 {
		return // no country name, or a one-word name with no head to share
	}
	var partner *Mention
	for k := range s.out {
		if s.out[k].Start == s.toks[i+2].start && s.out[k].Country != "" && s.out[k].Kind != Place {
			partner = &s.out[k]
			break
		}
	}
	if partner == nil {
		return
	}
	synth := append([]token{x}, s.toks[i+3:cend]...)
	es, mend := s.ix.match(synth, 0)
	if mend != len(synth) {
		return
	}
	for _, e := range es {
		if e.kind != eCountry {
			continue
		}
		ci := s.c.countries[e.id]
		if ci.Code == partner.Country {
			return
		}
		m := Mention{Ref: -1, Kind: Country, Name: ci.Name, Country: ci.Code}
		if partner.Kind == Country {
			m.Adjective, m.Metonym = partner.Adjective, partner.Metonym
		}
		m.Start, m.End = x.start, x.end
		m.Text = s.body[m.Start:m.End]
		s.out = append(s.out, m)
		return
	}
}

// pairHeads maps the folded last word of a country's names to the
// countries bearing it, for heads that exactly two countries share.
func (s *scan) pairHeads() map[string][]int {
	all := map[string][]int{}
	for ci, c := range s.c.countries {
		seen := map[string]bool{}
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			f := strings.Fields(foldPhrase(name))
			if len(f) == 0 || seen[f[len(f)-1]] {
				continue
			}
			h := f[len(f)-1]
			seen[h] = true
			all[h] = append(all[h], ci)
		}
	}
	out := map[string][]int{}
	for h, cs := range all {
		if len(cs) == 2 {
			out[h] = cs
		}
	}
	return out
}

// pluralPair reads "the two Koreas" / "both Koreas": from is the first
// token of the quantifier, j the plural head.
func (s *scan) pluralPair(heads map[string][]int, from, j int) {
	t := s.toks[j]
	if !t.word || !t.cap || !strings.HasSuffix(t.key, "s") || s.covered(from, j+1) {
		return
	}
	cs, ok := heads[strings.TrimSuffix(t.key, "s")]
	if !ok {
		return
	}
	for n, ci := range cs {
		c := s.c.countries[ci]
		m := Mention{Ref: -1, Kind: Country, Name: c.Name, Country: c.Code}
		if n == 0 {
			m.Start, m.End = s.toks[from].start, s.toks[j-1].end
		} else {
			m.Start, m.End = t.start, t.end
		}
		m.Text = s.body[m.Start:m.End]
		s.out = append(s.out, m)
	}
}

// directionShort reads "the North" / "the South" at token i ("the") when
// the story has named, before it, a country of a pair sharing a head and
// the pair holds a country named by that direction and the head.
func (s *scan) directionShort(heads map[string][]int, i int) {
	d := s.toks[i+1]
	if d.key != "north" && d.key != "south" || !d.cap || s.covered(i, i+2) {
		return
	}
	if n := i + 2; n < len(s.toks) {
		nt := s.toks[n]
		if nt.key == "of" || nt.key == "-" || nt.word && nt.cap && !nt.lineStart {
			return
		}
	}
	named := map[string]bool{}
	for _, m := range s.out {
		if m.Start < d.start && m.Country != "" {
			named[m.Country] = true
		}
	}
	for h, cs := range heads {
		a, b := s.c.countries[cs[0]], s.c.countries[cs[1]]
		if !named[a.Code] && !named[b.Code] {
			continue
		}
		for _, c := range []CountryInfo{a, b} {
			if foldPhrase(c.Name) != d.key+" "+h {
				continue
			}
			m := Mention{Ref: -1, Kind: Country, Name: c.Name, Country: c.Code}
			m.Start, m.End = s.toks[i].start, d.end
			m.Text = s.body[m.Start:m.End]
			s.out = append(s.out, m)
			return
		}
	}
}
