package article

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"storyline/internal/capture"
)

func TestFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"plain line":              "plain line",
		"  padded  ":              "padded",
		"two  spaces":             "two spaces",
		"tab\there":               "tab here",
		"é  après":                "é après",
		"nbsp\u00a0here":          "nbsp here",
		"curly ’quotes’ stay put": "curly ’quotes’ stay put",
	} {
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line           string
		date           string
		clock, weekday bool
	}{
		{"16:35 JST, March 10, 2022", "2022-03-10", true, false},
		{"05 Mar 2021 02:03:35 GMT9", "2021-03-05", true, false},
		{"Tue. May 24th, 2022", "2022-05-24", false, true},
		{"Published 8:42 AM EDT, October 12, 2024", "2024-10-12", true, false},
		{"2024-07-22", "2024-07-22", false, false},
		{"The talks on March 10, 2022 ended early", "", false, false},
		{"March 45, 2022", "", false, false},
		{"New Delhi, April 23, 2025 —", "2025-04-23", false, false},
		{"SAN JOSE, Costa Rica, June 3, 2024 –", "2024-06-03", false, false},
		{"Talks in New Delhi ended on April 23, 2025 —", "", false, false},
		{"World Desk August 31, 2025, 09:44:11 IST", "2025-08-31", true, false},
		{"By Jane Roe, 12 May 2019 10:05 BST", "2019-05-12", true, false},
		{"Troops crossed the river at 10:30 on August 31, 2025", "", false, false},
	}
	for _, tt := range tests {
		d, c, w := dateLine(tt.line)
		if d != tt.date || (d != "" && (c != tt.clock || w != tt.weekday)) {
			t.Errorf("dateLine(%q) = %q %v %v, want %q %v %v", tt.line, d, c, w, tt.date, tt.clock, tt.weekday)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	// Gates must never reject a line the pattern matches.
	for _, tt := range []struct{ pattern, line string }{
		{`(share|tweet)( this)?`, "tweet this"},
		{`.*\b(register|sign up)\b.*\b(free|access)\b.*`, "please sign up for free access"},
		{`(user )?registration`, "registration"},
		{`[-–—•·|*=_~#>]+`, "---"},
		{`\d+ (comments?|replies)`, "12 comments"},
	} {
		p := newGatedPattern(tt.pattern)
		if !(patternList{pats: []gatedPattern{p}}).MatchString(tt.line) {
			t.Errorf("pattern %q (prefix %q, gate %q) rejects %q", tt.pattern, p.prefix, p.gates, tt.line)
		}
	}
}

func TestWordStats(t *testing.T) {
	tests := []struct {
		line  string
		words int
		lower float64
	}{
		{"the talks ended on Tuesday", 5, 0.8},
		{"Markets Close Higher", 3, 0},
		{"  “quoted” words (here)  and\tTabs", 5, 0.8},
		{"Élections à Paris", 3, 1.0 / 3},
		{"12 comments", 2, 1},
		{"両国の外相は会談した。", 11, 1},           // a character a word, no case
		{"وزراء الخارجية اجتمعوا", 3, 1}, // a script without case reads as running text
		{"", 0, 0},
	}
	for _, tt := range tests {
		w, l := wordStats(tt.line)
		if w != tt.words || l < tt.lower-1e-9 || l > tt.lower+1e-9 {
			t.Errorf("wordStats(%q) = %d, %.3f; want %d, %.3f", tt.line, w, l, tt.words, tt.lower)
		}
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"May 2, 2024": true, "2024-07-22": true, "12345": false, "at 16:35": false, "": false, "in 1999.": true} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTrimReadMore(t *testing.T) {
	for in, want := range map[string]string{
		"The ministers met on Tuesday. Read more":         "The ministers met on Tuesday.",
		"The ministers met on Tuesday. Continue reading.": "The ministers met on Tuesday.",
		"The ministers met on Tuesday.":                   "The ministers met on Tuesday.",
		"Read more":                                       "Read more", // a whole line is furniture, not a trailer
		"He asked them to spread more":                    "He asked them to spread more",
	} {
		if got := trimReadMore(in, strings.ToLower(in)); got != want {
			t.Errorf("trimReadMore(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPatternListsAgreeWithRegexps checks the shortcuts of patternList
// (listed lines, tails, prefixes, gates) against plain full-line regexps on
// the lines of every golden input and on lines made to hit the patterns.
func TestPatternListsAgreeWithRegexps(t *testing.T) {
	reference := map[string][]*regexp.Regexp{}
	section := ""
	for line := range strings.Lines(textlinesData) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
		default:
			reference[section] = append(reference[section], regexp.MustCompile(`^(?:`+line+`)$`))
		}
	}
	lists := map[string]patternList{"furniture": patterns.furniture, "end": patterns.end,
		"credit": patterns.credit, "notice": patterns.notice, "comment": patterns.comment}
	lines := []string{
		"Share this article", "Related stories:", "Most popular", "Home", "Sign in / Register",
		"The minister arrived in Tokyo on Monday for two days of talks with his counterpart. (Reuters/file)",
		"Delegates pose for a photo at the summit in Geneva on Tuesday (AP Photo/Jane Doe)",
		"Soldiers march during a parade in the capital, via Reuters", "Photo credit: Jane Doe/AFP",
		"Jane on May 2, 2024 at 4:47 pm said:", "12 comments", "3 (+5/-2)", "Subscribe to our newsletter for daily updates",
		"Log in to comment", "We use cookies to improve your experience on our website.", "Copyright © 2024 The Paper",
		"Terms of Use | Privacy Policy", "— — —", "Reuters file photo", "You've reached your limit of free articles.",
		"Die Minister trafen sich am Montag in Genf (dpa)", "Ministers met in Genf (Photo: Kelvin sign \u212a)",
	}
	files, _ := filepath.Glob(filepath.Join(repoTestdata, "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(repoTestdata, "extract", "input", "*.txt"))
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	if extra := os.Getenv("PATTERN_LINES"); extra != "" { // more lines to check, e.g. rendered bench pages
		data, err := os.ReadFile(extra)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	hits := map[string]int{}
	for _, raw := range lines {
		s := foldSpace(raw)
		lower := strings.ToLower(s)
		bloom := pairBloom(lower)
		for name, l := range lists {
			want := false
			for _, re := range reference[name] {
				if re.MatchString(lower) {
					want = true
					break
				}
			}
			if got := l.match(lower, &bloom); got != want {
				t.Errorf("[%s] on %q: list says %v, regexps %v", name, lower, got, want)
			}
			if want {
				hits[name]++
			}
		}
	}
	for name := range lists {
		if hits[name] == 0 {
			t.Errorf("no line hits [%s]: the check checks nothing there", name)
		}
	}
}

func TestSuffixRunes(t *testing.T) {
	for expr, want := range map[string]int{
		`.*\b(via|/)\s*(reuters|ap)\s*\.?`: 3 + 1 + 7 + 1 + 1,
		`.*\((file|photo)\)`:               7,
		`.*\bcookie\b.*`:                   0, // unbounded after the literal
		`(home|news)`:                      0, // not a search
	} {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := suffixRunes(tree.Simplify()); got != want {
			t.Errorf("suffixRunes(%q) = %d, want %d", expr, got, want)
		}
	}
	if got := lastRunes("añb", 2); got != "ñb" {
		t.Errorf("lastRunes = %q", got)
	}
}

func TestLowerAligned(t *testing.T) {
	for _, s := range []string{"Plain ASCII Line", "Élections À Paris", "Kelvin \u212a and İstanbul", ""} {
		got := lowerAligned(s)
		if len(got) != len(s) {
			t.Errorf("lowerAligned(%q) = %q: length %d, want %d", s, got, len(got), len(s))
		}
	}
	if got := lowerAligned("Élections À PARIS"); got != "élections à paris" {
		t.Errorf("lowerAligned = %q", got)
	}
}

func TestLinkBoxInsideArticle(t *testing.T) {
	words := strings.Fields("the delegation discussed trade security climate energy migration fisheries tariffs " +
		"shipping ports grain fertiliser loans bonds pensions schools hospitals rail roads bridges water power")
	seq := 0
	para := func(n int) string { // n*12+2 words, none of its 3-word runs repeated elsewhere
		var b strings.Builder
		for range n*12 + 2 {
			seq++
			b.WriteString(words[(seq*7)%len(words)] + fmt.Sprint(seq) + " ")
		}
		return b.String() + "ended."
	}
	head := "Ministers Meet In Geneva\nHome\nWorld\n"
	tests := []struct {
		name       string
		page       string
		keep, drop []string
	}{
		{
			"box inside the article",
			head + "First " + para(2) + "\nSecond " + para(2) + "\nRelated:\nTalks Collapse In Vienna\nEnvoys Return Home\n" +
				"Third " + para(2) + "\nFourth " + para(2) + "\nComments\n",
			[]string{"First", "Second", "Third", "Fourth"},
			[]string{"Talks Collapse", "Envoys Return", "Related"},
		},
		{
			"related list after the article",
			head + "First " + para(2) + "\nSecond " + para(2) + "\nRelated:\nTalks Collapse In Vienna\nShort teaser " + para(1) +
				"\nEnvoys Return Home\nAnother teaser " + para(1) + "\n",
			[]string{"First", "Second"},
			[]string{"Talks Collapse", "Short teaser", "Another teaser"},
		},
		{
			"related list, then the page's footer",
			head + "First " + para(2) + "\nSecond " + para(2) + "\nRelated Articles\nTalks Collapse In Vienna\nFacebook\nJoin our newsletter\n" +
				"Disclaimer " + para(3) + "\nTrademarks " + para(3) + "\n",
			[]string{"First", "Second"},
			[]string{"Talks Collapse", "Disclaimer", "Trademarks"},
		},
		{
			"zero-width lines are empty",
			head + "First " + para(2) + "\n\u200b\n\u200b\n\u200b\n\u200b\n\u200b\n\u200b\nSecond " + para(2) + "\n",
			[]string{"First", "Second"},
			[]string{"\u200b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: tt.name, ContentType: "text/plain", Body: []byte(tt.page)})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(a.Body, k) {
					t.Errorf("body lost %q:\n%s", k, a.Body)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(a.Body, d) {
					t.Errorf("body keeps %q:\n%s", d, a.Body)
				}
			}
		})
	}
}

func TestDatelineStartsTheArticle(t *testing.T) {
	teaser := "Residents of the coastal town were asked on Sunday to leave their homes as the storm approached, officials said in a statement."
	story := []string{
		"WASHINGTON (AP) — The foreign ministers of Japan and India met on Tuesday to discuss maritime security in the region.",
		"The two sides agreed to hold joint naval exercises next year, according to a statement released after the talks.",
		"Officials said the ministers would meet again in New Delhi before the end of the year to review progress.",
	}
	page := "Top Stories\n" + strings.Repeat(teaser+"\n", 6) + strings.Join(story, "\n") + "\n© 2024 The Associated Press. All rights reserved.\n"
	a, err := Extract(capture.Capture{Source: "dateline", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(story, "\n\n"); a.Body != want {
		t.Errorf("body:\n%s\nwant:\n%s", a.Body, want)
	}
	for line, want := range map[string]bool{
		"ST. JOSEPH, Mich. (AP) — Michigan health authorities reported": true,
		"TOKYO (Reuters) - Japan's foreign minister said":               true,
		"KYIV, Ukraine — Air raid sirens sounded":                       true,
		"Tuesday — the ministers met again":                             false,
		"The ministers met in TOKYO on Tuesday":                         false,
		"BEIJING, Nov. 20 (Xinhua) -- China said on Monday":             true,
		"LONDON—The ministers met again on Tuesday":                     true,
		"US-backed forces entered the town on Monday":                   false,
		"UK-based charities said the aid had not arrived":               false,
		"US-China trade talks resumed in Geneva on Friday":              false,
		"COVID-19 cases rose again in the capital":                      false,
		"FILE PHOTO - The president speaks during a ceremony":           false,
		"EXCLUSIVE - Officials say the talks stalled":                   false,
	} {
		if got := opensWithDateline(line); got != want {
			t.Errorf("opensWithDateline(%q) = %v, want %v", line, got, want)
		}
	}
}

// A paragraph opening with a compound in capitals ("US-backed") is no
// dateline: the lead above it stays in the article.
func TestCompoundIsNoDateline(t *testing.T) {
	story := []string{
		"The opposition leader declared himself interim president on Wednesday before a crowd of supporters in the capital, officials said.",
		"Several governments in the region recognised him within hours, and the foreign ministry summoned their ambassadors in protest.",
		"US-backed opposition groups called for more demonstrations on Saturday, saying the crowds would march to the parliament building.",
		"The government said the army remained loyal and that it would defend the constitution against what it called a coup attempt.",
	}
	page := "Home\nWorld\n" + strings.Join(story, "\n") + "\n"
	a, err := Extract(capture.Capture{Source: "compound", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Body, story[0]) {
		t.Errorf("body lost its lead:\n%s", a.Body)
	}
}

func TestJapanesePage(t *testing.T) {
	page := "ホーム\nニュース\n政治\n外相会談\n" +
		"両国の外相は火曜日にジュネーブで会談し、地域の安全保障と経済協力について協議した。\n" +
		"会談後に発表された声明によると、両国は来年も定期的に協議を続けることで一致した。\n" +
		"お問い合わせ\n"
	a, err := Extract(capture.Capture{Source: "ja.txt", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "ジュネーブで会談") || !strings.Contains(a.Body, "一致した") {
		t.Errorf("body lost the article:\n%s", a.Body)
	}
	for _, menu := range []string{"ホーム", "ニュース", "お問い合わせ"} {
		if strings.Contains(a.Body, menu) {
			t.Errorf("body keeps the menu item %q:\n%s", menu, a.Body)
		}
	}
}

func TestListIntroducedByTheArticle(t *testing.T) {
	page := "Band Announces Tour\nHome\nMusic\n" +
		"The band will tour North America next summer to mark fifty years since it was formed, its members said on Monday.\n" +
		"Tickets go on sale next week through the promoter's website, and more dates may be added later.\n" +
		"The tour dates:\n" +
		"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n" +
		"June 10 -- Credit Union Amphitheatre, Tampa, FL\n" +
		"July 2 -- Mohegan Sun Arena, Uncasville, CT\n" +
		"Top Stories\nPrivacy Policy\nTerms of Use\nContact Us\nAbout Us\nCareers\n" +
		"Copyright 2024 The Paper. All rights reserved.\n"
	a, err := Extract(capture.Capture{Source: "list.txt", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"The tour dates:", "June 9 -- Coral Sky", "July 2 -- Mohegan"} {
		if !strings.Contains(a.Body, k) {
			t.Errorf("body lost %q:\n%s", k, a.Body)
		}
	}
	for _, d := range []string{"Top Stories", "Privacy", "Careers"} {
		if strings.Contains(a.Body, d) {
			t.Errorf("body keeps %q:\n%s", d, a.Body)
		}
	}
}

// TestQuoteAfterFullStop checks that a long line cut off mid-sentence is
// still prose when a full stop runs straight into an opening quote, as
// pages write a quotation that follows a sentence.
func TestQuoteAfterFullStop(t *testing.T) {
	for s, want := range map[string]bool{
		"In response to new military drills near the coast, the president has accused the government next door of stirring trouble in the region.“They are seeking a change of":       true,
		"In response to new military drills near the coast, the president has accused the government next door. Officials in the capital declined to comment on the matter and":       true,
		"In response to new military drills near the coast the president has accused the government next door of stirring trouble in the region and officials declined to comment on": false,
	} {
		if got := classifyLine(s, strings.ToLower(s)).prose; got != want {
			t.Errorf("prose(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLeadDate checks the date a release or a wire lead writes before a
// dash at the head of its first paragraph.
func TestLeadDate(t *testing.T) {
	for s, want := range map[string]string{
		"Washington, D.C. — October 17, 2025 — In a high-stakes meeting at the White House today, the leaders met.": "2025-10-17",
		"September 2, 2025 — President Ruto announced Tuesday that the talks had ended.":                            "2025-09-02",
		"The leaders met on October 17, 2025 — a day after the call — at the White House.":                          "",
		"NAIROBI, Kenya — The leaders met on Tuesday, officials said.":                                              "",
	} {
		if got := leadDate(strings.ToLower(s)); got != want {
			t.Errorf("leadDate(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFurnitureSparesSentences checks that the furniture patterns take
// menu and share lines but not sentences that open with the same words
// ("About 300 Americans left …", "More talks are planned …", "Topics on the
// agenda …"): news writes those words at the head of a paragraph too.
func TestFurnitureSparesSentences(t *testing.T) {
	for line, want := range map[string]bool{
		"About Us | Contact Us | Careers": true,
		"Privacy Policy Terms of Use":     true,
		"Terms and Conditions":            true,
		"Help Center":                     true,
		"Tags: Iran, sanctions":           true,
		"Topics Politics Asia":            true,
		"More from Reuters":               true,
		"Help keep your friends informed by sharing this article":       true,
		"About 300 Americans left Kuwait on Monday, officials said.":    false,
		"Help arrived from Jordan and Egypt on Tuesday.":                false,
		"More talks are planned.":                                       false,
		"Topics on the agenda include trade and the border.":            false,
		"Careers diplomats in both capitals said the talks had failed.": false,
	} {
		lower := strings.ToLower(foldSpace(line))
		bloom := pairBloom(lower)
		if got := patterns.furniture.match(lower, &bloom); got != want {
			t.Errorf("furniture(%q) = %v, want %v", line, got, want)
		}
	}
}

// A photo's credit with the copyright sign and a slash ("© Agency/
// Photographer") sits inside the article: the paragraphs before it stay
// the article's; a copyright line with no slash still closes it.
func TestPhotoCreditIsNoEnd(t *testing.T) {
	lead := []string{
		"NAIROBI (Wire) — Hundreds of people rallied outside the embassy on Monday to protest against the treatment of refugees, organisers said.",
		"Police officers were deployed to the scene, and the city's police later said no breaches of public order had been registered.",
	}
	rest := []string{
		"Earlier in the day, local media reported that thousands of people would gather in the port city on Tuesday to express their protest as well.",
		"The organisers said the rally would be held next to the central mosque, the main religious centre of the region, after the midday prayer.",
		"Last week, fighting in the border region forced tens of thousands of people to flee, according to aid agencies working in the camps there.",
	}
	page := "Hundreds rally next to embassy\n\n" + strings.Join(lead, "\n") + "\n© Wire Agency/ Jane Doe\nPolice officers at the rally in front of the embassy\n" +
		strings.Join(rest, "\n") + "\n© 2017 Wire Agency\nMore stories\n"
	a, err := Extract(capture.Capture{Source: "credit", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Body, lead[0]) {
		t.Errorf("body lost its lead:\n%s", a.Body)
	}
	if !strings.HasSuffix(a.Body, rest[2]) {
		t.Errorf("body does not end at the copyright line:\n%s", a.Body)
	}
}

// A gallery's counter, a share prompt or a channel's invitation between
// the headline and the story is furniture, not the title.
func TestFurnitureIsNoTitle(t *testing.T) {
	story := []string{
		"NAIROBI (Wire) — Kenya and Uganda signed a border accord on Monday after two years of talks, officials from both countries said.",
		"The accord sets out how the two sides will share the waters of the lake and patrol the islands claimed by both, they added.",
		"Ministers said the deal would be put to both parliaments before the end of the year and would take effect once ratified.",
	}
	for _, furniture := range []string{"1 / 4", "2 of 12", "Spread the love", "Share this articleClose Button", "Follow Daily Wire on WhatsApp"} {
		page := "Kenya and Uganda sign border accord\n" + furniture + "\n" + strings.Join(story, "\n") + "\n"
		a, err := Extract(capture.Capture{Source: "furniture", ContentType: "text/plain", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Kenya and Uganda sign border accord" {
			t.Errorf("%q: title %q", furniture, a.Title)
		}
	}
}

// A reading-time estimate between the headline and the story is furniture,
// not the title (stop 42, extract42); a headline that counts minutes is
// still the headline.
func TestReadingTimeIsNoTitle(t *testing.T) {
	story := []string{
		"NAIROBI (Wire) — Kenya and Uganda signed a border accord on Monday after two years of talks, officials from both countries said.",
		"The accord sets out how the two sides will share the waters of the lake and patrol the islands claimed by both, they added.",
		"Ministers said the deal would be put to both parliaments before the end of the year and would take effect once ratified.",
	}
	extract := func(page string) Article {
		t.Helper()
		a, err := Extract(capture.Capture{Source: "reading-time", ContentType: "text/plain", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, furniture := range []string{"Reading Time: 6 minutes", "Reading Time: < 1 minute", "< a min read", "5 min read Lire en français", "3 minutes read"} {
		a := extract("Kenya and Uganda sign border accord\n" + furniture + "\n" + strings.Join(story, "\n") + "\n")
		if a.Title != "Kenya and Uganda sign border accord" {
			t.Errorf("%q: title %q", furniture, a.Title)
		}
	}
	// Must not: a headline giving a duration is no reading time.
	for _, headline := range []string{"Leaders meet for 90 minutes in Geneva", "Five minutes that changed the talks"} {
		a := extract(headline + "\n" + strings.Join(story, "\n") + "\n")
		if a.Title != headline {
			t.Errorf("headline %q: title %q", headline, a.Title)
		}
	}
}
