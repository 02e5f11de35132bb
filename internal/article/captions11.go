package article

import "strings"

// A photo's caption tells the scene the story is about, and a wire caption
// often goes on with a sentence or two of the story's news ("Small
// American flags have been placed in the trees ... North Korea on Friday
// announced the arrest of ..."). The body leaves captions out: beside the
// story they repeat it in the present tense. On a gallery or a video page,
// or where the caption holds the lead, they may be all the page says of
// the news; the coder reads them then (coder, captions11.go).

// captionMinWords is the least a caption kept for the coder holds.
const captionMinWords = 6

// captionLines gives the captions around the article [start, end): from
// the headline's neighbourhood before it to its end, each once.
func captionLines(lines []textLine, start, end int) []string {
	var out []string
	for i := max(start-titleLookback, 0); i < end && i < len(lines); i++ {
		l := &lines[i]
		if l.words < captionMinWords {
			continue
		}
		l.checkPatterns()
		if !l.caption || l.furniture {
			continue
		}
		dup := false
		for _, c := range out {
			if strings.HasPrefix(l.text, c) || strings.HasPrefix(c, l.text) {
				dup = true // the same caption again, perhaps with its credit
				break
			}
		}
		if !dup {
			out = append(out, l.text)
		}
	}
	return out
}
