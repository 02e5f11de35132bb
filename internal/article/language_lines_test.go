package article

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// languageLine is one line of testdata/language: the language it is
// written in and the text.
type languageLine struct{ lang, text string }

// readLanguageLines reads a file of short lines; in en_*.txt every line is
// English, in other_*.txt each line starts with its ISO 639-1 code and a tab.
func readLanguageLines(t testing.TB, name string) []languageLine {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "language", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	english := strings.HasPrefix(name, "en_")
	var lines []languageLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if english {
			lines = append(lines, languageLine{"en", line})
			continue
		}
		lang, text, ok := strings.Cut(line, "\t")
		if !ok || len(lang) != 2 {
			t.Fatalf("%s:%d: want a two-letter code, a tab and the text", name, n)
		}
		lines = append(lines, languageLine{lang, text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// languageParts are the parts of testdata/language: dev parts for tuning,
// check parts only for reporting. check was looked at once before the last
// rules of the first round; check2 was written after them. The second round
// of rules (endings, field vocabulary, other languages' function words,
// capitalised English words) began with one run that printed the three
// English misses of check and check2; check3 was written then, before any
// of its rules, by the engineer who wrote them, and only its figure was
// read after each step, never its misses. dev2 to dev6 were written during
// the second round.
var languageParts = []struct {
	name  string
	check bool
	min   int // lines of each kind the part must have
}{
	{"dev", false, 150}, {"dev2", false, 150}, {"dev3", false, 150}, {"dev4", false, 60}, {"dev5", false, 60}, {"dev6", false, 30},
	{"check", true, 150}, {"check2", true, 150}, {"check3", true, 150},
}

// languageScore counts how a set of lines was identified.
type languageScore struct{ enN, enOK, otherN, otherOK, exact, und int }

func (s languageScore) enRate() float64    { return float64(s.enOK) / float64(s.enN) }
func (s languageScore) otherRate() float64 { return float64(s.otherOK) / float64(s.otherN) }

func (s *languageScore) add(o languageScore) {
	s.enN, s.enOK, s.otherN, s.otherOK = s.enN+o.enN, s.enOK+o.enOK, s.otherN+o.otherN, s.otherOK+o.otherOK
	s.exact, s.und = s.exact+o.exact, s.und+o.und
}

func (s languageScore) String() string {
	return fmt.Sprintf("English recognised %d/%d = %.1f%%; other not taken for English %d/%d = %.1f%%; other given its own language %d/%d = %.1f%%, undetermined %d",
		s.enOK, s.enN, 100*s.enRate(), s.otherOK, s.otherN, 100*s.otherRate(), s.exact, s.otherN, 100*float64(s.exact)/float64(s.otherN), s.und)
}

// TestLanguageShortLines holds the identifier to issue 18's bar on short
// lines (headlines and one-sentence briefs full of names): English lines of
// 30 characters or more are taken for English at least 99% of the time,
// lines in other languages are taken for English at most 3% of the time,
// over the dev parts together and over the check parts together. Each part
// alone must keep 98% and 97%, so that a change for the worse in any of
// them fails (one line is 0.6% of a part). Run with -v for the figures and
// the misses.
func TestLanguageShortLines(t *testing.T) {
	var dev, check languageScore
	for _, p := range languageParts {
		var s languageScore
		langs := map[string]bool{}
		for _, l := range readLanguageLines(t, "en_"+p.name+".txt") {
			if utf8.RuneCountInString(l.text) < 30 {
				continue
			}
			s.enN++
			if got, conf := identifyLanguage(l.text); got == "en" {
				s.enOK++
			} else {
				t.Logf("%s: English line taken for %q (%.2f): %s", p.name, got, conf, l.text)
			}
		}
		for _, l := range readLanguageLines(t, "other_"+p.name+".txt") {
			s.otherN++
			langs[l.lang] = true
			got, conf := identifyLanguage(l.text)
			if got != "en" {
				s.otherOK++
			} else {
				t.Logf("%s: %s line taken for English (%.2f): %s", p.name, l.lang, conf, l.text)
			}
			if got == l.lang {
				s.exact++
			}
			if got == Undetermined {
				s.und++
			}
		}
		if s.enN < p.min || s.otherN < p.min || len(langs) < 20 {
			t.Fatalf("%s: %d English lines, %d other lines in %d languages; want %d, %d and 20", p.name, s.enN, s.otherN, len(langs), p.min, p.min)
		}
		t.Logf("%s: %v", p.name, s)
		if s.enRate() < 0.98 || s.otherRate() < 0.97 {
			t.Errorf("%s: English recognised %.1f%%, other not taken for English %.1f%%; want at least 98%% and 97%% in every part", p.name, 100*s.enRate(), 100*s.otherRate())
		}
		if p.check {
			check.add(s)
		} else {
			dev.add(s)
		}
	}
	for _, all := range []struct {
		name string
		s    languageScore
	}{{"dev parts", dev}, {"check parts", check}} {
		t.Logf("%s: %v", all.name, all.s)
		if all.s.enRate() < 0.99 || all.s.otherRate() < 0.97 {
			t.Errorf("%s: English recognised %.1f%%, other not taken for English %.1f%%; want at least 99%% and 97%%", all.name, 100*all.s.enRate(), 100*all.s.otherRate())
		}
	}
}

// allLanguageLines reads every line of testdata/language.
func allLanguageLines(t testing.TB) []languageLine {
	var lines []languageLine
	for _, p := range languageParts {
		lines = append(lines, readLanguageLines(t, "en_"+p.name+".txt")...)
		lines = append(lines, readLanguageLines(t, "other_"+p.name+".txt")...)
	}
	return lines
}

// BenchmarkIdentifyLanguageShort identifies the short test lines one after
// another (one op is one line); models-MB is how much the heap grew when
// the models the lines need were loaded (0 when an earlier benchmark of
// the run loaded them), heap-MB the heap after a collection.
func BenchmarkIdentifyLanguageShort(b *testing.B) {
	lines := allLanguageLines(b)
	heap := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc) / (1 << 20)
	}
	before := heap()
	for _, l := range lines { // load the models outside the timing
		identifyLanguage(l.text)
	}
	after := heap()
	i := 0
	for b.Loop() {
		identifyLanguage(lines[i%len(lines)].text)
		i++
	}
	b.ReportMetric(after-before, "models-MB")
	b.ReportMetric(after, "heap-MB")
}

// FuzzIdentifyLanguage: any text gets "und" or a two-letter code and a
// confidence between 0 and 1.
func FuzzIdentifyLanguage(f *testing.F) {
	f.Add("President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.")
	f.Add("Erdogan Meets Putin In Sochi As Grain Deal Falters")
	f.Add("Scholz trifft Biden im Weißen Haus in Washington")
	f.Add("Путин встретился с Ким Чен Ыном в Пхеньяне")
	f.Add("NATO US EU")
	f.Add("don't-'s -- ’a")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		lang, conf := identifyLanguage(s)
		if lang != Undetermined && len(lang) != 2 {
			t.Errorf("identifyLanguage(%q) = %q, want und or an ISO 639-1 code", s, lang)
		}
		if conf < 0 || conf > 1 {
			t.Errorf("identifyLanguage(%q) confidence %v, want 0 to 1", s, conf)
		}
	})
}
