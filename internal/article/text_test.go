package article

import (
	"strings"
	"testing"
)

func TestFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"plain line":              "plain line",
		"  padded  ":              "padded",
		"two  spaces":             "two spaces",
		"tab\there":               "tab here",
		"é  après":                "é après",
		"nbsp\u00a0here":          "nbsp here",
		"curly ’quotes’ stay put": "curly ’quotes’ stay put",
	} {
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line           string
		date           string
		clock, weekday bool
	}{
		{"16:35 JST, March 10, 2022", "2022-03-10", true, false},
		{"05 Mar 2021 02:03:35 GMT9", "2021-03-05", true, false},
		{"Tue. May 24th, 2022", "2022-05-24", false, true},
		{"Published 8:42 AM EDT, October 12, 2024", "2024-10-12", true, false},
		{"2024-07-22", "2024-07-22", false, false},
		{"The talks on March 10, 2022 ended early", "", false, false},
		{"March 45, 2022", "", false, false},
	}
	for _, tt := range tests {
		d, c, w := dateLine(tt.line)
		if d != tt.date || (d != "" && (c != tt.clock || w != tt.weekday)) {
			t.Errorf("dateLine(%q) = %q %v %v, want %q %v %v", tt.line, d, c, w, tt.date, tt.clock, tt.weekday)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	// Gates must never reject a line the pattern matches.
	for _, tt := range []struct{ pattern, line string }{
		{`(share|tweet)( this)?`, "tweet this"},
		{`.*\b(register|sign up)\b.*\b(free|access)\b.*`, "please sign up for free access"},
		{`(user )?registration`, "registration"},
		{`[-–—•·|*=_~#>]+`, "---"},
		{`\d+ (comments?|replies)`, "12 comments"},
	} {
		p := newGatedPattern(tt.pattern)
		if !(patternList{p}).MatchString(tt.line) {
			t.Errorf("pattern %q (prefix %q, gate %q) rejects %q", tt.pattern, p.prefix, p.gates, tt.line)
		}
	}
}

func TestWordStats(t *testing.T) {
	tests := []struct {
		line  string
		words int
		lower float64
	}{
		{"the talks ended on Tuesday", 5, 0.8},
		{"Markets Close Higher", 3, 0},
		{"  “quoted” words (here)  and\tTabs", 5, 0.8},
		{"Élections à Paris", 3, 1.0 / 3},
		{"12 comments", 2, 1},
		{"", 0, 0},
	}
	for _, tt := range tests {
		w, l := wordStats(tt.line)
		if w != tt.words || l < tt.lower-1e-9 || l > tt.lower+1e-9 {
			t.Errorf("wordStats(%q) = %d, %.3f; want %d, %.3f", tt.line, w, l, tt.words, tt.lower)
		}
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{"May 2, 2024": true, "2024-07-22": true, "12345": false, "at 16:35": false, "": false, "in 1999.": true} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTrimReadMore(t *testing.T) {
	for in, want := range map[string]string{
		"The ministers met on Tuesday. Read more":         "The ministers met on Tuesday.",
		"The ministers met on Tuesday. Continue reading.": "The ministers met on Tuesday.",
		"The ministers met on Tuesday.":                   "The ministers met on Tuesday.",
		"Read more":                                       "Read more", // a whole line is furniture, not a trailer
		"He asked them to spread more":                    "He asked them to spread more",
	} {
		if got := trimReadMore(in, strings.ToLower(in)); got != want {
			t.Errorf("trimReadMore(%q) = %q, want %q", in, got, want)
		}
	}
}
