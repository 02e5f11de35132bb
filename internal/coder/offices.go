package coder

import (
	"storyline/internal/actors"
)

// News often names ministers by office and country only: "Foreign and
// defence ministers from Japan and the United States will hold talks",
// "the Japanese and US defence ministers met". On a dated article those
// offices have holders the catalog knows; this file names them.

// officeWords are the first words of an office in a list ("foreign and
// defence ministers") and the office each stands for.
var officeWords = map[string]string{
	"foreign": "foreign minister", "defence": "defence minister", "defense": "defence minister",
	"finance": "finance minister", "trade": "trade minister", "prime": "prime minister",
}

// officeHeads end an office list: "ministers", "secretaries", "chiefs".
var officeHeads = map[string]bool{
	"minister": true, "ministers": true, "secretary": true, "secretaries": true, "chiefs": true, "chief": true,
}

// officeList finds a list of offices ending at a head word in clause cl:
// the offices, and the token range [start, end) the list covers.
func officeList(toks []token, cl clause) (offices []string, start, end int) {
	for i := cl.start; i < cl.end; i++ {
		if !officeHeads[toks[i].lower] {
			continue
		}
		j := i - 1
		var found []string
		for j >= cl.start {
			w := toks[j].lower
			if o, ok := officeWords[w]; ok {
				found = append(found, o)
				j--
				continue
			}
			if (w == "and" || w == "," || w == "affairs") && len(found) > 0 || w == "affairs" {
				j--
				continue
			}
			break
		}
		if len(found) > 0 {
			return found, j + 1, i + 1
		}
	}
	return nil, -1, -1
}

// officeCountries are the countries a list of offices belongs to: the
// country adjectives right before it ("the Japanese and US defence
// ministers") or the countries right after "from"/"of" ("ministers from
// Japan and the United States").
func officeCountries(toks []token, spans []span, start, end int) map[string]bool {
	out := map[string]bool{}
	// Before: adjectives and "and" back from the list.
	i := start - 1
	for i >= 0 {
		w := toks[i].lower
		if w == "and" || w == "," || w == "the" {
			i--
			continue
		}
		sp, ok := spanEndingAt(spans, i+1)
		if !ok || sp.m.Kind != actors.Country {
			break
		}
		out[sp.m.Country] = true
		i = sp.start - 1
	}
	// After: "from|of" and a list of countries.
	if end < len(toks) && (toks[end].lower == "from" || toks[end].lower == "of") {
		k := end + 1
		for k < len(toks) {
			w := toks[k].lower
			if w == "and" || w == "," || w == "the" {
				k++
				continue
			}
			sp, ok := spanStartingAt(spans, k)
			if !ok || sp.m.Kind != actors.Country {
				break
			}
			out[sp.m.Country] = true
			k = sp.end
		}
	}
	return out
}

func spanEndingAt(spans []span, end int) (span, bool) {
	for _, sp := range spans {
		if sp.end == end && sp.end > sp.start && !sp.inherited {
			return sp, true
		}
	}
	return span{}, false
}

func spanStartingAt(spans []span, start int) (span, bool) {
	for _, sp := range spans {
		if sp.start == start && sp.end > sp.start && !sp.inherited {
			return sp, true
		}
	}
	return span{}, false
}

// nameOfficeHolders adds to each party that names no person the holders,
// on the publication date, of the offices a list in the clause gives it.
func (c *articleCoder) nameOfficeHolders(toks []token, cl clause, spans []span, parties []*party) {
	if !c.hasRef {
		return
	}
	offices, start, end := officeList(toks, cl)
	if offices == nil {
		return
	}
	countries := officeCountries(toks, spans, start, end)
	for _, p := range parties {
		if len(p.people) > 0 || !countries[p.country] {
			continue
		}
		for _, office := range offices {
			for _, h := range c.cat.Holders(p.country, office, c.ref) {
				p.people = append(p.people, actors.Mention{
					Kind: actors.Person, Name: h.Name, Country: h.Country, Title: h.Office, Sector: h.Sector, Ref: -1,
				})
			}
		}
	}
}
