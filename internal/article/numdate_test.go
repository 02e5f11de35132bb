package article

import (
	"testing"
	"time"

	"storyline/internal/capture"
)

// Numeric date lines: read where the order of day and month is plain, two
// readings kept where it is not.
func TestNumericDateLines(t *testing.T) {
	tests := []struct {
		line, date, other string
	}{
		{"15-05-2019 23:28 IST", "2019-05-15", ""},     // a part above 12: the day
		{"03/23/2016, 06:57 PM", "2016-03-23", ""},     // the month first
		{"2019.10.07", "2019-10-07", ""},               // the year first
		{"2020/7/3", "2020-07-03", ""},                 // the year first, short parts
		{"Sat, 28-Jun-2025", "2025-06-28", ""},         // a month word between dashes
		{"09-07-2025", "2025-07-09", "2025-09-07"},     // either way
		{"time08-07-2025", "2025-07-08", "2025-08-07"}, // a label run into it
		{"05/05/2021", "2021-05-05", ""},               // both readings one day
		{"31/02/2021", "", ""},                         // no such day
		{"09-07/2025", "", ""},                         // two separators
		{"Call 12-34-5678 now", "", ""},
		{"Talks in Geneva ended on 09-07-2025 without a deal", "", ""}, // a sentence, not a stamp
	}
	for _, tt := range tests {
		d, o, _, _ := dateLineReadings(tt.line)
		if d != tt.date || o != tt.other {
			t.Errorf("dateLineReadings(%q) = %q, %q; want %q, %q", tt.line, d, o, tt.date, tt.other)
		}
		if want := tt.date; tt.other != "" {
			if d, _, _ := dateLine(tt.line); d != "" {
				t.Errorf("dateLine(%q) = %q, want no date: the line does not say which reading", tt.line, d)
			}
		} else if d, _, _ := dateLine(tt.line); d != want {
			t.Errorf("dateLine(%q) = %q, want %q", tt.line, d, want)
		}
	}
}

// An ambiguous stamp is settled only by what the page says elsewhere.
func TestSettleReadings(t *testing.T) {
	tests := []struct {
		name, first, other, text, want string
	}{
		{"the month named", "2025-07-09", "2025-09-07", "The talks, first planned for July, opened in Rome.", "2025-07-09"},
		{"the other month named", "2025-07-09", "2025-09-07", "The September talks opened in Rome.", "2025-09-07"},
		{"weekday of the day or the day before", "2025-07-08", "2025-08-07", "The leaders met in Windsor on Tuesday morning.", "2025-07-08"},
		{"both months named", "2025-07-09", "2025-09-07", "Talks moved from July to September.", ""},
		{"nothing said", "2019-10-07", "2019-07-10", "The president threatened to obliterate the economy.", ""},
		{"month and weekday disagree", "2025-07-08", "2025-08-07", "In August the leaders met on Tuesday.", ""},
		{"'may' the verb is no month", "2021-05-06", "2021-06-05", "Officials may meet again soon.", ""},
		{"a weekday far from both", "2025-07-09", "2025-09-07", "They met on Friday.", ""},
	}
	for _, tt := range tests {
		if got := settleReadings(tt.first, tt.other, tt.text); got != tt.want {
			t.Errorf("%s: settleReadings(%s, %s) = %q, want %q", tt.name, tt.first, tt.other, got, tt.want)
		}
	}
}

// A page whose only date is an ambiguous stamp takes it when the article
// settles it, and stays undated when it does not.
func TestNumericStampPublished(t *testing.T) {
	const lead = "Foreign ministers of the two countries met in the capital for talks on trade and security, officials said. The talks lasted for three hours and ended with a joint statement on shipping.\n"
	tests := []struct {
		name, page string
		want       string
	}{
		{"settled by a weekday", "World News\n09-07-2025\n\n" + lead + "They met again on Wednesday to sign the statement.\n", "2025-07-09"},
		{"left when nothing settles it", "World News\n09-07-2025\n\n" + lead, ""},
		{"plain when the day is above 12", "World News\n15-05-2019\n\n" + lead, "2019-05-15"},
	}
	for _, tt := range tests {
		a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(tt.page)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := deref(a.Published)
		if got != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The numeric date parser gives a real day inside the line, or nothing.
func FuzzNumericDate(f *testing.F) {
	for _, s := range []string{"09-07-2025", "2019.10.07", "sat, 28-jun-2025", "10/7/2019, 5:42 pm", "31/31/2031", "1-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nd, ok := numericDate(s)
		if !ok {
			return
		}
		if nd.start < 0 || nd.end > len(s) || nd.start > nd.end {
			t.Fatalf("numericDate(%q): bytes %d..%d outside the line", s, nd.start, nd.end)
		}
		if !validDay(nd.y, nd.m, nd.d) {
			t.Fatalf("numericDate(%q) = %d-%d-%d, no such day", s, nd.y, nd.m, nd.d)
		}
		if nd.other != "" {
			if _, err := time.Parse(time.DateOnly, nd.other); err != nil {
				t.Fatalf("numericDate(%q): second reading %q is no date", s, nd.other)
			}
		}
	})
}
