package coder

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// chargedMatches finds what the pattern finds scanning the whole text.
func TestChargedMatchesAsFindAll(t *testing.T) {
	whole := regexp.MustCompile(`\b` + strings.TrimPrefix(chargedDescription.String(), "^"))
	for _, s := range []string{
		"morocco cut ties with iran, accusing the islamic republic of arming the rebels, and blamed the gulf state for the raid.",
		"they held the small nation responsible; self-accused the island nation of nothing; unheld the country of",
		"accused the holding state of lies. holding the state of things, accuses the   central african republic of",
		"no charge here at all",
	} {
		if got, want := fmt.Sprint(chargedMatches(s)), fmt.Sprint(whole.FindAllStringSubmatchIndex(s, -1)); got != want {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}
