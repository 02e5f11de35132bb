package dedup

import (
	"strings"
	"testing"
)

// tokenWords reads body and gives its entity tokens as the words they came
// from.
func tokenWords(body string) []string {
	byHash := make(map[uint64]string)
	for _, w := range strings.FieldsFunc(body, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}) {
		byHash[fnv1a([]byte(strings.ToLower(w)))] = w
	}
	var r reader
	r.read(body)
	ts, _ := entityTokens(nil, r.words, nil)
	var out []string
	for _, t := range ts {
		out = append(out, byHash[t.hash])
	}
	return out
}

func TestEntityTokens(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		// A run of capitalised words stands for its last word, so a title
		// swapped for a synonym leaves the token as it was.
		{"title and name", "The envoy met Foreign Minister Yoshimasa Hayashi in Liverpool on Saturday.", "Hayashi Liverpool Saturday"},
		{"swapped title", "The envoy met Overseas Minister Yoshimasa Hayashi in Liverpool on Saturday.", "Hayashi Liverpool Saturday"},
		{"organisation", "Fighting between the army and the Rapid Support Forces has trapped 800,000 people.", "Forces 800 000"},
		// A lone capitalised word opening a sentence is a name only if the
		// body capitalises it elsewhere.
		{"sentence opener is a name", "Blinken and Austin will travel. Officials said Blinken would stay.", "Blinken Austin Blinken"},
		{"sentence opener is not a name", "Rescue teams from Egypt arrived on Tuesday.", "Egypt Tuesday"},
		{"opener begins a run", "Prime Minister Pushpa Kamal Dahal flew to the area.", "Dahal"},
		// A sentence made mostly of names and numbers is a list.
		{"list of titles", "They include: Assassin's Creed, Attack on Titan 2, Destiny 2, NBA 2K20, Rage 2, Grid 2019, Gylt, Kine.", ""},
		{"sentence dense with names", "Kyrgyz President Sadyr Japarov spoke by telephone with Tajik President Emomali Rahmon in the evening.", "Japarov Rahmon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(tokenWords(tt.body), " "); got != tt.want {
				t.Errorf("tokens of %q = %q, want %q", tt.body, got, tt.want)
			}
		})
	}
}

// TestEntityShingles checks which pairs are kept: the pairs of two tokens
// that both recur are not, and the joins are the pairs across sentences.
func TestEntityShingles(t *testing.T) {
	ts := []entityToken{{1, 1}, {2, 1}, {3, 2}, {1, 2}, {2, 3}}
	all, joins, _ := entityShingles(nil, nil, ts, nil)
	// Pairs: 1-2 (both recur: left out), 1-3 (skip), 2-3, 2-1 (both
	// recur), 3-1, 3-2 (skip), 1-2 (both recur).
	if len(all) != 4 {
		t.Errorf("%d pairs, want 4", len(all))
	}
	// Joins among them: 1-3 and 2-3 (sentence 1 to 2), 3-2 (2 to 3).
	if len(joins) != 3 {
		t.Errorf("%d joins, want 3", len(joins))
	}
}
