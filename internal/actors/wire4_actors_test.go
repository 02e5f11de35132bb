package actors

import (
	"strings"
	"testing"
)

// Cases of the fourth pass (stop 22) on who a sentence names, each with
// sentences written for the test: forms that overlap, kings named by their
// country, and envoys.
func TestMentionsStop22(t *testing.T) {
	c := testCatalog(t)
	extra := `name	aliases	country	sector	office	from	to
Omar bin Said	King Omar;Omar bin Said Al Qasimi	OMN	GOV	King	2020-01-01	2028-12-31
Omar Haddad	King Omar Haddad	JOR	GOV	King	2027-05-01	
`
	if errs := c.load("stop22.tsv", strings.NewReader(extra), false); len(errs) > 0 {
		t.Fatal(errs)
	}
	c.idx = nil // index the added people
	tests := []struct {
		name string
		text string
		ref  string
		want []string
	}{
		// 1. The longest form at a place wins over a shorter one that
		// starts a word earlier.
		{"council after the organisation's alias", "The United Nations Security Council will vote on Friday.", "2030-06-01",
			[]string{"United Nations Security Council|organisation|UN Security Council||"}},
		{"council after the acronym alias", "Envoys at the UN Security Council walked out.", "2030-06-01",
			[]string{"UN Security Council|organisation|UN Security Council||"}},
		{"organisation alone keeps its article", "Diplomats at the United Nations said the UN would act.", "2030-06-01",
			[]string{"the United Nations|organisation|United Nations||", "the UN|organisation|United Nations||"}},
		{"equal lengths keep the leftmost", "Papua New Guinea and New Zealand signed.", "2030-06-01",
			[]string{"Papua New Guinea|country|Papua New Guinea|PNG|", "New Zealand|country|New Zealand|NZL|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range c.Mentions(tc.text, day(tc.ref)) {
				got = append(got, show(m))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%q:\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
