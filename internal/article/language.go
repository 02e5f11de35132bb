package article

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/pemistahl/lingua-go"
)

// Language identification. Most news is English, and much of it comes in
// short pieces (headlines, one-sentence briefs, feed summaries) where the
// names of people and places outnumber the words: a character-trigram
// identifier reads "Kishida", "Scholz" and "Damascus" as evidence and
// calls an English brief Estonian. So the identifier reads the words a
// language owns, not its names: capitalised words are set aside unless
// they are English words (in a title-case headline every word is
// capitalised, so there the words are read lower-cased), English is told
// by its function words and the commonest words of news English, read
// with their endings (data/english.txt), and a function word of another
// language (data/foreign.txt) weighs against it; what they do not
// settle goes to lingua, a detector built for short text, when the body is
// short (under languageSample bytes), and to whatlanggo's trigrams when it
// is long or in another script. A short text whose few words lingua cannot
// place with confidence is Undetermined: not said to be another language.

// Undetermined is the ISO 639 code for a text whose language cannot be told.
const Undetermined = "und"

//go:embed data/languages.txt
var languagesData string

//go:embed data/english.txt
var englishData string

//go:embed data/foreign.txt
var foreignData string

// foreignWords are the words of data/foreign.txt.
var foreignWords = func() map[string]bool {
	set := map[string]bool{}
	for line := range strings.Lines(foreignData) {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}()

// englishWords weighs the words of data/english.txt: 2 for a word of
// English alone, 1 for one shared with another language.
var englishWords = func() map[string]int {
	set := map[string]int{}
	weight := 2
	for line := range strings.Lines(englishData) {
		line, _, _ = strings.Cut(line, "#")
		if strings.TrimSpace(line) == "[shared]" {
			weight = 1
			continue
		}
		for _, w := range strings.Fields(line) {
			set[w] = weight
		}
	}
	return set
}()

// shortDetector identifies the Latin-script languages of
// data/languages.txt in short bodies. Low-accuracy mode reads trigrams only:
// its models take about 1 MB a language, 26 MB of heap for this list (the
// full models take about 16 MB a language, 700 MB for the whole list), each
// loaded the first time a short text needs it. Texts in other scripts cannot be English, and long texts
// are told apart well by trigrams alone: both go to longDetector, which
// keeps its few hundred trigrams a language in the binary.
var shortDetector = sync.OnceValue(func() lingua.LanguageDetector {
	var langs []lingua.Language
	for _, code := range listedLanguages() {
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(code))
		if l != lingua.Unknown && slices.Contains(lingua.AllLanguagesWithLatinScript(), l) {
			langs = append(langs, l)
		}
	}
	return lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode().Build()
})

// longDetector restricts whatlanggo to the languages of data/languages.txt.
var longDetector = func() whatlanggo.Options {
	allow := map[whatlanggo.Lang]bool{}
	for _, code := range listedLanguages() {
		for l := range whatlanggo.Langs {
			if l.Iso6391() == code {
				allow[l] = true
			}
		}
	}
	return whatlanggo.Options{Whitelist: allow}
}()

// listedLanguages gives the codes of data/languages.txt.
func listedLanguages() []string {
	var codes []string
	for line := range strings.Lines(languagesData) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			codes = append(codes, line)
		}
	}
	return codes
}

// languageSample is how much of a body the identifier reads: a few hundred
// bytes of prose settle the language, and the cost grows with the sample.
const languageSample = 512

