package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// singleAll is single as first written, trying every rule at every token:
// the reference the start index (rulesAt) must agree with.
func (p *parser) singleAll(i int) (match, bool) {
	var best match
	if i < 0 || i >= len(p.toks) || !p.mayStart(i) {
		return best, false
	}
	for _, r := range rules {
		if m, ok := r(p, i); ok && m.n > best.n {
			best = m
		}
	}
	return best, best.n > 0
}

// startTexts are the texts TestRulesAtAgree reads: the package's own test
// data, the sample captures, and where present the real-news pages and the
// extraction benchmark's bodies.
func startTexts(t *testing.T) []string {
	var texts []string
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	pages, _ := filepath.Glob("../../testdata/realnews/pages/*.txt")
	files = append(append(files, pages...), "testdata/golden/wire.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	if data, err := os.ReadFile("testdata/duckling/en_time.tsv"); err == nil {
		for line := range strings.Lines(string(data)) {
			if f := strings.Split(line, "\t"); len(f) > 1 {
				texts = append(texts, f[1])
			}
		}
	}
	if data, err := os.ReadFile("../../../shared/bench/article-extraction/ground-truth.json"); err == nil {
		var truth map[string]struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(data, &truth); err != nil {
			t.Fatal(err)
		}
		for _, v := range truth {
			texts = append(texts, v.ArticleBody)
		}
	}
	return texts
}

// Trying only the rules that may start with a common word finds what
// trying them all finds, at every token, in every mode and tense, with the
// anchors Find leaves as it goes.
func TestRulesAtAgree(t *testing.T) {
	texts := startTexts(t)
	extra := []string{
		"the day after tomorrow, at this time, the Fourth of July, a year before, the new year",
		"’90s and '24 and the 3rd of May; from the 1st to the 5th; for 3 days from Monday",
		"On Oct. 12, the day before, and the following Tuesday; the week before. In the coming weeks",
		"the 21st century, 2018Q4, the 1st half of 2024, one day later, one year before, year-end, all week",
		"between 3 and 5 May, 3rd quarter, 2 weeks ago Monday, three nights ago, around the coming weeks, that year",
		"Two days after Christmas, in nineteen ninety-one, three weeks ago Monday, several years ago, two days later",
		"the June quarter, Sept. 3, March 2024, next March, Thursday the 19th, Sat 15th, on Fridays, Jan. 5 of last year",
		"On June 2, the talks began; two days later they ended. Five years ago today, in September quarter results",
		"They met on June 2 and left two days later. It opened Jan. 12 last year.",
	}
	texts = append(texts, extra...)
	ref := time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)
	tries := 0
	for _, text := range texts {
		for _, tense := range []Tense{TenseUnknown, TensePast, TenseFuture} {
			for _, mode := range []struct{ whole, refs bool }{{false, false}, {false, true}, {true, false}} {
				p := newParser(text, ref, tense, mode.whole)
				p.refs = mode.refs
				for i := 0; i < len(p.toks); {
					got, gotOK := p.single(i)
					want, wantOK := p.singleAll(i)
					tries++
					if gotOK != wantOK || !reflect.DeepEqual(got, want) {
						t.Fatalf("at %q (token %d of %.60q, tense %d, %+v): single = %+v %v, all rules %+v %v",
							p.toks[i].raw, i, text, tense, mode, got, gotOK, want, wantOK)
					}
					m, ok := p.parseSinceAware(i, tense)
					if !ok {
						i++
						continue
					}
					p.setAnchor(m, i+m.n)
					i += m.n
				}
			}
		}
	}
	t.Logf("%d texts, %d tokens tried", len(texts), tries)
}
