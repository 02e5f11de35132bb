package article

import "testing"

// The short-text detector sums its probabilities in map order; the
// confidence it gives a text is rounded so that the same text gets the
// same value on every run (detectShort). The texts are written for this
// test.
func TestShortTextConfidenceIsStable(t *testing.T) {
	for _, text := range []string{
		"- a dash bulleted line that is lo",
		"the talks went on late into the night",
		"kurz danach sagte er nichts mehr",
	} {
		_, first := identifyLanguage(text)
		for range 30 {
			if _, c := identifyLanguage(text); c != first {
				t.Fatalf("%q: confidence %v, then %v", text, first, c)
			}
		}
	}
}
