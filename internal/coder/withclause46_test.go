package coder

import "testing"

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck, own wire
// sentences): an absolute clause after ", with" has its own subject
// (withclause46.go).
func TestWireFormsTwentyEighthPassAbsoluteWith(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the subject after with is no party to the war",
			"Armenia and Azerbaijan went to war in September, with Russia stepping in briefly to broker a truce.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"the war with the third joined is gone",
			"Armenia and Azerbaijan went to war in September, with Russia stepping in briefly to broker a truce.",
			"ASSAULT", []string{"ARM", "AZE", "RUS"}, false},
		{"the absolute clause's own act",
			"Ghana protested the decision on Monday, with Accra recalling its ambassador from Togo.",
			"SANCTION", []string{"GHA", "TGO"}, true},
		{"with and a name but no participle stays one clause",
			"Kenya signed the deal with Uganda on Monday.",
			"AGREE", []string{"KEN", "UGA"}, true},
	})
}

func TestAbsoluteWith(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Iran and Israel fought in June , with the United States stepping in", true},
		{"Spain protested , with Madrid recalling its envoy", true},
		{"Kenya signed a deal , with Uganda on Monday", false},
		{"talks went on , with little progress being made", false},
	} {
		toks := tokenize(tt.text)
		comma := -1
		for i, tk := range toks {
			if tk.lower == "," {
				comma = i
			}
		}
		if got := absoluteWith(toks, comma); got != tt.want {
			t.Errorf("absoluteWith(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
