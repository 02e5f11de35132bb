package coder

import (
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/article"
)

// Rules of the eighth pass (stop 26) on private people held abroad: news
// names a detainee once with a nationality ("US pastor Andrew Brunson",
// "Otto Warmbier, an American student") and then by name alone
// ("Warmbier was arrested by North Korean authorities", "Turkey released
// Brunson"). The name stands for that nationality on the whole page, as
// the phrase with the nationality did.

// privateSectors are the sectors of person nouns (actors'
// data/person-nouns.txt) that name private people, not officials.
var privateSectors = map[string]bool{
	"BUS": true, "CVL": true, "EDU": true, "JRN": true, "LAB": true, "MED": true,
	"NGO": true, "OPP": true, "REF": true, "REL": true,
}

// withNamedNationals adds, for each person the title or body introduces
// with a nationality and a name, a person mention of that country for
// every later use of the surname in the body, and gives the country to a
// mention of the name that has none ("Mr Brunson").
func withNamedNationals(a article.Article, cat *actors.Catalog, ms []actors.Mention, titleMs []actors.Mention) []actors.Mention {
	type national struct{ first, last, country string }
	var found []national
	look := func(text string, m actors.Mention) {
		end := m.End
		switch {
		case m.Kind == actors.Person && m.Country != "" && m.Name == "" && privateSectors[m.Sector]:
			// "an American student": the phrase is the person
		case m.Kind == actors.Country && !m.Group:
			e, ok := detaineeNounAfter(text, m.End) // "US pastor", "Canadian former diplomat"
			if !ok {
				return
			}
			end = e
		default:
			return
		}
		if first, last, ok := nameAfter(text[end:]); ok {
			found = append(found, national{first, last, m.Country}) // "US pastor Andrew Brunson"
		} else if first, last, ok := nameBefore(text[:m.Start]); ok {
			found = append(found, national{first, last, m.Country}) // "Otto Warmbier, an American student"
		}
	}
	for _, m := range titleMs {
		look(a.Title, m)
	}
	for _, m := range ms {
		look(a.Body, m)
	}
	if len(found) == 0 {
		return ms
	}
	out := slices.Clone(ms)
	for _, n := range found {
		for off := 0; ; {
			i := strings.Index(a.Body[off:], n.last)
			if i < 0 {
				break
			}
			i += off
			end := i + len(n.last)
			off = end
			if i > 0 && isWordByte(a.Body[i-1]) || end < len(a.Body) && isWordByte(a.Body[end]) {
				continue
			}
			start := i
			if j := i - len(n.first) - 1; j >= 0 && a.Body[j:i-1] == n.first && a.Body[i-1] == ' ' {
				start = j // "Otto Warmbier"
			}
			k := slices.IndexFunc(out, func(m actors.Mention) bool { return m.Start < end && m.End > start })
			if k >= 0 {
				if out[k].Kind == actors.Person && out[k].Country == "" {
					out[k].Country = n.country // "Mr Brunson"
				}
				continue
			}
			out = append(out, actors.Mention{Text: a.Body[start:end], Start: start, End: end, Kind: actors.Person,
				Name: n.first + " " + n.last, Country: n.country, Ref: -1})
		}
	}
	slices.SortStableFunc(out, func(x, y actors.Mention) int { return x.Start - y.Start })
	return out
}

// nameAfter reads a first name and a surname right after a phrase: " Andrew
// Brunson".
func nameAfter(s string) (first, last string, ok bool) {
	f := strings.Fields(s[:min(len(s), 60)])
	if len(f) < 2 || !properWord(f[0]) {
		return "", "", false
	}
	l := strings.TrimRight(f[1], ",.;:")
	if !properWord(l) {
		return "", "", false
	}
	return f[0], l, true
}

// nameBefore reads a first name and a surname before ", a" or ", an" and
// at most two lower-case words ("Michael Kovrig, a former"), or before a
// bare comma ("Otto Warmbier, ").
func nameBefore(s string) (first, last string, ok bool) {
	f := strings.Fields(s[max(0, len(s)-80):])
	n := len(f)
	for k := 0; k < 3 && n > 0; k++ {
		w := f[n-1]
		if strings.HasSuffix(w, ",") {
			break
		}
		if w != strings.ToLower(w) {
			return "", "", false
		}
		n--
	}
	if n < 2 || !strings.HasSuffix(f[n-1], ",") {
		return "", "", false
	}
	l := strings.TrimSuffix(f[n-1], ",")
	if !properWord(l) || !properWord(f[n-2]) {
		return "", "", false
	}
	return f[n-2], l, true
}

// properWord reports a capitalised word of letters: "Brunson", not "US" or
// "The".
func properWord(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	switch w {
	case "The", "This", "That", "Former", "President", "Pastor", "Mr", "Mrs", "Ms", "Dr":
		return false
	}
	return true
}

// detaineeNouns name the private people news tells of as held, freed or
// tried abroad, written after a nationality ("US pastor", "a Canadian
// businessman").
var detaineeNouns = map[string]bool{
	"pastor": true, "missionary": true, "preacher": true, "student": true, "tourist": true, "journalist": true,
	"reporter": true, "businessman": true, "businesswoman": true, "executive": true, "citizen": true,
	"national": true, "academic": true, "researcher": true, "professor": true, "teacher": true,
	"activist": true, "blogger": true, "veteran": true, "writer": true, "scholar": true, "worker": true,
	"man": true, "woman": true, "diplomat": true, "entrepreneur": true, "photographer": true,
}

// detaineeNounAfter returns the end of one or two lower-case words after
// offset i of text whose last is a detainee noun ("US pastor Andrew", "a
// Canadian former diplomat"), and whether there are such words.
func detaineeNounAfter(text string, i int) (int, bool) {
	end := i
	for k := 0; k < 2; k++ {
		j := end
		for j < len(text) && text[j] == ' ' {
			j++
		}
		e := j
		for e < len(text) && (text[e] >= 'a' && text[e] <= 'z' || text[e] == '-') {
			e++
		}
		if e == j || e < len(text) && text[e] != ' ' && text[e] != ',' {
			return 0, false
		}
		if detaineeNouns[text[j:e]] {
			return e, true
		}
		end = e
	}
	return 0, false
}
