package article

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/textlines.txt
var textlinesData string

// linePatterns are the embedded line patterns, one list per section.
type linePatterns struct {
	furniture, end, credit, notice, comment, aside patternList
}

// patternList matches a line when any of its patterns matches the whole
// line. Patterns with few possible lines are looked up in a set (finite.go);
// each other pattern carries the literal strings one of which any match
// must contain: a substring test rejects most lines before the (much
// slower) regexp runs.
type patternList struct {
	lines   map[string]bool // every line the listed patterns match
	longest int             // bytes of the longest of lines
	pats    []gatedPattern  // the other patterns
}

type gatedPattern struct {
	re        *regexp.Regexp
	prefix    []string   // the line starts with one of these; nil: unknown
	first     [256]bool  // the first bytes of prefix
	gates     [][]string // the line contains one string of each set
	gateBloom [][]bloom  // byte pairs of each gate string (pairBloom)
	tail      int        // runes at the end of a line a match depends on; 0: all
}

// add compiles expr into the list.
func (l *patternList) add(expr string) {
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		if lines, ok := lineStrings(tree.Simplify()); ok {
			if l.lines == nil {
				l.lines = map[string]bool{}
			}
			for _, s := range lines {
				l.lines[s] = true
				l.longest = max(l.longest, len(s))
			}
			return
		}
	}
	l.pats = append(l.pats, newGatedPattern(expr))
}

// newPatternList compiles exprs.
func newPatternList(exprs ...string) patternList {
	var l patternList
	for _, e := range exprs {
		l.add(e)
	}
	return l
}

// MatchString reports whether the whole of s, a trimmed line with its
// white space folded to single spaces, matches a pattern.
func (l patternList) MatchString(s string) bool {
	b := pairBloom(s)
	return l.match(s, &b)
}

// match is MatchString with the line's pairBloom computed once by the
// caller for all its pattern lists.
func (l patternList) match(s string, bl *bloom) bool {
	if len(s) <= l.longest && l.lines[s] {
		return true
	}
	for i := range l.pats {
		p := &l.pats[i]
		if p.prefix != nil && (s == "" || !p.first[s[0]] || !hasAnyPrefix(s, p.prefix)) {
			continue
		}
		t := s
		if p.tail > 0 {
			t = lastRunes(s, p.tail+1)
		}
		if !p.gatesMayMatch(t, bl) {
			continue
		}
		if p.re.MatchString(t) {
			return true
		}
	}
	return false
}

// lastRunes gives the last n runes of s (valid UTF-8).
func lastRunes(s string, n int) string {
	if len(s) <= n {
		return s // no more runes than bytes
	}
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
	}
	return s[i:]
}

func newGatedPattern(expr string) gatedPattern {
	re := regexp.MustCompile(`^(?:` + expr + `)$`)
	p := gatedPattern{re: re}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		tree = tree.Simplify()
		p.gates = requiredSets(tree)
		p.prefix = requiredPrefix(tree)
		for _, pre := range p.prefix {
			if pre != "" {
				p.first[pre[0]] = true
			}
		}
		p.tail = suffixRunes(tree)
		for _, set := range p.gates {
			var blooms []bloom
			for _, g := range set {
				blooms = append(blooms, pairBloom(g))
			}
			p.gateBloom = append(p.gateBloom, blooms)
		}
	}
	return p
}

