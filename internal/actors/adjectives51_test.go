package actors

import (
	"testing"
	"time"
)

// Stop 51: adjectives that news writes beside the commoner ones name their
// country ("the Slovenian government" as well as "the Slovene government").
// Sentences written for this test.
func TestOtherCountryAdjectives(t *testing.T) {
	ref := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	for adj, want := range map[string]string{
		"Slovenian": "SVN", "Slovakian": "SVK", "Argentinian": "ARG", "Somalian": "SOM",
		"Icelandic": "ISL", "Luxembourgish": "LUX", "Vanuatuan": "VUT",
		"Slovene": "SVN", // an older form, unchanged
	} {
		body := "The " + adj + " government said on Monday that it would reply."
		got := ""
		for _, m := range Default().Mentions(body, ref) {
			got += m.Country
		}
		if got != want {
			t.Errorf("%q: countries %q, want %q", body, got, want)
		}
	}
}
