package article

import (
	"testing"

	"storyline/internal/capture"
)

// A numeric stamp the article's words leave open is settled by how it is
// written: dots and the twenty-four-hour clock put the day first, the
// twelve-hour clock the month; a stamp with no such sign stays unread.
func TestStampOrder(t *testing.T) {
	const lead = "Foreign ministers of the two countries met in the capital for talks on trade and security, officials said. The talks lasted for three hours and ended with a joint statement on shipping.\n"
	tests := []struct {
		name, stamp, want string
	}{
		{"dots", "03.11.2021", "2021-11-03"},
		{"dots, two-digit year and a clock", "06.02.18 09:15", "2018-02-06"},
		{"twelve-hour clock", "3/9/2022, 11:05 AM (Source: Wire)", "2022-03-09"},
		{"twenty-four-hour clock", "21:10 05/03/2017", "2017-03-05"},
		{"no sign", "05/03/2017", ""},
		{"a version number, no date", "Release 2.4.11", ""},
	}
	for _, tt := range tests {
		page := "World News\n" + tt.stamp + "\n\n" + lead
		a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := deref(a.Published); got != tt.want {
			t.Errorf("%s: %q published %q, want %q", tt.name, tt.stamp, got, tt.want)
		}
	}
}