// gatesMayMatch reports whether s contains a string of each gate set. The
// blooms rule most strings out without a substring search: a string can
// only be in s if all its byte pairs are.
func (p gatedPattern) gatesMayMatch(s string, bl *bloom) bool {
	for i, set := range p.gates {
		found := false
		for j, g := range set {
			if p.gateBloom[i][j].in(bl) && strings.Contains(s, g) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// bloom has one of 256 bits set for each pair of adjacent bytes in a
// string: with fewer bits, a paragraph's pairs would set nearly all of them
// and rule nothing out.
type bloom [4]uint64

// in reports whether every bit of b is set in line.
func (b *bloom) in(line *bloom) bool {
	return b[0]&line[0] == b[0] && b[1]&line[1] == b[1] && b[2]&line[2] == b[2] && b[3]&line[3] == b[3]
}

// pairBloom gives the bloom of the byte pairs of s.
func pairBloom(s string) bloom {
	var b bloom
	for i := 0; i+1 < len(s); i++ {
		h := (uint(s[i])*31 + uint(s[i+1])*7) & 255
		b[h>>6] |= 1 << (h & 63)
	}
	return b
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// requiredPrefix gives strings one of which every match of re starts with,
// or nil when it finds none.
func requiredPrefix(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredPrefix(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return requiredPrefix(re.Sub[0])
		}
	case syntax.OpConcat:
		if len(re.Sub) > 0 {
			return requiredPrefix(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			pre := requiredPrefix(sub)
			if pre == nil {
				return nil
			}
			all = append(all, pre...)
		}
		return all
	case syntax.OpCharClass:
		// A small class of single runes, as simplification makes of "a|b".
		var all []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				all = append(all, string(r))
			}
		}
		return all
	}
	return nil
}

// requiredSets gives sets of strings such that every match of re contains
// a string of each set (none when it finds nothing required). Sound by
// construction: every part of a concatenation is required, and an
// alternation needs a required set in each branch.
func requiredSets(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return [][]string{{string(re.Rune)}}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredSets(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return requiredSets(re.Sub[0])
		}
	case syntax.OpConcat:
		var all [][]string
		for _, sub := range re.Sub {
			all = append(all, requiredSets(sub)...)
		}
		return all
	case syntax.OpAlternate:
		var union []string
		for _, sub := range re.Sub {
			sets := requiredSets(sub)
			if len(sets) == 0 {
				return nil
			}
			union = append(union, mostSelective(sets)...)
		}
		return [][]string{union}
	}
	return nil
}

// mostSelective picks the set whose shortest string is longest.
func mostSelective(sets [][]string) []string {
	var best []string
	bestLen := -1
	for _, set := range sets {
		shortest := len(set[0])
		for _, s := range set {
			shortest = min(shortest, len(s))
		}
		if shortest > bestLen {
			best, bestLen = set, shortest
		}
	}
	return best
}

var patterns = mustLoadPatterns(textlinesData)

// mustLoadPatterns compiles each section of the data file, every pattern
// anchored to the whole line. The file ships with the binary, so an error
// is a build mistake and panics at start-up in every test.
func mustLoadPatterns(data string) linePatterns {
	sections := map[string]patternList{}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = strings.Trim(line, "[]")
		default:
			// Lines are lowercased before matching, which is much faster
			// than case-folding in the regexp engine.
			l := sections[cur]
			l.add(line)
			sections[cur] = l
		}
	}
	for _, name := range []string{"furniture", "end", "credit", "notice", "comment", "aside"} {
		if l := sections[name]; len(l.lines)+len(l.pats) == 0 {
			panic(fmt.Sprintf("article: data/textlines.txt has no [%s] patterns", name))
		}
	}
	return linePatterns{furniture: sections["furniture"], end: sections["end"], credit: sections["credit"], notice: sections["notice"], comment: sections["comment"], aside: sections["aside"]}
}

// Dates as pages print them, for date lines ("16:35 JST, March 10, 2022",
// "05 Mar 2021 02:03:35 GMT+9", "Tue. May 24th, 2022", "2024-07-22").
const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// weekdayRE is a weekday's name, whole or cut short ("Sat", "Thurs").
const weekdayRE = `\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?`

