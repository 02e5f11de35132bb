package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// TestWireFormsTwentySecondPassTravellers: a craft named by its kind, a
// craft's course after its head, and private people are no officials on a
// visit (arrivals.go). Sentences written for this test.
func TestWireFormsTwentySecondPassTravellers(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"jet flying from", "A Ryanair jet flying from Greece to Lithuania was forced to land in Minsk on Sunday.",
			"CONSULT", []string{"BLR", "GRC", "LTU"}, false},
		{"navy ship", "An Australian navy ship arrived in Fiji on Tuesday.",
			"CONSULT", []string{"AUS", "FJI"}, false},
		{"officials still visit", "Russian officials travelled to Georgia on Monday for talks on trade.",
			"CONSULT", []string{"GEO", "RUS"}, true},
	})
}

// TestWireFormsTwentySecondPassCountedPerson: a person told by a
// nationality used as a noun, counted or with "a", makes no visit
// (arrivals20.go). Sentences written for this test.
func TestWireFormsTwentySecondPassCountedPerson(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a Russian who", "A Russian who arrived in Prague on Monday was carrying ricin, Czech police said.",
			"CONSULT", []string{"CZE", "RUS"}, false},
		{"counted Saudis who", "Fifteen Saudis who travelled to Istanbul on Tuesday were involved in the killing, Turkey said.",
			"CONSULT", []string{"SAU", "TUR"}, false},
		{"a delegation still visits", "A Russian delegation arrived in Istanbul on Thursday for talks with Turkey.",
			"CONSULT", []string{"RUS", "TUR"}, true},
	})
}

// TestWireFormsTwentySecondPassHomelandSecretary: a Secretary of Homeland
// Security named in full is the United States, and a given name that is a
// country's ("Chad Wolf") names no country (actors people/usa.tsv).
// Sentences written for this test, coded on a day of the holder's tenure.
func TestWireFormsTwentySecondPassHomelandSecretary(t *testing.T) {
	cases := []struct {
		body string
		cs   []string
		want bool
	}{
		{"Acting Secretary Chad Wolf travelled to Guatemala on Monday for talks on migration.", []string{"GTM", "USA"}, true},
		{"Acting Secretary Chad Wolf travelled to Guatemala on Monday for talks on migration.", []string{"GTM", "TCD"}, false},
		{"Chadian President Idriss Deby travelled to Guatemala on Monday.", []string{"GTM", "TCD"}, true},
	}
	for _, tt := range cases {
		evs := Code(art(tt.body, "2020-07-29"), Options{})
		got := slices.ContainsFunc(evs, func(e event.Event) bool {
			return e.Type == "CONSULT" && slices.Equal(e.Countries(), tt.cs)
		})
		if got != tt.want {
			t.Errorf("%q: got %s, want CONSULT %v coded: %v", tt.body, summary(evs), tt.cs, tt.want)
		}
	}
}
