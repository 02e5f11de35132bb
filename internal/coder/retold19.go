package coder

import (
	"strings"

	"storyline/internal/timex"
)

// The body retells the lead's act lower down with its day in more places
// than right after the verb: before it, between the subject and the verb
// ("The country's security services on Wednesday arrested 32 men"), and
// at the end of the verb's own clause, after its object and place
// ("confirmed he had requested asylum from the embassy in Lima on
// Saturday, hours after the court order"). A day after a comma, or after
// a word that opens another clause ("a raid that began on Monday", "men
// who arrived on Sunday", "after the attack on Friday"), is another act's.

// retellObjectWords is how many words may stand between the verb and its
// day in the verb's own clause.
const retellObjectWords = 8

// dayBeforeVerb reports a day written right before the verb, with only
// spaces between ("on Wednesday arrested", "Wednesday arrested").
func dayBeforeVerb(text string, x timex.Expression, verb token) bool {
	return x.End <= verb.start && strings.TrimSpace(text[x.End:verb.start]) == ""
}

// otherActWords open a clause or a phrase whose day is another act's.
var otherActWords = map[string]bool{
	"that": true, "to": true, "and": true, "or": true, "but": true, "as": true, "by": true,
	"for": true, "of": true, "during": true,
}

// sameClauseDay reports that between, the words from the verb to its day,
// stay in the verb's own clause: no punctuation that closes it, no word
// that opens another clause, and at most retellObjectWords words.
func sameClauseDay(between string) bool {
	if strings.ContainsAny(between, ",;:()—–\"“”") {
		return false
	}
	words := strings.Fields(between)
	if len(words) > retellObjectWords {
		return false
	}
	for _, w := range words {
		if otherClauseWords[w] || otherActWords[w] {
			return false
		}
	}
	return true
}
