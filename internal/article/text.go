package article

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/internal/capture"
)

// The plain-text classifier. A text capture is the whole visible text of a
// page, one block per line: the article's paragraphs sit among menus, link
// and headline lists, captions, share buttons, forms and comment threads.
// Each line is described by features that hold across news sites — length,
// sentence punctuation, share of lower-case words, whether it is a date, a
// caption credit or a known kind of furniture (data/textlines.txt) — and the
// article is the run of prose lines with the most words, cut at lines that
// close an article (comments, "related" lists, copyright).

// Thresholds of the classifier.
const (
	proseMinWords        = 8    // a prose line has at least this many words...
	proseLowerShare      = 0.35 // ...mostly in lower case...
	longProseWords       = 20   // ...and ends as a sentence, unless it is this long with a full stop inside
	unstoppedLowerShare  = 0.5  // a lead this long with no full stop at all is prose when mostly in lower case
	maxGap               = 5    // non-prose lines allowed inside the article
	firstSegmentShare    = 0.7  // the article is the first run of prose this large against the largest
	datelineSegmentShare = 0.2  // or the first opening with a dateline this large
	furnitureMax         = 20   // furniture patterns apply to lines of at most this many words
	endMarkerMax         = 8    // end markers are short lines
	commentMarkerMax     = 20   // and so are comment bylines
	asideMax             = 5    // and the heads of link boxes
	maxBox               = 15   // lines of a link box inside the article, at most
	resumeWords          = 25   // a paragraph this long after a link box continues the article
	listLeadMinWords     = 3    // a line introducing a list ("The tour dates:") has at least this many words
	listItemMaxWords     = 25   // and its items at most this many
	titleMinWords        = 3
	titleMaxWords        = 25
	titleLookback        = 15  // lines before the article searched for its headline
	nearDupShare         = 0.7 // share of a line's 3-word shingles found in a kept line
	captionMaxWords      = 80
)

// textLine is one non-empty line of a text capture with its features.
type textLine struct {
	text      string
	lower     string
	bloom     bloom // pairBloom of lower, for the pattern gates
	words     int
	prose     bool
	end       bool
	comment   bool // a comment thread's byline, vote count or reply link
	aside     bool // heads a box of links that may sit inside the article ("Related:")
	boxed     bool // in such a box inside the article: not article text
	date      string
	clock     bool
	weekday   bool
	furniture bool // with caption: valid once checked is set
	caption   bool
	checked   bool
	dateline  bool // a prose line opening with a news dateline
}

// classifyLine computes the cheap features of a line. The costly pattern
// tests (furniture, captions) run only where they can change the result:
// on lines that look like prose, and later on the lines of the article and
// its headline (checkPatterns). Menus and lists far from the article never
// pay for them.
func classifyLine(s, lower string) textLine {
	l := textLine{text: s, lower: lower}
	l.bloom = pairBloom(l.lower)
	var lowerShare float64
	l.words, lowerShare = wordStats(s)
	if l.words <= endMarkerMax {
		l.end = patterns.end.match(l.lower, &l.bloom)
	}
	if l.words <= commentMarkerMax {
		l.comment = patterns.comment.match(l.lower, &l.bloom)
	}
	if l.words <= asideMax {
		l.aside = patterns.aside.match(l.lower, &l.bloom)
	}
	if l.words <= 12 && strings.ContainsAny(s, "0123456789") {
		l.date, l.clock, l.weekday = dateLine(s)
	}
	sentence := endsSentenceLine(s) || (l.words >= longProseWords && (strings.Contains(s, ". ") || strings.Contains(s, ".“"))) || l.words >= proseMinWords && creditedSentence(s, lower)
	if l.words >= proseMinWords && sentence && lowerShare >= proseLowerShare {
		l.checkPatterns()
		l.prose = !l.caption && !l.furniture
		l.dateline = l.prose && len(s) > 2 && isUpper(s[0]) && isUpper(s[1]) && opensWithDateline(s)
	}
	return l
}

