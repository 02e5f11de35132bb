package actors

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"storyline/internal/nlp"
)

// matchAppend is index.match as first written, gathering the fitting
// entries in a fresh slice: the reference the faster form must agree with.
func (ix *index) matchAppend(toks []token, i int) ([]entry, int) {
	cands := ix.first[toks[i].key]
	var out []entry
	best := 0
	for _, e := range cands {
		n := len(e.keys)
		if n < best {
			break
		}
		if i+n > len(toks) || !fits(toks[i:i+n], e) {
			continue
		}
		best = n
		out = append(out, e)
	}
	return out, i + best
}

func TestMatchAgreesWithAppend(t *testing.T) {
	bodies := []string{
		"the United Nations Security Council met; US and U.S. officials, the UN and the un, China's Xi.",
		"GEORGIA and Georgia, georgia. The Kremlin said Washington, D.C., and New York.",
		// "the" files about a hundred forms, matched through bySecond: a
		// second key no form has, a line between, the body's end.
		"The Hague and the Netherlands, the zzz the\nUnited States; THE GAMBIA, the",
	}
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	files = append(files, "testdata/article.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(data), strings.ToUpper(string(data)), strings.ToLower(string(data)))
	}
	ix := Default().index()
	for _, body := range bodies {
		toks := tokenize(body)
		for i := range toks {
			got, gotEnd := ix.match(toks, i)
			want, wantEnd := ix.matchAppend(toks, i)
			if gotEnd != wantEnd || len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("match at %q = %v, %d; want %v, %d", body[toks[i].start:toks[i].end], got, gotEnd, want, wantEnd)
			}
		}
	}
}

// Entries that fit with one that does not between them take the path that
// gathers them in a fresh slice.
func TestMatchEntriesApart(t *testing.T) {
	one := func(id int, need caseNeed) entry {
		return entry{keys: []string{"us"}, need: []caseNeed{need}, kind: eCountry, id: id}
	}
	ix := &index{first: map[string][]entry{"us": {
		{keys: []string{"us", "army"}, need: []caseNeed{anyCase, anyCase}, kind: eOrg},
		one(1, anyCase), one(2, allCaps), one(3, anyCase), one(4, capital),
	}}}
	for _, body := range []string{"US", "Us", "us", "us army", "US Army", "us."} {
		toks := tokenize(body)
		got, gotEnd := ix.match(toks, 0)
		want, wantEnd := ix.matchAppend(toks, 0)
		if gotEnd != wantEnd || !reflect.DeepEqual(got, want) {
			t.Errorf("match(%q) = %v, %d; want %v, %d", body, got, gotEnd, want, wantEnd)
		}
	}
}

func FuzzFoldToken(f *testing.F) {
	for _, w := range []string{"Japan", "U.S", "O'Brien", "d’Ivoire", "Élysée", "NATO", "kremlin", "İstanbul", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		k1, c1, a1 := foldToken(w, nlp.LowerASCII(w))
		k2, c2, a2 := foldWord(w)
		if k1 != k2 || c1 != c2 || a1 != a2 {
			t.Fatalf("foldToken(%q) = %q %v %v, foldWord = %q %v %v", w, k1, c1, a1, k2, c2, a2)
		}
	})
}

// holdersAll is Holders as first written, reading every holding: the
// reference the by-country list must agree with.
func (c *Catalog) holdersAll(country, office string, t time.Time) []Holding {
	ix := c.index()
	class := ix.classOf(office)
	if class == "" {
		return nil
	}
	var out []Holding
	for i, h := range c.holdings {
		if h.Country == country && ix.holdingClass[i] == class && h.During(t) && sameRemit(office, h.Office) {
			out = append(out, h)
		}
	}
	return out
}

func TestHoldersAgreesWithAll(t *testing.T) {
	c := Default()
	offices := map[string]bool{"ambassador": true, "Ambassador to the United States": true}
	countries := map[string]bool{"": true, "XXX": true}
	for _, h := range c.holdings {
		offices[h.Office] = true
		countries[h.Country] = true
	}
	days := []time.Time{{}, time.Date(2024, 7, 22, 0, 0, 0, 0, time.UTC)}
	n := 0
	for office := range offices {
		for country := range countries {
			for _, d := range days {
				got, want := c.Holders(country, office, d), c.holdersAll(country, office, d)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("Holders(%s, %q, %v) = %v, want %v", country, office, d, got, want)
				}
				n += len(want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no holders found at all")
	}
}