var (
	dateMDY  = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDMY  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+(\d{4})\b`)
	dateISO  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	clock    = regexp.MustCompile(`\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?`)
	weekday  = regexp.MustCompile(weekdayRE + `\b\.?`)
	dateWord = regexp.MustCompile(`\b(published|updated|posted|modified|last updated|date|on|at|utc|gmt|jst|kst|cst|est|edt|pst|pdt|bst|cet|cest|ist|aest|et|pt|hkt|sgt)\b`)
	// crawlHeader is the first line some crawls add: " date 2024-07-22  Site Name"
	// (parseCrawlLine). A time of day needs its colon: a lead run into the
	// line may open with a number.
	crawlHeader = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?Z?)?(\s+)(.*?)\s*$`)
	shortcode   = regexp.MustCompile(`\[/?[a-z][a-z0-9_-]*(?:\s[^\[\]]*)?\]`)
	// datelineRE is the dateline news stories open with: a place in
	// capitals, perhaps a region, a day and an agency, then a dash ("ST.
	// JOSEPH, Mich. (AP) —", "TOKYO (Reuters) -", "KYIV, Ukraine —",
	// "BEIJING, Nov. 20 (Xinhua) --"). Not a colon: "UPDATE:" and "WATCH:"
	// open paragraphs too, and taking them for datelines cost more on the
	// benchmark pages than "NEW DELHI:" gained.
	datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},?(?: [A-Z][A-Za-z.]+){0,3}(?: \d{1,2})?(?: \([A-Za-z][A-Za-z/&. ]{0,30}\))? ?(?:—|–|--|-)`)
	bullet     = regexp.MustCompile(`^[•·▪●◦‣∙*>–—-]+\s+`)
)

// opensWithDateline reports whether s opens with a news dateline. A hyphen
// run into the word after it joins a compound ("US-backed", "UK-based",
// "COVID-19 cases"): a paragraph opening so is no dateline, and taking it for
// one starts the article there, dropping the lead above it.
func opensWithDateline(s string) bool {
	loc := datelineRE.FindStringIndex(s)
	if loc == nil {
		return false
	}
	head, rest := s[:loc[1]], s[loc[1]:]
	if first, _, _ := strings.Cut(head, " "); labelWords[strings.Trim(first, "-–—,")] {
		return false // "FILE PHOTO - The president speaks ...": a caption's label, no place
	}
	if !strings.HasSuffix(head, "-") || strings.HasSuffix(head, "--") || strings.HasSuffix(head, " -") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// labelWords open captions and standfirsts in capitals before a dash
// ("FILE PHOTO - ...", "WATCH - ...", "EXCLUSIVE - ..."): labels, not the
// place of a dateline.
var labelWords = map[string]bool{
	"FILE": true, "PHOTO": true, "PHOTOS": true, "VIDEO": true, "WATCH": true, "UPDATE": true,
	"BREAKING": true, "EXCLUSIVE": true, "ANALYSIS": true, "OPINION": true, "EDITORIAL": true, "LIVE": true,
}

var monthNumber = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// dateLine reports whether s is a line holding only a date (with perhaps a
// time, weekday, zone and words such as "Published"), and gives the date.
func dateLine(s string) (date string, hasClock, hasWeekday bool) {
	date, other, hasClock, hasWeekday := dateLineReadings(s)
	if date == "" && strings.Contains(s, "|") {
		return segmentDate(s)
	}
	if other != "" {
		return "", false, false // "09-07-2025": the page must say which
	}
	return date, hasClock, hasWeekday
}

// segmentDate reads a byline whose parts stand between bars ("By A
// Writer | The Daily | Updated: 2020-07-23 07:24"): the first part that is
// a date line of its own gives the line's date.
func segmentDate(s string) (date string, hasClock, hasWeekday bool) {
	for part := range strings.SplitSeq(s, "|") {
		if date, hasClock, hasWeekday = dateLine(strings.TrimSpace(part)); date != "" {
			return date, hasClock, hasWeekday
		}
	}
	return "", false, false
}

// dateLineReadings is dateLine that also gives, for a numeric date whose
// order of day and month the line does not settle ("09-07-2025"), the
// second reading in other (date is then the day-first one).
func dateLineReadings(s string) (date, other string, hasClock, hasWeekday bool) {
	if !hasYear(s) {
		return "", "", false, false // every date form below has a four-digit year
	}
	orig := s
	s = strings.ToLower(s)
	if !containsAny(s, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "-", "/", ".") {
		return "", "", false, false
	}
	var y, m, d int
	rest := s
	if nd, ok := numericDate(s); ok {
		y, m, d, other = nd.y, nd.m, nd.d, nd.other
		rest = s[:nd.start] + " " + s[nd.end:]
	} else if mm := dateMDY.FindStringSubmatch(s); mm != nil {
		m, d, y = monthNumber[mm[1][:3]], atoi(mm[2]), atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else if mm := dateDMY.FindStringSubmatch(s); mm != nil {
		d, m, y = atoi(mm[1]), monthNumber[mm[2][:3]], atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else if mm := dateISO.FindStringSubmatch(s); mm != nil {
		y, m, d = atoi(mm[1]), atoi(mm[2]), atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else {
		return "", "", false, false
	}
	hasClock = clock.MatchString(rest)
	rest = clock.ReplaceAllString(rest, " ")
	hasWeekday = weekday.MatchString(rest)
	rest = weekday.ReplaceAllString(rest, " ")
	rest = dateWord.ReplaceAllString(rest, " ")
	rest = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return ' '
	}, rest)
	// What is left after the date parts: a zone or a word like "GMT9"; or,
	// in a dateline of its own line ("New Delhi, April 23, 2025 —"), the
	// place it was filed from.
	left := len(strings.Fields(rest))
	dateline := left <= 4 && (strings.HasSuffix(strings.TrimSpace(s), "—") || strings.HasSuffix(strings.TrimSpace(s), "–"))
	// A time of day stamps the line as the page's own: a byline may stand
	// before it ("News Desk August 31, 2025, 09:44:11 IST").
	byline := hasClock && left <= 4 && allCapitalised(orig)
	if left > 1 && !dateline && !byline || m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 {
		return "", "", false, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), other, hasClock, hasWeekday
}

// allCapitalised reports a line whose words of letters all start in upper
// case, save "by", "on" and "at": a byline, not a sentence.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			continue
		}
		switch strings.ToLower(strings.Trim(w, ".,:")) {
		case "by", "on", "at", "am", "pm", "a.m.", "p.m.":
			continue
		}
		return false
	}
	return true
}

// hasYear reports a run of exactly four digits in s.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// wordStats counts the white-space separated words of a line and the
// share of its alphabetic words that start in lower case: running prose is
// mostly lower case; headlines, menus and names are capitalised. One pass,
// no allocation: it runs on every line of every page.
func wordStats(s string) (words int, lowerShare float64) {
	alpha, lower := 0, 0
	inWord, sawLetter := false, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == ' ' || (r < utf8.RuneSelf && r >= '\t' && r <= '\r') || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			inWord = false
			continue
		}
		if !inWord {
			inWord, sawLetter = true, false
			words++
		}
		if sawLetter {
			continue
		}
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z':
				sawLetter = true
				alpha++
				lower++
			case 'A' <= r && r <= 'Z':
				sawLetter = true
				alpha++
			case r == '"' || r == '\'' || r == '(':
				// Opening quotes and brackets: look at the next rune.
			default:
				sawLetter = true // a word starting with a digit or sign
			}
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			// Chinese and Japanese write no spaces: a character stands
			// for a word, and has no case.
			inWord = false
			alpha++
			lower++
		case unicode.IsLetter(r):
			sawLetter = true
			alpha++
			if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
				lower++ // lower case, or a script without case
			}
		case r == '“' || r == '‘':
		default:
			sawLetter = true
		}
	}
	if alpha == 0 {
		return words, 0
	}
	return words, float64(lower) / float64(alpha)
}

// endsSentenceLine reports a line ending as sentences do.
func endsSentenceLine(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?\"”’'…)»:;。！？」』", r)
}
