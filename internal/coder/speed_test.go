package coder

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"storyline/internal/actors"
	"storyline/internal/nlp"
)

// mentionSpansAll is mentionSpans as first written, scanning every token
// for every mention: the reference the faster form must agree with.
func mentionSpansAll(toks []token, base int, ms []actors.Mention) []span {
	var out []span
	for _, m := range ms {
		sp := span{m: m, start: -1}
		for i, t := range toks {
			if sp.start < 0 && base+t.end > m.Start {
				sp.start = i
			}
			if base+t.start < m.End {
				sp.end = i + 1
			}
		}
		if sp.start >= 0 && sp.end > sp.start {
			out = append(out, sp)
		}
	}
	return out
}

func TestMentionSpansAgreesWithFullScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sents := []string{
		"Japan's Prime Minister Fumio Kishida met U.S. President Joe Biden in Washington on Friday.",
		"“Russia and Ukraine,” he said, “will talk.”",
		"",
		"Iran",
	}
	for n := 0; n < 2000; n++ {
		s := sents[rng.IntN(len(sents))]
		base := rng.IntN(3) * 10
		toks := tokenize(s)
		var ms []actors.Mention
		for k := rng.IntN(5); k > 0; k-- {
			a := base - 3 + rng.IntN(len(s)+6)
			ms = append(ms, actors.Mention{Start: a, End: a + rng.IntN(12)})
		}
		got, want := mentionSpans(toks, base, ms), mentionSpansAll(toks, base, ms)
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("mentionSpans(%q, %d, %+v) = %+v, want %+v", s, base, ms, got, want)
		}
	}
}

// The cheap weekday test must never keep the regexp from a match.
func TestWeekdayDatesAgreesWithRegexp(t *testing.T) {
	texts := []string{
		"Tuesday, Dec. 11", "on Tuesday (June 12) the talks", "Monday, March 3", "Friday  Feb 28",
		"today, officials said", "the holiday Monday, said", "Sunday,March 3", "SUNDAY, March 3",
		"Saturday March 31 and Sunday April 1", "a birthday, March 3", "Thursday", "Wednesday, May",
		"Monday,Tuesday, Oct. 9", "Mon day, Jan 1", "Sundays, Jan 5",
	}
	for _, text := range texts {
		var want []dayOfWeek
		for _, m := range weekdayDate.FindAllStringSubmatch(text, -1) {
			if d, ok := monthDay(m[2], m[3]); ok {
				want = append(want, dayOfWeek{d, weekdays[strings.ToLower(m[1])]})
			}
		}
		if got := weekdayDates(text); !reflect.DeepEqual(got, want) {
			t.Errorf("weekdayDates(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzWeekdayDates(f *testing.F) {
	f.Add("Tuesday, Dec. 11")
	f.Add("on Tuesday (June 12)")
	f.Fuzz(func(t *testing.T, text string) {
		if weekdayDate.MatchString(text) && !mayNameWeekdayDate(text) {
			t.Fatalf("mayNameWeekdayDate(%q) = false, but the regexp matches", text)
		}
	})
}

// BenchmarkLexiconFind measures the cue search alone, over every sentence
// of the sample articles.
func BenchmarkLexiconFind(b *testing.B) {
	lx, err := theLexicon()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]token
	for _, a := range seedArticles(b) {
		for _, s := range nlp.Split(a.Body) {
			sents = append(sents, tokenize(s.Text))
		}
	}
	for b.Loop() {
		for _, toks := range sents {
			lx.find(toks)
		}
	}
}

// Sentences tokenized one after another into one pooled buffer must read
// as each tokenized alone: no rule looks back into the sentence before.
func TestTokenBufAgreesWithTokenize(t *testing.T) {
	sents := []string{
		"Growth was 25 per", "cent of GDP, he said.", "per cent", "Japan's PM won't go.",
		"", "They’ll meet “soon” in the U.S. on 2,000 days.", "25 per cent", "Iran",
	}
	b := pooledTokens(4)
	defer b.release()
	for _, s := range sents {
		if got, want := b.add(s), tokenize(s); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("tokenBuf.add(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// An element's vocabulary numbers must accept exactly the words of its map,
// and a word no cue has (number 0) none.
func TestElementIDsAgreeWithWords(t *testing.T) {
	lx, err := theLexicon()
	if err != nil {
		t.Fatal(err)
	}
	probe := []string{"the", "talks", "zzz", "", "'s", "held", "meet"}
	for w := range lx.vocab {
		probe = append(probe, w)
	}
	for _, cs := range lx.byFirst {
		for _, c := range cs {
			for k := range c.elems {
				el := &c.elems[k]
				for _, w := range probe {
					_, want := el.words[w]
					if got := el.has(lx.vocab[w]); got != want {
						t.Fatalf("cue line %d element %d: has(%q) = %v, want %v", c.line, k, w, got, want)
					}
				}
			}
		}
	}
}

// The vocabulary numbers kindOf leaves on the tokens are the lexicon's.
func TestKindOfLeavesVocab(t *testing.T) {
	lx, err := theLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range seedArticles(t) {
		for _, s := range nlp.Split(a.Body) {
			toks := tokenize(s.Text)
			want := lx.wordIDs(toks, nil)
			lx.kinds.kindOf(toks)
			for i, tk := range toks {
				if tk.vocab != want[i]+1 {
					t.Fatalf("%q: vocab %d after kindOf, want %d", tk.lower, tk.vocab, want[i]+1)
				}
			}
			if got := lx.wordIDs(toks, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("wordIDs after kindOf = %v, want %v", got, want)
			}
		}
	}
}
