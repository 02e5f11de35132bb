package article

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/textlines.txt
var textlinesData string

// linePatterns are the embedded line patterns, one list per section.
type linePatterns struct {
	furniture, end, credit, notice *regexp.Regexp
}

var patterns = mustLoadPatterns(textlinesData)

// mustLoadPatterns compiles each section of the data file into one
// alternation anchored to the whole line. The file ships with the binary,
// so an error is a build mistake and panics at start-up in every test.
func mustLoadPatterns(data string) linePatterns {
	sections := map[string][]string{}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = strings.Trim(line, "[]")
		default:
			sections[cur] = append(sections[cur], "(?:"+line+")")
		}
	}
	compile := func(name string) *regexp.Regexp {
		if len(sections[name]) == 0 {
			panic(fmt.Sprintf("article: data/textlines.txt has no [%s] patterns", name))
		}
		return regexp.MustCompile(`(?i)^(?:` + strings.Join(sections[name], "|") + `)$`)
	}
	return linePatterns{furniture: compile("furniture"), end: compile("end"), credit: compile("credit"), notice: compile("notice")}
}

// Dates as pages print them, for date lines ("16:35 JST, March 10, 2022",
// "05 Mar 2021 02:03:35 GMT+9", "Tue. May 24th, 2022", "2024-07-22").
const monthRE = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	dateMDY  = regexp.MustCompile(`(?i)\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDMY  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+(\d{4})\b`)
	dateISO  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	clock    = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?`)
	weekday  = regexp.MustCompile(`(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday|rsday)?\b\.?`)
	dateWord = regexp.MustCompile(`(?i)\b(published|updated|posted|modified|last updated|date|on|at|utc|gmt|jst|kst|cst|est|edt|pst|pdt|bst|cet|cest|ist|aest|et|pt|hkt|sgt)\b`)
	// crawlHeader is the first line some crawls add: " date 2024-07-22  Site Name".
	crawlHeader = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T][\d:]+Z?)?\s+(.*?)\s*$`)
	shortcode   = regexp.MustCompile(`\[/?[a-z][a-z0-9_-]*(?:\s[^\[\]]*)?\]`)
	readMore    = regexp.MustCompile(`(?i)\s+(read more|continue reading|read the full story)\s*\.?$`)
	bullet      = regexp.MustCompile(`^[•·▪●◦‣∙*>–—-]+\s+`)
)

var monthNumber = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// dateLine reports whether s is a line holding only a date (with perhaps a
// time, weekday, zone and words such as "Published"), and gives the date.
func dateLine(s string) (date string, hasClock, hasWeekday bool) {
	var y, m, d int
	rest := s
	if mm := dateMDY.FindStringSubmatch(s); mm != nil {
		m, d, y = monthNumber[strings.ToLower(mm[1][:3])], atoi(mm[2]), atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else if mm := dateDMY.FindStringSubmatch(s); mm != nil {
		d, m, y = atoi(mm[1]), monthNumber[strings.ToLower(mm[2][:3])], atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else if mm := dateISO.FindStringSubmatch(s); mm != nil {
		y, m, d = atoi(mm[1]), atoi(mm[2]), atoi(mm[3])
		rest = strings.Replace(rest, mm[0], " ", 1)
	} else {
		return "", false, false
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
	// What is left after the date parts: a zone or a word like "GMT9".
	if len(strings.Fields(rest)) > 1 || m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 {
		return "", false, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), hasClock, hasWeekday
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// lineWords gives the words of a line as written (letters and digits kept).
func lineWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
}

// lowerShare is the share of a line's alphabetic words that start in lower
// case: running prose is mostly lower case; headlines, menus and names are
// capitalised.
func lowerShare(ws []string) float64 {
	n, lower := 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"'“‘(`))
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsLower(r) {
			lower++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(lower) / float64(n)
}

// endsSentenceLine reports a line ending as sentences do.
func endsSentenceLine(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".!?\"”’'…)»:;", r)
}
