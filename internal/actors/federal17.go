package actors

import "sort"

// Seventeenth pass (stop 35): "the Federal Government" as a country's own
// name for its government.
//
// Nigerian papers, German and Austrian official English, Australian and
// Malaysian news write a federation's national government as "the Federal
// Government", capitalised and with no country before it: "The Federal
// Government has rejected the designation", "the Federal Government has
// requested that France and Sweden conduct an examination". The writer
// names the government of the federation the page is about, the first such
// country it names; a page that names no federation of this kind (a US
// story's "federal government") gets no actor from the words.

// federalSelves are the countries whose English names their own national
// government "the Federal Government".
var federalSelves = map[string]bool{
	"NGA": true, "DEU": true, "AUT": true, "AUS": true, "MYS": true, "PAK": true,
	"SOM": true, "ETH": true, "IRQ": true, "CHE": true, "BRA": true, "ARE": true,
}

// federalGovernment adds a mention of the page's federation's government
// for each capitalised "Federal Government" no other mention covers and no
// country names before it ("the German Federal Government" is named
// already) or after it ("the Federal Government of Nigeria").
func (s *scan) federalGovernment() {
	code := s.firstFederation()
	if code == "" {
		return
	}
	ci, ok := s.c.Country(code)
	if !ok {
		return
	}
	added := false
	for i := 0; i+1 < len(s.toks); i++ {
		if s.key(i) != "federal" || s.key(i+1) != "government" || !s.toks[i].cap || !s.toks[i+1].cap {
			continue
		}
		if s.covered(i, i+2) || s.countryEndsAt(i-1) || s.key(i+2) == "of" {
			continue
		}
		m := Mention{Ref: -1, Kind: Organisation, Name: ci.Name + " Government", Country: code, Sector: "GOV"}
		m.Start, m.End = s.toks[i].start, s.toks[i+1].end
		m.Text = s.body[m.Start:m.End]
		s.out = append(s.out, m)
		added = true
	}
	if added {
		s.sortOut()
	}
}

// firstFederation is the first country of federalSelves a mention names.
func (s *scan) firstFederation() string {
	for _, m := range s.out {
		if federalSelves[m.Country] && m.Dual == "" {
			return m.Country
		}
	}
	return ""
}

// covered reports a mention overlapping tokens from..to.
func (s *scan) covered(from, to int) bool {
	a, b := s.toks[from].start, s.toks[to-1].end
	for _, m := range s.out {
		if m.Start < b && m.End > a {
			return true
		}
	}
	return false
}

// countryEndsAt reports a mention of a country ending at token i.
func (s *scan) countryEndsAt(i int) bool {
	if i < 0 {
		return false
	}
	for _, m := range s.out {
		if m.End == s.toks[i].end && m.Country != "" {
			return true
		}
	}
	return false
}

// sortOut puts the mentions back in body order, keeping each short
// mention's Ref pointing at its full mention.
func (s *scan) sortOut() {
	idx := make([]int, len(s.out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.out[idx[a]].Start < s.out[idx[b]].Start })
	pos := make([]int, len(idx))
	out := make([]Mention, len(idx))
	for n, i := range idx {
		pos[i] = n
		out[n] = s.out[i]
	}
	for n := range out {
		if out[n].Ref >= 0 {
			out[n].Ref = pos[out[n].Ref]
		}
	}
	s.out = out
}
