package timex

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
)

//go:embed data/tense.tsv
var tenseFile string

// tenseCue is one cue of data/tense.tsv: a word or pair of words.
type tenseCue struct {
	future bool
	weight float64
}

var tenseCues = loadTenseCues(tenseFile)

func loadTenseCues(data string) map[string]tenseCue {
	m := map[string]tenseCue{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		m[strings.Join(strings.Fields(strings.ToLower(f[0])), " ")] = tenseCue{future: f[1] == "future", weight: w}
	}
	return m
}

// nonPastBefore are words after which an -ed form is no past tense: "will
// be used", "to be signed", "is expected".
var nonPastBefore = setOf("be", "been", "being", "is", "are", "am", "will", "to", "'ll", "get", "gets")

// nonPastNear reports whether one of the three words before word k makes
// an -ed form passive or future: "will be signed and announced".
func nonPastNear(words []token, k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if nonPastBefore[words[b].text] {
			return true
		}
	}
	return false
}

// clauseWords start a new clause: a cue on the far side of one counts less.
var clauseWords = setOf("that", "who", "which", "but", "while", "whereas", "although", "though", "because")

// tenseTokens gives the words of text in lower case ("they'll" is "they"
// "'ll", "won't" one word), each with its clause number in num.
func tenseTokens(text string) []token {
	var out []token
	toks := tokenize(text)
	clause := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.text {
		case ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”":
			clause++
			continue
		}
		if clauseWords[t.text] {
			clause++
		}
		t.num = clause
		// "they'll" -> "they" "'ll"; "won't" -> "won't"
		if (t.text == "'" || t.text == "’") && i+1 < len(toks) && !toks[i+1].space && i > 0 && !t.space {
			nx := toks[i+1]
			switch nx.text {
			case "ll", "s", "d", "re", "ve", "m":
				out = append(out, token{text: "'" + nx.text, start: t.start, end: nx.end, num: clause})
				i++
				continue
			case "t":
				if n := len(out); n > 0 {
					out[n-1].text += "'t"
					out[n-1].end = nx.end
					i++
					continue
				}
			}
		}
		if isLetterWord(t.text) {
			out = append(out, t)
		}
	}
	return out
}

// TenseOf guesses the tense of a sentence or clause from its cues: "will",
// "is set to", "plans to", "next", a headline's "to visit" point to the
// future; "met", "held", "was", "ago", "last" to the past. Reporting verbs
// ("said") count little, since they date the saying, not what is reported.
// It gives TenseUnknown when the cues do not lean either way.
func TenseOf(sentence string) Tense {
	return tenseNear(sentence, -1, -1)
}

// TenseAt guesses the tense governing the expression at text[start:end]
// within a sentence: cues near it weigh more than distant ones, so in "He
// said on Monday that they will meet on Friday" Monday is past and Friday
// future.
func TenseAt(sentence string, start, end int) Tense {
	return tenseNear(sentence, start, end)
}

func tenseNear(text string, start, end int) Tense {
	words := tenseTokens(text)
	// The expression's first and last word index, for distances.
	first, last := -1, -1
	for k, w := range words {
		if start >= 0 && w.start >= start && w.end <= end {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if start >= 0 && first < 0 {
		// No word inside the span (a numeric date): place it between words.
		for k, w := range words {
			if w.start >= end {
				first, last = k, k-1
				break
			}
		}
		if first < 0 {
			first, last = len(words), len(words)-1
		}
	}
	exprClause := 0
	if first >= 0 && len(words) > 0 {
		exprClause = words[min(first, len(words)-1)].num
	}
	var past, future float64
	for k := 0; k < len(words); k++ {
		if first >= 0 && k >= first && k <= last {
			continue // the expression's own words ("last Monday") are not cues for it
		}
		cue, n := tenseCue{}, 0
		if k+2 < len(words) {
			if c, ok := tenseCues[words[k].text+" "+words[k+1].text+" "+words[k+2].text]; ok {
				cue, n = c, 3
			}
		}
		if n == 0 && k+1 < len(words) {
			if c, ok := tenseCues[words[k].text+" "+words[k+1].text]; ok {
				cue, n = c, 2
			}
		}
		if n == 0 {
			if c, ok := tenseCues[words[k].text]; ok && !(bareFormCues[words[k].text] && k > 0 && words[k-1].text == "to") {
				cue, n = c, 1
			}
		}
		if n == 0 {
			// A regular past form ("announced", "reached") not made passive
			// or future by the word before it counts a little.
			wd := words[k].text
			if len(wd) < 4 || !strings.HasSuffix(wd, "ed") || strings.HasSuffix(wd, "eed") || nonPastNear(words, k) {
				continue
			}
			cue, n = tenseCue{weight: 1}, 1
		}
		if !cue.future && n == 1 && nonPastNear(words, k) {
			continue // "will be held", "is to be signed": a participle, not a past
		}
		w := cue.weight
		if first >= 0 {
			d := first - (k + n - 1)
			if k > last {
				d = k - last
			}
			w /= 1 + float64(d)/3
			for c := words[k].num - exprClause; c != 0; {
				w *= 0.25
				if c > 0 {
					c--
				} else {
					c++
				}
			}
		}
		if cue.future {
			future += w
		} else {
			past += w
		}
		k += n - 1
	}
	switch {
	case future > past*1.2 && future > 0:
		return TenseFuture
	case past > future*1.2 && past > 0:
		return TensePast
	}
	return TenseUnknown
}
