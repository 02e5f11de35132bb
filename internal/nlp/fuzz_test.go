package nlp

import "testing"

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"The U.S. The end.", "\"Why?\" he asked.", "a\n\nb", "J.R.R. Tolkien", "3.5 percent...", "Japan's don't n't '",
		"U.S.-Japan", "…", "\r\n", "(Yes.) No.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkSentences(t, body, Split(body))
	})
}