// identifyLanguage gives the language of the body's start as an ISO 639-1
// code (or Undetermined) and how sure it is, between 0 and 1.
func identifyLanguage(body string) (string, float64) {
	sample := body
	if len(sample) > languageSample {
		sample = sample[:languageSample]
		for !utf8.ValidString(sample) && len(sample) > languageSample-4 {
			sample = sample[:len(sample)-1]
		}
	}
	if isPlainlyEnglish(sample) {
		return "en", 1
	}
	ev := readEvidence(sample)
	if ev.nonLatin > ev.latin {
		// Another script: not English, and names there are written in
		// that script too.
		return detectLong(sample)
	}
	if len(ev.content) == 0 {
		return Undetermined, 0
	}
	n, e := len(ev.content), float64(ev.english)/2
	if ev.englishOnly >= 1 && ev.foreign < ev.englishOnly && (4*e >= float64(n) || ev.title) {
		// A word of English alone, and English words are a quarter of the
		// words or more (in running English the function words alone are
		// two in five; a shared word counts half), or the line is in title
		// case, a convention of English headlines.
		return "en", min(1, 2*e/float64(n))
	}
	if ev.contentLetters >= shortText || len(body) > len(sample) {
		// Enough words for trigrams, or a long body (a table, a list of
		// names and scores) that is not a short text.
		return detectLong(sample)
	}
	lang, conf := detectShort(strings.Join(ev.content, " "))
	if lang != "en" && (conf < sureLanguage || n < 3) {
		// A weak answer on a few words: not enough to call the text
		// another language (and lose its events).
		return Undetermined, conf
	}
	return lang, conf
}

// sureLanguage is the confidence below which a text is not said to be in
// a language other than English.
const sureLanguage = 0.5

// shortText is the number of letters of content below which the
// short-text detector reads it (lingua itself reads texts of 120
// characters or more by trigrams only).
const shortText = 120

// detectShort runs the short-text detector; "und" when it has no answer.
func detectShort(text string) (string, float64) {
	values := shortDetector().ComputeLanguageConfidenceValues(text)
	if len(values) == 0 || values[0].Value() == 0 {
		return Undetermined, 0
	}
	// lingua sums its probabilities in map order, so the last digits of
	// the value differ from run to run; rounded, the same text gets the
	// same confidence every time.
	return strings.ToLower(values[0].Language().IsoCode639_1().String()), math.Round(values[0].Value()*confidenceScale) / confidenceScale
}

// confidenceScale rounds a short-text confidence to six decimals.
const confidenceScale = 1e6

// detectLong runs whatlanggo; "und" when it has no answer.
func detectLong(text string) (string, float64) {
	info := whatlanggo.DetectWithOptions(text, longDetector)
	if code := info.Lang.Iso6391(); code != "" && info.Confidence > 0 {
		return code, info.Confidence
	}
	return Undetermined, 0
}

// evidence is what a text's words say about its language.
type evidence struct {
	content         []string // the words that are not names, lower-cased
	english         int      // their weight as English words (englishWords)
	englishOnly     int      // how many are words of English alone
	foreign         int      // how many are function words of another language
	latin, nonLatin int      // letters in the Latin script and in others
	title           bool     // a title-case line
	contentLetters  int      // letters in content
}

// readEvidence splits s into words and keeps those a language owns. A
// capitalised word is a name, evidence for no language, unless it is an
// English word: English capitalises the first word of a sentence ("The",
// "After"), days and months, and the titles and words of names ("Foreign
// Minister", "White House"); such a word weighs as a shared word. In a
// title-case line (all its words of four letters or more capitalised)
// every word is read. Words in capitals ("NATO", "US") are acronyms,
// evidence for no language.
func readEvidence(s string) evidence {
	type word struct {
		text           string
		upper, acronym bool
	}
	var (
		ev    evidence
		words []word
	)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		start, lower, upper := i, 0, 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				// An apostrophe or hyphen between letters is part of the word.
				next, _ := utf8.DecodeRuneInString(s[min(i+size, len(s)):])
				if (r == '\'' || r == '’' || r == '-') && unicode.IsLetter(next) {
					i += size
					continue
				}
				break
			}
			if r < unicode.MaxLatin1 || unicode.In(r, unicode.Latin) {
				ev.latin++
			} else {
				ev.nonLatin++
			}
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
			i += size
		}
		w := s[start:i]
		first, _ := utf8.DecodeRuneInString(w)
		words = append(words, word{text: w, upper: unicode.IsUpper(first), acronym: upper >= 2 && lower == 0})
	}
	long, longUpper := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w.text) >= 4 && !w.acronym {
			long++
			if w.upper {
				longUpper++
			}
		}
	}
	// In title case only short function words stay in lower case.
	title := long >= 3 && longUpper == long
	for _, w := range words {
		if !w.upper && !titleLowerCase[w.text] {
			title = false
			break
		}
	}
	ev.title = title
	for _, w := range words {
		if w.acronym {
			continue
		}
		lw := strings.ReplaceAll(w.text, "’", "'")
		if w.upper {
			lw = strings.ToLower(lw)
			if !title && englishWeight(lw) == 0 {
				if strings.HasSuffix(lw, "'s") {
					// A name in the possessive ("Sweden's"): the name is
					// evidence for no language, the ending is English
					// (and Dutch, for names ending in a vowel).
					ev.content = append(ev.content, "'s")
					ev.english++
				}
				continue
			}
		}
		weight := englishWeight(lw)
		if foreignWords[lw] {
			ev.foreign++
		}
		ev.content = append(ev.content, lw)
		ev.contentLetters += utf8.RuneCountInString(lw)
		if w.upper && !title {
			// A capitalised English word may be a name that is also a word
			// ("Shell", "Gold"): it weighs as a shared word.
			ev.english += min(weight, 1)
		} else {
			ev.english += weight
		}
		if weight == 2 {
			ev.englishOnly++
		}
	}
	return ev
}

