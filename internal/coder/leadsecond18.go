package coder

import "strings"

// A wire lead often tells its news in the present perfect with no day
// ("Panama has announced its withdrawal from the pact, its president
// confirmed") and gives the day in the next sentence, where the speaker
// or the act is named again ("The president said on Thursday that the
// papers had been sent", "In the Friday statement, the spokesman
// confirmed ...", "The president ended his visit on Friday"). The first
// sentence's act is done on that day, not on the page's, which is often
// the next one. So on a dated page, when the lead's first sentence writes
// no day and the acts read from it carry none, the second sentence's day
// of a thing done in the week before the page is the lead's day
// (leadDay). Only a day of the second sentence's own clause: one written
// after a relative or time clause has opened ("Macron, who was received
// on Monday", "after 21 men were killed on Saturday") is another act's.

// leadUndated reports that no act read from the lead's first sentence
// carries a day of its own.
func leadUndated(rs []*report) bool {
	for _, r := range rs {
		if r.sentIdx > 0 {
			break
		}
		if r.dated {
			return false
		}
	}
	return true
}

// otherClauseWords open a clause whose days are of another act than the
// sentence's own.
var otherClauseWords = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "after": true, "before": true,
	"since": true, "until": true, "when": true, "while": true, "unlike": true, "following": true,
}

// mainClauseDay reports that no word opening another clause stands in
// text before the byte offset at.
func mainClauseDay(text string, at int) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text[:at]), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		if otherClauseWords[w] {
			return false
		}
	}
	return true
}
