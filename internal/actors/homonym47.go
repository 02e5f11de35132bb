package actors

import "strings"

// Stop 47 (groups cp, cq): a capital's name borne by a city of another
// country. "Tripoli" is Libya's capital and a city of Lebanon; a story
// about Lebanon ("field hospitals for the regions of Tire and Tripoli",
// "clashes in Tripoli, Lebanon's second city") means the Lebanese city and
// no act of the Libyan government. When the article names the other
// country and never the capital's own, the name is that country's city: a
// place, never a stand-in for a government.

// homonymCities maps a capital's name to the country of a city of the
// same name elsewhere.
var homonymCities = map[string]string{
	"Tripoli":    "LBN", // Lebanon's second city
	"Georgetown": "MYS", // the capital of Penang
	"Kingston":   "CAN", // Ontario
}

// homonymCity returns the other country of a capital's name when the body
// names that country and not the capital's own (by name, other name or
// adjective).
func (s *scan) homonymCity(p place) (string, bool) {
	alt, ok := homonymCities[p.name]
	if !ok || p.kind != "capital" {
		return "", false
	}
	if s.namesCountry(alt) && !s.namesCountry(p.country) {
		return alt, true
	}
	return "", false
}

// namesCountry reports whether the body holds one of the written forms of
// the country code (its name, other names, adjectives) as a word.
func (s *scan) namesCountry(code string) bool {
	k, ok := s.c.countryIndex[code]
	if !ok {
		return false
	}
	ci := s.c.countries[k]
	for _, f := range append(append([]string{ci.Name}, ci.Aliases...), ci.Adjectives...) {
		if wordIn(s.body, f) {
			return true
		}
	}
	return false
}

// wordIn reports w in body with no letter on either side.
func wordIn(body, w string) bool {
	if w == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(body[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isLetterByte(body[i-1])) && (end == len(body) || !isLetterByte(body[end])) {
			return true
		}
		off = i + 1
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
