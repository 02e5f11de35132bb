package coder

import (
	"strings"
	"testing"

	"storyline/internal/article"
)

// TestRunOnTextIsNotCoded: a "sentence" longer than maxSentenceTokens (a
// list or text with no full stops) is not read by the rules, so its cost
// stays linear in the page; a long sentence of real news length still is.
// The sentences are written for this test.
func TestRunOnTextIsNotCoded(t *testing.T) {
	pub := "2025-06-04"
	code := func(body string) int {
		return len(Code(article.Article{Source: "test.txt", Body: body, Language: "en", Published: &pub}, Options{NoLearnedFilter: true}))
	}
	one := "Kenya and Uganda agreed to hold talks on the border"
	// A long sentence of the kind news writes: about 60 words, one act.
	long := one + " on Monday, officials said, adding that the two delegations, led by their foreign ministers and" +
		" including trade, security and water officials from both capitals, would also review the state of the" +
		" railway, the pipeline and the fishing grounds of the lake that the two countries share."
	if code(long) == 0 {
		t.Errorf("a 60-word news sentence gave no event")
	}
	// Run-on text: the same clause 400 times with no full stop.
	runOn := strings.Repeat(one+" and ", 400) + "nothing else."
	if n := code(runOn); n != 0 {
		t.Errorf("a run-on text of %d words gave %d events, want none", len(strings.Fields(runOn)), n)
	}
	// Must not: the same clauses as sentences are each read.
	if code(strings.Repeat(one+". ", 5)) == 0 {
		t.Errorf("five short sentences gave no event")
	}
}
