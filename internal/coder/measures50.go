package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Thirty-second pass (stop 50, C): measures lifted, tightened and
// withdrawn, own wire sentences.

// borderCheckWords name the checks a state tightens at its border
// (cues.tsv, "Thirty-second pass"); borderWords the border or customs
// they are held at.
var (
	borderCheckWords = []string{"check", "control", "inspection"}
	borderWords      = []string{"border", "customs", "frontier"}
)

// borderChecksUnaimed reports a SANCTION told as checks tightened at a
// border whose sentence names no country but the one tightening them:
// "Japan would strengthen border checks after the escape" guards every
// border against everyone, and the country the page pairs with Japan is
// no neighbour it aims at. A reader takes the neighbour of "tightened
// customs checks" from the sentence ("Kyrgyz officials said Tajikistan
// had tightened control along the border"), so pageSides completes such
// an act only with a country its own sentence names.
func borderChecksUnaimed(e event.Event, sents []nlp.Sentence, named [][]string, other string) bool {
	if e.Type != "SANCTION" || len(e.Evidence) == 0 {
		return false
	}
	ev := e.Evidence[0]
	si := slices.IndexFunc(sents, func(s nlp.Sentence) bool { return s.Start <= ev.Start && ev.Start < s.End })
	if si < 0 {
		return false
	}
	text := strings.ToLower(ev.Text)
	if !containsAny(text, borderCheckWords) || !containsAny(text, borderWords) {
		return false
	}
	return !slices.Contains(named[si], other)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