// englishWeight weighs a lower-cased word as englishWords does, and a word
// that is a listed word with an English ending ("overwhelms", "ratified",
// "reshuffling", "country's") as that word. English writes no diacritics,
// so only plain ASCII words are read for their endings.
func englishWeight(w string) int {
	if weight, ok := englishWords[w]; ok {
		return weight
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			if (c == '\'' || c == '-') && i > 0 {
				continue
			}
			return 0
		}
	}
	for _, end := range englishEndings {
		stem, ok := strings.CutSuffix(w, end.suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		if weight := englishWords[stem+end.base]; weight > 0 {
			return weight
		}
		// A doubled final consonant: "stopped", "hitting".
		if end.base == "" && end.suffix != "s" && end.suffix != "es" && end.suffix != "'s" && stem[len(stem)-1] == stem[len(stem)-2] {
			if weight := englishWords[stem[:len(stem)-1]]; weight > 0 {
				return weight
			}
		}
	}
	return 0
}

// englishEndings are the inflections of English verbs and nouns (and the
// possessive), each with what it replaces at the end of the base word.
var englishEndings = []struct{ suffix, base string }{
	{"'s", ""}, {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""},
	{"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"}, {"est", ""}, {"est", "e"},
}

// titleLowerCase are the words English title case leaves in lower case.
var titleLowerCase = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "vs": true, "with": true, "from": true, "into": true,
}

// isPlainlyEnglish is a shortcut for the common case: in running English
// the commonest function words are a tenth of all words or more, in other
// languages next to none. The detector costs more than the rest of a text
// capture's extraction; anything less plain goes to it.
func isPlainlyEnglish(sample string) bool {
	n, hits := 0, 0
	var buf [5]byte // a short word, lower-cased, for the lookup
	for i := 0; i < len(sample); {
		r, size := rune(sample[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(sample[i:])
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A word: letters up to the next non-letter.
		start, ascii := i, true
		for i < len(sample) {
			r, size := rune(sample[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(sample[i:])
				ascii = false
			}
			if !unicode.IsLetter(r) {
				break
			}
			i += size
		}
		n++
		if w := sample[start:i]; ascii && len(w) <= len(buf) {
			for j := 0; j < len(w); j++ {
				c := w[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[j] = c
			}
			if plainEnglishWords[string(buf[:len(w)])] {
				hits++
			}
		}
	}
	return n >= 30 && float64(hits) >= 0.1*float64(n)
}

// plainEnglishWords are English function words that no other language in
// data/languages.txt uses as common words ("to", "by", "in", "a" are left
// out: Polish, Dutch, Italian and Spanish use them too).
var plainEnglishWords = map[string]bool{
	"the": true, "of": true, "and": true, "that": true, "for": true, "with": true, "was": true,
	"from": true, "said": true, "has": true, "his": true, "will": true, "are": true, "have": true,
	"which": true, "were": true, "its": true, "this": true, "they": true, "been": true,
	"would": true, "their": true, "who": true, "after": true,
}
