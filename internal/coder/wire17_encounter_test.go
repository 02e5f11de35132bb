package coder

import "testing"

// Seventeenth pass (stop 35, the CONSULT family): news writes a meeting of
// two leaders as an "encounter" ("a remarkable encounter in the Oval
// Office", "a brief encounter at the UN"); a match in sport or a meeting
// with no second state is no such meeting. The sentences are written for
// this test.
func TestWireFormsSeventeenthPassEncounter(t *testing.T) {
	fires := []struct {
		rule string
		body string
		cs   []string
	}{
		{"an encounter told as the setting of an act",
			"President Emmanuel Macron sparred with German Chancellor Friedrich Merz in Berlin on Monday, in a tense encounter over trade.",
			[]string{"DEU", "FRA"}},
		{"an encounter two leaders shared",
			"US President Donald Trump and Brazilian President Lula da Silva shared a warm encounter at the United Nations on Tuesday.",
			[]string{"BRA", "USA"}},
	}
	for _, tt := range fires {
		t.Run(tt.rule, func(t *testing.T) {
			checkCoded(t, tt.body, "CONSULT", tt.cs, true, Options{})
		})
	}
	none := []struct {
		rule string
		body string
	}{
		{"a match in sport",
			"Real Madrid beat Bayern Munich 2-1 on Tuesday in a pulsating encounter at the Bernabeu."},
		{"an encounter with no second state",
			"Japanese Prime Minister Fumio Kishida described his encounter with a bear in Hokkaido on Tuesday."},
	}
	for _, tt := range none {
		t.Run(tt.rule, func(t *testing.T) {
			if evs := Code(art(tt.body, "2025-05-20"), Options{}); len(evs) != 0 {
				t.Errorf("got %s, want nothing", summary(evs))
			}
		})
	}
}
