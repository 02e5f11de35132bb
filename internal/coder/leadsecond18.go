package coder

import "strings"

// A wire lead often tells its news in the present perfect with no day
// ("Chile has expelled two diplomats, Foreign Minister Soto confirmed")
// and gives the day in the next sentence, where the teller or doer is
// named again ("Soto said on Wednesday that they had three days to
// leave", "In the Friday statement, Foreign Ministry spokesman Ruiz
// confirmed the attack"). The first sentence's act is done on that day,
// not on the page's, which is often the next one. So on a dated page,
// when the lead's first sentence writes no day, the acts read from it
// carry none, and the second sentence's subject names again someone the
// first names (namedAgain), the second sentence's day of a thing done in
// the week before the page is the lead's day (leadDay). A second sentence
// whose subject is another actor ("Lima said on Wednesday it would answer
// in kind") tells that actor's day. Only a day of the second sentence's
// own clause counts: one written after a relative or time clause has
// opened ("the envoy, who was summoned on Monday", "after ten men were
// killed on Saturday") is another act's.

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

// namedAgain reports that the second sentence's subject, the capitalised
// words it opens with (after an opening phrase closed by a comma, "In the
// Friday statement, Foreign Ministry spokesman Ruiz confirmed"), repeats
// a name of the first sentence: the lead's teller or doer told again
// ("Soto said on Wednesday"), not another actor ("Lima said on
// Wednesday" under "Chile has expelled").
func namedAgain(first, second string) bool {
	if i := strings.Index(second, ","); i >= 0 && i < len(second)/2 {
		second = second[i+1:]
	}
	named := map[string]bool{}
	for _, w := range strings.Fields(first) {
		w = strings.Trim(w, ".,;:\"'’“”()")
		if len(w) > 2 && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1] {
			named[w] = true
		}
	}
	for _, w := range strings.Fields(second) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:\"'’“”()"), "'s"), "’s") // "Norway's"
		if w == "" || strings.ToLower(w[:1]) == w[:1] {
			if w == "the" {
				continue
			}
			return false // the subject's name has ended
		}
		if named[w] && w != "The" {
			return true
		}
	}
	return false
}
