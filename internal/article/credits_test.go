package article

import "testing"

// A video's text told in the past, tagged with a credit, is prose; a photo
// caption in the present tense with the same tag stays a caption. The
// lines are written for this test.
func TestCreditedProse(t *testing.T) {
	tests := []struct {
		line  string
		prose bool
	}{
		{"Turkish President Recep Tayyip Erdogan accused Sweden of “harbouring terrorists” and called on Stockholm to “to hand over the suspects at once.” Credit: ahmet.k via Storyful", true},
		{"Thousands of people marched through central Tbilisi on Sunday against the foreign agents law, local media reported. Police said the rally was peaceful. Credit: Instagram/nino.g via Storyful", true},
		{"Prime Minister Mark Carney walks to the podium before a news conference in Ottawa, Canada, on Tuesday. Credit: Jane Roe / EPA via AMNA", false},
	}
	for _, tt := range tests {
		l := classifyLine(tt.line, lowerAligned(tt.line))
		if l.prose != tt.prose {
			t.Errorf("classifyLine(%q).prose = %v, want %v", tt.line, l.prose, tt.prose)
		}
	}
}
