package coder

import "testing"

// Seventeenth pass (stop 35), a conversation named by whom it was with:
// "following her conversation with the Chinese president". English news
// names a leaders' talk this way once it has been told, so the noun with
// "with" is a consultation. The bare "call with" stays no cue: on the
// benchmark's news pages it names a call told long before, in a sentence
// dated by something else ("described Trump's call with Zelenskiy as
// improper" in a story of testimony), and a conference call with reporters
// names no second government. The sentences are written for this test.
func TestWireFormsSeventeenthPassCallWith(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a conversation with a leader is a consultation",
			"The German chancellor described her conversation with French President Emmanuel Macron on Monday as friendly.",
			"CONSULT", []string{"DEU", "FRA"}, true},
		{"a first conversation with a new leader is a consultation",
			"The Portuguese prime minister called his first conversation with Spanish Prime Minister Pedro Sanchez on Tuesday a warm one.",
			"CONSULT", []string{"ESP", "PRT"}, true},
		{"a call with a leader told in later testimony is no new consultation",
			"The witness described the president's call with Kenyan President William Ruto as improper, the Tanzanian lawmakers said.",
			"CONSULT", []string{"KEN", "TZA"}, false},
		{"a conference call with reporters is no consultation",
			"On a conference call with reporters on Friday, the Brazilian minister praised Argentina's economic reforms.",
			"CONSULT", []string{"ARG", "BRA"}, false},
	})
}
