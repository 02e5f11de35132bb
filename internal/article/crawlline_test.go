package article

import (
	"strings"
	"testing"

	"storyline/internal/capture"
)

func TestParseCrawlLine(t *testing.T) {
	tests := []struct {
		line, date, outlet, rest string
		ok                       bool
	}{
		{" date 2024-07-22  Japan Today", "2024-07-22", "Japan Today", "", true},
		{" date 2024-07-22", "", "", "", false},
		{" date 2024-07-22  Japan Today  TOKYO (Reuters) - Ministers met on Monday.", "2024-07-22", "Japan Today", "TOKYO (Reuters) - Ministers met on Monday.", true},
		{"  date 2025-12-05 Russian President Vladimir Putin arrived in New Delhi on Thursday.", "2025-12-05", "", "Russian President Vladimir Putin arrived in New Delhi on Thursday.", true},
		{" date 2025-09-09 Israel strikes Hamas officials in Qatar", "2025-09-09", "", "Israel strikes Hamas officials in Qatar", true},
		{" date 2024-07-22  Foreign ministers of the two countries will meet in Tokyo on July 28", "2024-07-22", "", "Foreign ministers of the two countries will meet in Tokyo on July 28", true},
		{" date 2024-07-22  Reuters.", "2024-07-22", "", "Reuters.", true},
		{" date 2024-07-22T09:30:00Z  The Diplomat", "2024-07-22", "The Diplomat", "", true},
		{" date 2025-05-10 2 soldiers were killed on Saturday.", "2025-05-10", "", "2 soldiers were killed on Saturday.", true},
		{"Ministers met on the date 2024-07-22 in Tokyo.", "", "", "", false},
	}
	for _, tc := range tests {
		date, outlet, i, ok := parseCrawlLine(tc.line)
		rest := ""
		if i >= 0 {
			rest = tc.line[i:]
		}
		if ok != tc.ok || date != tc.date || outlet != tc.outlet || rest != tc.rest {
			t.Errorf("parseCrawlLine(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", tc.line, date, outlet, rest, ok, tc.date, tc.outlet, tc.rest, tc.ok)
		}
	}
}

// The page's first line, run into the crawl line, is kept in the body.
func TestCrawlLineLeadKept(t *testing.T) {
	const lead = "Russian President Vladimir Putin arrived in New Delhi on Thursday evening for a two-day state visit, his first since the war began."
	page := " date 2025-12-05 " + lead + "\n" +
		"Prime Minister Narendra Modi received him at the airport and the two leaders drove together to a private dinner at his residence.\n" +
		"The two sides are expected to sign agreements on trade, energy and defence cooperation during the annual summit on Friday.\n"
	a, err := Extract(capture.Capture{Source: "lead.txt", ContentType: "text/plain", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, lead) {
		t.Errorf("body lost the lead run into the crawl line:\n%s", a.Body)
	}
	if strings.Contains(a.Body, "2025-12-05") {
		t.Errorf("body keeps the crawl date:\n%s", a.Body)
	}
	if a.Published == nil || *a.Published != "2025-12-05" {
		t.Errorf("published = %v, want 2025-12-05", a.Published)
	}
	if a.Publisher != nil {
		t.Errorf("publisher = %q, want none", *a.Publisher)
	}
}

func FuzzParseCrawlLine(f *testing.F) {
	f.Add(" date 2024-07-22  Japan Today  TOKYO (Reuters) - Ministers met.")
	f.Add(" date 2025-12-05 Putin arrived.")
	f.Fuzz(func(t *testing.T, line string) {
		date, outlet, i, ok := parseCrawlLine(line)
		if !ok {
			return
		}
		if len(date) != len("2024-07-22") || !strings.Contains(line, date) || !strings.Contains(line, outlet) {
			t.Fatalf("parseCrawlLine(%q) = %q, %q: not parts of the line", line, date, outlet)
		}
		if i >= 0 && (i > len(line) || strings.TrimSpace(line[i:]) == "") {
			t.Fatalf("parseCrawlLine(%q): rest at %d is empty", line, i)
		}
	})
}
