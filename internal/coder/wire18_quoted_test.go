package coder

import (
	"strings"
	"testing"
)

// Eighteenth pass (stop 36, wrong type): scare quotes inside the phrase
// of an act. The marks say whose words they are; the verb before still
// tells the act, and the country before the noun is still its side. The
// sentences are written for this test.
func TestWireFormsEighteenthPassScareQuotes(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a call with a quoted adjective keeps the tense of the verb before it",
			`Chancellor Olaf Scholz said on Friday that he had a "very constructive" phone call with French President Emmanuel Macron.`,
			"CONSULT", []string{"DEU", "FRA"}, true},
		{"the country after a quoted adjective is the one whose words are rejected",
			`Japan on Wednesday rejected "irresponsible" Chinese comments on the islands.`,
			"REJECT", []string{"CHN", "JPN"}, true},
		{"a quoted noun followed by a participle stays a quotation",
			`The minister said Iran posed a "grave threat" aimed at Israel's security.`,
			"THREATEN", []string{"IRN", "ISR"}, false},
	})
}

// The marks are set aside only around a short quotation of lower-case
// words that the sentence runs on after.
func TestUnquoteScareQuotes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool // the marks are set aside
	}{
		{`signed a "historic" trade deal`, true},
		{`rejected "incomprehensible" US comments`, true},
		{`repudiated "economic coercion" after the warning`, true},
		{`said it would "respond decisively" to any attack`, false},  // a quoted predicate before "to"
		{`called the move "unacceptable", the ministry said`, false}, // punctuation after the marks
		{`a "political killing" planned in advance`, false},          // the noun itself, a participle after
		{`"The talks were very good" he said`, false},                // speech at the start of the sentence
		{`a "long, hard and very detailed process" now`, false},      // punctuation inside
		{`warned of "a very serious and grave" step`, false},         // more than four words
	} {
		toks := tokenize(tt.in)
		got := len(unquoteScareQuotes(toks)) < len(toks)
		if got != tt.want {
			t.Errorf("%s: marks set aside %v, want %v", strings.TrimSpace(tt.in), got, tt.want)
		}
	}
}
