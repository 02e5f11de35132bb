package coder

import "testing"

// Review of stop 47: a noun cue after a "with" that opens the sentence
// has no verb of proceeding before it, and reading one must not index
// before the first token (plannedProceed).
func TestPlannedProceedWithAtStart(t *testing.T) {
	toks := tokenize("with a nuclear bomb is provocative")
	if plannedProceed(toks, clause{0, len(toks)}, match{start: 3, end: 4, head: 3, noun: true}) {
		t.Error("a 'with' opening the clause read as 'proceed with'")
	}
}
