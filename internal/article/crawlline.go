package article

import "strings"

// maxOutletWords is the most words an outlet's name takes: more, and the
// text after the crawl date is the page's own first line.
const maxOutletWords = 6

// parseCrawlLine reads a crawl header: its date, the outlet and the byte
// offset in line of the page text that follows on the same line (-1 for
// none). An outlet stands two spaces or more after the date, and the page's
// text two spaces or more after the outlet; text one space after the date,
// or too long for an outlet's name, is the page's.
func parseCrawlLine(line string) (date, outlet string, rest int, ok bool) {
	m := crawlHeader.FindStringSubmatchIndex(line)
	if m == nil {
		return "", "", -1, false
	}
	date = line[m[2]:m[3]]
	sep, tail := line[m[4]:m[5]], line[m[6]:m[7]]
	if tail == "" {
		return date, "", -1, true
	}
	if len(sep) < 2 {
		return date, "", m[6], true
	}
	name, _, found := strings.Cut(tail, "  ")
	if found {
		i := m[6] + len(name)
		i += len(line[i:]) - len(strings.TrimLeft(line[i:], " \t"))
		return date, name, i, true
	}
	if len(strings.Fields(tail)) > maxOutletWords || strings.ContainsAny(tail[len(tail)-1:], ".!?:\"”") {
		return date, "", m[6], true
	}
	return date, tail, -1, true
}
