package actors

import (
	"strings"
	"testing"
)

// Cases of the fifth pass (stop 23) on who a sentence names, each with
// sentences written for the test.
func TestMentionsStop23(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		// 1. News writes the larger Congo without "the", or bare: all of
		// these are the Democratic Republic of the Congo; the smaller
		// country is always named in full.
		{"democratic republic without the article", "The Democratic Republic of Congo and Angola opened the border.",
			[]string{"Democratic Republic of Congo|country|Democratic Republic of the Congo|COD|", "Angola|country|Angola|AGO|"}},
		{"bare Congo is the larger Congo", "Uganda sent troops into eastern Congo last year.",
			[]string{"Uganda|country|Uganda|UGA|", "Congo|country|Democratic Republic of the Congo|COD|"}},
		{"DR Congo", "Burundi and DR Congo signed a border accord.",
			[]string{"Burundi|country|Burundi|BDI|", "DR Congo|country|Democratic Republic of the Congo|COD|"}},
		{"the smaller Congo named in full", "Gabon and the Republic of Congo settled their dispute.",
			[]string{"Gabon|country|Gabon|GAB|", "Republic of Congo|country|Republic of the Congo|COG|"}},
		{"Congo-Brazzaville", "Congo-Brazzaville hosted the summit.",
			[]string{"Congo-Brazzaville|country|Republic of the Congo|COG|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range c.Mentions(tc.text, day("2030-06-01")) {
				got = append(got, show(m))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
