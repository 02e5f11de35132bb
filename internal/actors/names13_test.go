package actors

import "testing"

// TestMonthBeforeNumberIsNoFamilyName checks that a month's name before a
// number ("LONDON, May 13 (Reuters)", "in May 2019") is a date, while the
// same word standing alone or with the given name stays the office holder.
func TestMonthBeforeNumberIsNoFamilyName(t *testing.T) {
	c := Default()
	ref := day("2019-05-14")
	tests := []struct {
		text   string
		person bool
	}{
		{"LONDON, May 13 (Reuters) - Britain said the talks would go on.", false},
		{"LONDON, May 13, 2019 (Reuters) - Britain said the talks would go on.", false},
		{"In May 2018, Britain expelled two diplomats.", false},
		{"British Prime Minister Theresa May met the Irish leader in London.", true},
		{"Prime Minister May flew to Brussels on Monday.", true},
	}
	for _, tt := range tests {
		person := false
		for _, m := range c.Mentions(tt.text, ref) {
			if m.Kind == Person && m.Country == "GBR" {
				person = true
			}
		}
		if person != tt.person {
			t.Errorf("Mentions(%q): a British person found = %v, want %v", tt.text, person, tt.person)
		}
	}
}

// TestProvincesAreRegions checks that Ontario named alone is the Canadian
// province, not the Californian town of that name the city list added.
func TestProvincesAreRegions(t *testing.T) {
	c := Default()
	for _, text := range []string{
		"Workers at a plant in the southwestern Ontario city walked out.",
		"Flooding closed roads across Ontario on Monday.",
	} {
		n := 0
		for _, m := range c.Mentions(text, day("2025-06-01")) {
			if m.Kind != Place {
				continue
			}
			n++
			if m.Country != "CAN" {
				t.Errorf("Mentions(%q): %q placed in %q, want CAN", text, m.Text, m.Country)
			}
		}
		if n == 0 {
			t.Errorf("Mentions(%q): no place found", text)
		}
	}
}
