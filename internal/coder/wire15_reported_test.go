package coder

import "testing"

// Fifteenth pass (stop 33): the one who describes, holds or weighs a
// report is no side of the act the report tells; an act told before the
// report keeps its sides. The sentences are written for this test.
func TestWireFormsFifteenthPassReported(t *testing.T) {
	tests := []struct {
		rule string
		body string
		typ  string
		cs   []string
	}{
		{"described reports that",
			"Australia's foreign minister described reports that Chinese coast guard vessels fired water cannon at a Philippine supply boat as deeply troubling.",
			"ASSAULT", []string{"CHN", "PHL"}},
		{"has intelligence indicating",
			"The Dutch prime minister said on Monday that the country has intelligence indicating Russian warplanes bombed a Ukrainian convoy near the border.",
			"ASSAULT", []string{"RUS", "UKR"}},
		{"an act told before the report keeps its sides",
			"Russian forces shelled Ukrainian positions near Kharkiv on Monday, despite reports that a truce had been agreed.",
			"ASSAULT", []string{"RUS", "UKR"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			codedOne(t, art(tt.body, "2025-05-20"), tt.typ, tt.cs)
		})
	}
}
