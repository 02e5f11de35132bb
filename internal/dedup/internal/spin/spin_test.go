package spin

import (
	"math/rand/v2"
	"strings"
	"testing"
)

const body = `Foreign Minister Yoshimasa Hayashi said on Saturday that the two countries agreed to strengthen their alliance. The talks were important.

Prime Minister Fumio Kishida said he intends to strengthen the defense posture. He told reporters the meeting was useful.

The ministers met on the sidelines of a meeting in Liverpool. They also discussed the situation in the region.

Officials said the next meeting would be held in Tokyo. No date was announced.

The government has yet to clarify its position on the boycott.`

func TestCopiesAreDeterministic(t *testing.T) {
	a := Build(7, []Article{{"x", body}, {"y", strings.ToUpper(body)}})
	b := Build(7, []Article{{"x", body}, {"y", strings.ToUpper(body)}})
	if len(a) != len(b) || len(a) != 2*(1+len(CopyKinds)) {
		t.Fatalf("Build gave %d and %d records", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("record %d differs between two builds with one seed", i)
		}
	}
}

func TestCopyKinds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := len(paragraphs(body))
	tests := []struct {
		name  string
		copy  string
		check func(string) bool
	}{
		{"trim keeps 60% of paragraphs", Trim(r, body), func(s string) bool {
			k := len(paragraphs(s))
			return k < n && k*10 >= n*6
		}},
		{"rewrap adds lines", Rewrap(r, body), func(s string) bool { return len(paragraphs(s)) > n && strings.Contains(s, paragraphs(body)[2]) }},
		{"reword swaps words", Reword(r, body, 1), func(s string) bool { return !strings.Contains(s, " said ") && strings.Contains(s, "Liverpool") }},
	}
	for _, tt := range tests {
		if !tt.check(tt.copy) {
			t.Errorf("%s: got\n%s", tt.name, tt.copy)
		}
	}
}

func TestSameEventSharesNamesNotWording(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	e := Events[0]
	got := SameEvent(r, body, e)
	for _, want := range []string{e.People[0], e.People[1], e.Place, e.Date, e.Quote} {
		if !strings.Contains(got, want) {
			t.Errorf("SameEvent lacks %q", want)
		}
	}
	if strings.Contains(got, "Yoshimasa Hayashi") {
		t.Errorf("SameEvent kept the article's own names")
	}
}