// checkPatterns sets furniture and caption.
func (l *textLine) checkPatterns() {
	if l.checked {
		return
	}
	l.checked = true
	if l.words <= furnitureMax {
		l.furniture = patterns.furniture.match(l.lower, &l.bloom)
	}
	if !l.furniture {
		l.furniture = patterns.notice.match(l.lower, &l.bloom)
	}
	if l.words >= 4 && l.words <= captionMaxWords {
		l.caption = patterns.credit.match(l.lower, &l.bloom) && !reportedBeforeCredit(l.lower)
	}
}

// lowerAligned lowercases s rune by rune, leaving the rare runes whose
// lowercase form has another length in UTF-8 (the Kelvin sign, dotted
// capital I) as they are, so that every byte offset in s is the same in
// the result.
func lowerAligned(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == n {
			utf8.EncodeRune(b[i:], lr)
		}
		i += n
	}
	return string(b)
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// invisible reports a line of format characters only (zero-width spaces,
// soft hyphens, byte order marks): an empty line to a reader, which some
// editors leave between paragraphs.
func invisible(s string) bool {
	if len(s) > 12 || s[0] < utf8.RuneSelf {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Cf, r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isFurniture reports furniture, checking the patterns first if need be.
func (l *textLine) isFurniture() bool {
	l.checkPatterns()
	return l.furniture
}

// foldSpace trims s and folds runs of white space to one space; most lines
// need neither, and are returned without a copy.
func foldSpace(s string) string {
	t := strings.TrimSpace(s)
	prevSpace := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(t), " ")
			}
			i += n - 1
			prevSpace = false
			continue
		}
		if c == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(t), " ")
			}
			prevSpace = true
			continue
		}
		if '\t' <= c && c <= '\r' {
			return strings.Join(strings.Fields(t), " ")
		}
		prevSpace = false
	}
	return t
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// extractText classifies the lines of a text capture and keeps the article.
func extractText(c capture.Capture) (Article, error) {
	body := c.Body
	if !utf8.Valid(body) {
		i := 0
		for i < len(body) {
			r, n := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		return Article{}, fmt.Errorf("%w (first bad byte at offset %d)", ErrInvalidUTF8, i)
	}
	text := unwrap(strings.TrimPrefix(string(body), "\ufeff"))
	// One lowercase copy of the page, byte for byte aligned with it, gives
	// each line its lowercase form without an allocation per line.
	lowerText := lowerAligned(text)
	var a Article
	lines := make([]textLine, 0, strings.Count(text, "\n")+1)
	for off, first := 0, true; off < len(text); first = false {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		s, lower := strings.TrimRight(text[off:end], "\r"), lowerText[off:end]
		off = end + 1
		if first {
			if date, outlet, rest, ok := parseCrawlLine(s); ok {
				if d := normaliseDate(date); d != "" {
					a.Published, a.PublishedFrom = &d, FromCrawl
				}
				a.Publisher = optional(outlet)
				if rest < 0 {
					continue
				}
				s, lower = s[rest:], lower[rest:] // the page's first line, run into the crawl's
			}
		}
		aligned := true
		if strings.IndexByte(s, '[') >= 0 {
			if r := shortcode.ReplaceAllString(s, " "); r != s {
				s, aligned = r, false
			}
		}
		lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
		t := foldSpace(s)
		if t == "" || invisible(t) {
			continue
		}
		if aligned && lead+len(t) <= len(s) && s[lead:lead+len(t)] == t {
			lower = lower[lead : lead+len(t)]
		} else {
			lower = strings.ToLower(t)
		}
		lines = append(lines, classifyLine(t, lower))
	}
	start, end := articleSpan(lines)
	if start < 0 {
		return Article{}, ErrNoBody
	}
	start = unstoppedLead(lines, start)
	a.Title = findTitle(lines, start)
	if a.Published == nil {
		a.Published, a.PublishedFrom = optional(findPublished(lines, start, end)), FromPage
	}
	head, revised := "", false
	if a.Published == nil {
		head, revised = headDate(lines, start, a.Title)
		if !revised {
			a.Published, a.PublishedFrom = optional(head), FromPage
		}
	}
	if a.Published == nil && c.URI != "" {
		a.Published, a.PublishedFrom = optional(dateInAddress(c.URI)), FromAddress
	}
	if a.Published == nil && revised {
		a.Published, a.PublishedFrom = &head, FromPage // the page's last update: its latest known day
	}
	a.Body = keptBody(lines, start, end, a.Title)
	a.Captions = captionLines(lines, start, end)
	if a.Published == nil {
		a.Published, a.PublishedFrom = optional(numericStamp(lines, end, a.Body)), FromPage
	}
	if a.Published == nil {
		a.PageDate = optional(findPageDate(lines, end))
	}
	if a.Published == nil && a.PageDate == nil {
		a.PageDate = optional(edgeDate(lines, start, end, a.Title, a.Title+"\n"+a.Body))
	}
	return a, nil
}

// articleSpan finds the lines [start, end) of the article. Prose lines
// form segments, cut by end markers, comment-thread lines, more than maxGap
// non-prose lines in a row and a dateline (a story starts there); a box of
// links inside the article (aside) is bridged when the article goes on
// after it. A segment right after a comment line is a comment. The article
// is the first segment that is not a comment with at least 70% of the prose
// words of the largest such (firstSegmentShare): on a news page the article
// comes before its comment thread and "related" lists, which can be longer;
// segments before the first one opening with a dateline are not considered.
// Without any prose line, every line that is not furniture is the article.
func articleSpan(lines []textLine) (start, end int) {
	type segment struct {
		start, end, words int
		comment, dateline bool
	}
	var segs []segment
	segStart, segWords, gap, lastProse := -1, 0, 0, -1
	afterComment := false            // the last non-prose lines before this segment hold a comment line
	var segComment, segDateline bool // the open segment follows a comment, opens with a dateline
	segProse := 0                    // prose lines in the open segment
	closeSeg := func() {
		if segStart >= 0 {
			segs = append(segs, segment{segStart, lastProse + 1, segWords, segComment, segDateline})
		}
		segStart, segWords, gap, segProse = -1, 0, 0, 0
	}
	inList := false   // the lines since the last paragraph are a list it introduced
	boxAt := -1       // an aside line inside the open segment: a box of links may follow
	boxFurniture := 0 // furniture lines in that box
	for i := range lines {
		l := &lines[i]
		if boxAt >= 0 {
			switch {
			case i-boxAt > maxBox || !l.aside && l.end || l.comment || boxFurniture > 1:
				// Furniture after the box (share buttons, sign-up forms;
				// one line may be an advertisement's label): the page's
				// end, not a box inside the article.
				boxAt = -1
				closeSeg()
			case l.prose && (l.words >= resumeWords || i+1 < len(lines) && lines[i+1].prose):
				// The article resumes: a long paragraph, or two in a row
				// (teasers listed after an article are short and come
				// one at a time).
				for j := boxAt; j < i; j++ {
					lines[j].boxed = true
				}
				boxAt, gap = -1, 0
			default:
				if !l.aside && l.isFurniture() {
					boxFurniture++
				}
				continue
			}
		}
		switch {
		case l.aside && segStart >= 0:
			boxAt, boxFurniture = i, 0
		case l.end || l.comment:
			closeSeg()
			afterComment = l.comment
		case l.prose:
			if l.dateline && segProse > 0 {
				closeSeg() // a story starts here: what came before was something else
			}
			if segStart < 0 {
				segStart, segComment, segDateline = i, afterComment, l.dateline
			}
			segProse++
			segWords += l.words
			lastProse = i
			gap = 0
			afterComment = false
		case segStart >= 0 && inList && l.words <= listItemMaxWords && !l.isFurniture():
			lastProse = i // a list item: part of the article, like its paragraphs
		default:
			if segStart >= 0 {
				gap++
				if gap > maxGap {
					closeSeg()
				}
			}
		}
		// A line ending in a colon right after a paragraph introduces a list
		// ("The tour dates:"): its items are article text however short.
		switch {
		case inList && lastProse == i && !l.prose: // an item: the list goes on
		case segStart >= 0 && lastProse >= i-1 && l.words >= listLeadMinWords &&
			strings.HasSuffix(l.text, ":") && !l.end && !l.aside && !l.isFurniture():
			inList, lastProse = true, i
		default:
			inList = false
		}
	}
	closeSeg()
	// A story opening with a dateline ("BERLIN (Reuters) -") starts the
	// article: teasers before it are not, even when they hold more prose.
	most := 0
	for _, s := range segs {
		most = max(most, s.words)
	}
	for i, s := range segs {
		if s.dateline && !s.comment && float64(s.words) >= datelineSegmentShare*float64(most) {
			segs = segs[i:]
			break
		}
	}
	for _, comments := range []bool{false, true} {
		most := 0
		for _, s := range segs {
			if !s.comment || comments {
				most = max(most, s.words)
			}
		}
		for _, s := range segs {
			if (!s.comment || comments) && most > 0 && float64(s.words) >= firstSegmentShare*float64(most) {
				return s.start, s.end
			}
		}
	}
	for i := range lines {
		l := &lines[i]
		l.checkPatterns()
		if !l.furniture && !l.end && l.words >= 2 {
			if start == 0 && end == 0 {
				start = i
			}
			end = i + 1
		}
	}
	if end == 0 {
		return -1, -1
	}
	return start, end
}

// unstoppedLead moves the article's start back over the lead paragraphs
// right before it that read as prose but end with no full stop: a page that
// prints its lead as "... the defence ministry said" loses the stop, not the
// news. Such a line is long (a headline or a deck is shorter), mostly lower
// case, and no caption, credit, date, furniture or bulleted highlight (a
// deck's summary points).
func unstoppedLead(lines []textLine, start int) int {
	for start > 0 {
		l := &lines[start-1]
		if l.prose || l.end || l.comment || l.aside || l.date != "" || l.words < longProseWords || strings.Contains(l.text, " | ") || bulleted(l.text) || !opensAsSentence(l.text) || labelled(l.text) {
			break
		}
		if _, lowerShare := wordStats(l.text); lowerShare < unstoppedLowerShare {
			break
		}
		if l.checkPatterns(); l.furniture || l.caption {
			break
		}
		start--
	}
	return start
}

// opensAsSentence reports a line whose first letter is a capital, as a
// lead's first sentence opens ("Malawi has sent", "“We will", "2,000
// soldiers"); a run of lower-case words is a menu, a share bar or a
// teaser, not a lead that lost its stop.
func opensAsSentence(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// labelled reports a line opening with a label and a colon within its
// first five words, every word after the first in lower case ("You may
// also like:", "Read more:"): a teaser of another story. A dateline names
// a place, a day or an agency in capitals ("ISLAMABAD:", "Dhaka
// [Bangladesh], May 4 (ANI):", "Lima, Peru:") and is no label.
func labelled(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return false
	}
	ws := strings.Fields(s[:i])
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws[1:] {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// isLowerWord reports a word of lower-case letters only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// bulleted reports a line opening with a list bullet.
func bulleted(s string) bool {
	return strings.HasPrefix(s, "•") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "· ")
}

// findTitle takes the headline: the nearest line before the article that
// reads like one (a few words, no full stop, not furniture, a caption or a
// date).
func findTitle(lines []textLine, start int) string {
	for i := start - 1; i >= 0 && i >= start-titleLookback; i-- {
		l := &lines[i]
		l.checkPatterns()
		if l.furniture || l.caption || l.end || l.date != "" || l.words < titleMinWords || l.words > titleMaxWords {
			continue
		}
		if strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "..") {
			continue
		}
		return bullet.ReplaceAllString(l.text, "")
	}
	return ""
}

// findPublished takes the article's date from the date lines before the
// article's end: the first that gives a time of day or says "published"
// or "posted"; else the first that is not a bare weekday date before the
// article, which is the site's "today" banner rather than the story's date,
// nor a stamp of the last update ("Last Updated: Tuesday, 23 May 2024"),
// which is taken only when no other line dates the page.
func findPublished(lines []textLine, start, end int) string {
	fallback, revised := "", ""
	for i := 0; i < end && i < len(lines); i++ {
		l := lines[i]
		if l.date == "" {
			continue
		}
		lower := strings.ToLower(l.text)
		updated := strings.Contains(lower, "updated") || strings.Contains(lower, "modified")
		if (l.clock || strings.Contains(lower, "publish") || strings.Contains(lower, "posted")) && !updated {
			return l.date
		}
		if updated && updateStamp(lower) {
			if revised == "" {
				revised = l.date // the last touch: only when nothing else dates the page
			}
			continue
		}
		if fallback == "" && !(l.weekday && !l.clock && i < start) {
			fallback = l.date
		}
	}
	if fallback == "" && start >= 0 && start < len(lines) {
		fallback = leadDate(lines[start].lower)
	}
	if fallback == "" && end >= 0 && end < len(lines) {
		// A date line right under the last paragraph is the story's
		// foot: some sites print the day there and nowhere else.
		fallback = lines[end].date
	}
	if fallback == "" {
		fallback = revised
	}
	return fallback
}

// updateStamp reports a date line whose date is labelled as the page's
// last update: "updated" or "modified" is the last label before the
// line's first digit ("Last Updated: Tuesday, 23 May 2023", "Posted by A.
// Writer | Updated: May 23, 2023"). A line that labels its first date as
// published or posted and adds the update after it ("Published: 8 July
// 2019 | Updated: 9 July 2019") gives the day the page came out.
func updateStamp(lower string) bool {
	head := lower
	if d := strings.IndexFunc(lower, unicode.IsDigit); d >= 0 {
		head = lower[:d]
	}
	u := max(strings.LastIndex(head, "updated"), strings.LastIndex(head, "modified"))
	p := max(strings.LastIndex(head, "publish"), strings.LastIndex(head, "posted"))
	return u >= 0 && u > p
}

// leadDate reads the date a press release or a wire story writes at the
// head of its first paragraph, before a dash: "washington, d.c. — october
// 17, 2025 — in a high-stakes meeting ...", "september 2, 2025 — president
// ...". A date later in the sentence is the news's, not the page's.
func leadDate(lower string) string {
	head := lower
	if len(head) > 80 {
		head = head[:80]
	}
	m := leadDateRE.FindStringIndex(head)
	if m == nil {
		return ""
	}
	return fullDate(head[m[0]:m[1]])
}

var leadDateRE = regexp.MustCompile(`^(?:[a-z][a-z.,' ]{0,40}?\s+[—–-]+\s+)?` + monthRE + `\s+\d{1,2},?\s+\d{4}\s+[—–-]`)

// keptBody joins the article's lines that are text: furniture, captions,
// dates, lone datelines, the headline and repeated lines are left out.
func keptBody(lines []textLine, start, end int, title string) string {
	var kept []string
	seen := map[uint64]bool{} // lines kept, by the hash of their words
	words := 0
	for i := start; i < end; i++ {
		words += lines[i].words
	}
	index := newShingleIndex(words)
	var wh, sh []uint64 // buffers for each line's word hashes and shingles
	for i := start; i < end; i++ {
		l := &lines[i]
		l.checkPatterns()
		if l.furniture || l.caption || l.end || l.boxed || l.date != "" || l.text == title {
			continue
		}
		if !l.prose && l.words <= 2 && strings.ToUpper(l.text) == l.text {
			continue // a lone dateline such as "TOKYO"
		}
		text := trimReadMore(l.text, l.lower)
		wh = wordHashes(wh, text)
		key := lineKey(wh)
		if len(wh) == 0 || seen[key] {
			continue
		}
		sh = threeShingles(sh, wh)
		if index.covered(sh) {
			continue
		}
		seen[key] = true
		index.add(sh)
		kept = append(kept, text)
	}
	return strings.Join(kept, "\n\n")
}
