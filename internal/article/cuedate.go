package article

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page without structured data often says in words when it was
// published: a byline "Posted on 3 May 2021", a post's footer "Dieser
// Beitrag wurde am 3. Dezember 2011 veröffentlicht", a label "Datum:
// 03.02.2022", "تم نشره الجمعة 24 نيسان / أبريل 2020". That line names the
// publication, where the date finder takes the first date element it meets
// (a comment's, a related story's). cueDate reads such lines.

// publishedCue is a word that labels a publication date.
var publishedCue = regexp.MustCompile(`(?i)(^|[^\pL])(published|posted|publication date|veröffentlicht|erschienen|datum|publié|publicado|pubblicato|gepubliceerd|opublikowano|تم نشره|تاريخ النشر|نشر في)([^\pL]|$)`)

// months are month names in the languages of the larger news sites, in
// lower case (Arabic in its two calendars' names, as Levantine and
// Egyptian papers write them).
var months = map[string]int{}

func init() {
	for i, names := range [12]string{
		"january januar jänner janvier enero gennaio janeiro januari يناير كانون الثاني",
		"february februar février febrero febbraio fevereiro februari فبراير شباط",
		"march märz mars marzo março maart مارس آذار",
		"april avril abril aprile أبريل ابريل نيسان",
		"may mai mayo maggio maio mei مايو أيار",
		"june juni juin junio giugno junho يونيو يونيه حزيران",
		"july juli juillet julio luglio julho يوليو يوليه تموز",
		"august août agosto augustus أغسطس اغسطس آب",
		"september septembre septiembre setiembre settembre setembro سبتمبر أيلول",
		"october oktober octobre octubre ottobre outubro أكتوبر اكتوبر تشرين الأول",
		"november novembre noviembre novembro نوفمبر تشرين الثاني",
		"december dezember décembre diciembre dicembre dezembro ديسمبر كانون الأول",
	} {
		// Two-word Arabic names ("تشرين الأول") are kept whole.
		fields := strings.Fields(names)
		for j := 0; j < len(fields); j++ {
			name := fields[j]
			if (name == "كانون" || name == "تشرين") && j+1 < len(fields) {
				name += " " + fields[j+1]
				j++
			}
			months[name] = i + 1
		}
	}
	var names []string
	for name := range months {
		names = append(names, regexp.QuoteMeta(name))
	}
	// Longest first, so that "juillet" is not read as "juli".
	sortByLength(names)
	month := `(` + strings.Join(names, "|") + `)`
	// "3. Dezember 2011", "24 نيسان / أبريل 2020", "3 de mayo de 2021".
	writtenDMY = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(\d{1,2})\.?\s+(?:de\s+)?` + month + `(?:\s*/\s*\pL+)?,?\s+(?:de\s+)?(\d{4})(?:[^\d]|$)`)
	// "August 06, 2019".
	writtenMDY = regexp.MustCompile(`(?i)(?:^|[^\pL])` + month + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
}

var (
	writtenDMY, writtenMDY *regexp.Regexp
	numericDMY             = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[^\d]|$)`)
	numericISO             = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)`)
)

func sortByLength(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// cueText is how far after its cue a publication date may be written.
const cueText = 120

// cueDate gives the first date written shortly after a publication cue in
// the page's text ("" when there is none), with the text it was read from.
// A date the same words call a revision is skipped.
func cueDate(doc *html.Node) (date, source string) {
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if publishedCue.MatchString(c.Data) {
					// The cue's element, else its parent: a label
					// ("<h5>Datum:</h5>03.02.2022") stands beside its date.
					for p, up := n, 0; p != nil && up < 2; p, up = p.Parent, up+1 {
						text := strings.Join(strings.Fields(nodeText(p)), " ")
						if len(text) > 4*cueText {
							break
						}
						if date = dateAfterCue(text); date != "" {
							source = text
							return true
						}
					}
				}
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(doc)
	return date, source
}

// dateAfterCue reads the date written within cueText bytes after the first
// publication cue of text, else within cueText bytes before it (German
// puts the verb last: "am 3. Dezember 2011 veröffentlicht"), unless a
// revision cue comes between.
func dateAfterCue(text string) string {
	loc := publishedCue.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	after := text[loc[1]:]
	if len(after) > cueText {
		cut := cueText
		for cut < len(after) && !utf8Start(after[cut]) {
			cut++
		}
		after = after[:cut]
	}
	if d, at := firstDate(after); d != "" {
		if revisedCue.MatchString(after[:at]) {
			return ""
		}
		return d
	}
	before := text[:loc[0]]
	if len(before) > cueText {
		cut := len(before) - cueText
		for cut < len(before) && !utf8Start(before[cut]) {
			cut++
		}
		before = before[cut:]
	}
	if d, at := firstDate(before); d != "" && !revisedCue.MatchString(before[at:]) {
		return d
	}
	return ""
}

// firstDate gives the first full date written in s and where it starts.
func firstDate(s string) (date string, at int) {
	at = len(s)
	try := func(re *regexp.Regexp, read func([]string) (y, m, d int)) {
		if mm := re.FindStringSubmatchIndex(s); mm != nil && mm[0] < at {
			parts := make([]string, len(mm)/2)
			for i := range parts {
				if mm[2*i] >= 0 {
					parts[i] = s[mm[2*i]:mm[2*i+1]]
				}
			}
			y, m, d := read(parts)
			if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100 {
				date, at = fmt.Sprintf("%04d-%02d-%02d", y, m, d), mm[0]
			}
		}
	}
	try(writtenDMY, func(p []string) (int, int, int) { return atoi(p[3]), months[strings.ToLower(p[2])], atoi(p[1]) })
	try(writtenMDY, func(p []string) (int, int, int) { return atoi(p[3]), months[strings.ToLower(p[1])], atoi(p[2]) })
	try(numericDMY, func(p []string) (int, int, int) { return atoi(p[3]), atoi(p[2]), atoi(p[1]) })
	try(numericISO, func(p []string) (int, int, int) { return atoi(p[1]), atoi(p[2]), atoi(p[3]) })
	return date, at
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
