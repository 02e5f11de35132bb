package server

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/internal/event"
	"storyline/internal/store"
)

func TestHighlight(t *testing.T) {
	body := "Headline\nFirst sentence here. The ministers met in Tokyo. Last one.\nNext paragraph."
	start := strings.Index(body, "The ministers")
	end := strings.Index(body, " Last")
	tests := []struct {
		name        string
		start, end  int
		context     int
		ok          bool
		before, mk  string
		after       string
		cut         bool
		description string
	}{
		{"paragraph", start, end, 200, true, "First sentence here. ", "The ministers met in Tokyo.", " Last one.", true, "keeps the paragraph"},
		{"whole", start, end, 0, true, body[:start], "The ministers met in Tokyo.", body[end:], false, "keeps everything"},
		{"short context", start, end, 8, true, "here. ", "The ministers met in Tokyo.", " Last", true, "cuts at words"},
		{"empty", 5, 5, 10, false, "", "", "", false, ""},
		{"reversed", 10, 5, 10, false, "", "", "", false, ""},
		{"past end", 10, len(body) + 1, 10, false, "", "", "", false, ""},
		{"negative", -1, 4, 10, false, "", "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := highlight(body, tt.start, tt.end, tt.context)
			if x.OK != tt.ok {
				t.Fatalf("OK = %v, want %v", x.OK, tt.ok)
			}
			if !tt.ok {
				return
			}
			if x.Before != tt.before || x.Mark != tt.mk || x.After != tt.after || x.Cut != tt.cut {
				t.Errorf("got %q [%q] %q cut=%v, want %q [%q] %q cut=%v", x.Before, x.Mark, x.After, x.Cut, tt.before, tt.mk, tt.after, tt.cut)
			}
		})
	}
	// Offsets inside a UTF-8 sequence do not fit.
	if x := highlight("café au lait", 4, 6, 0); x.OK {
		t.Errorf("offset inside é accepted: %+v", x)
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Headline\nThe ministers met. More.", 9, 27, 5)
	f.Add("café — naïve", 1, 7, 2)
	f.Add("", 0, 0, 0)
	f.Fuzz(func(t *testing.T, body string, start, end, context int) {
		x := highlight(body, start, end, context%2000)
		if !x.OK {
			return
		}
		if x.Mark != body[start:end] {
			t.Fatalf("mark %q, want body[%d:%d] = %q", x.Mark, start, end, body[start:end])
		}
		joined := x.Before + x.Mark + x.After
		if !strings.Contains(body, joined) {
			t.Fatalf("parts %q are not a piece of the body", joined)
		}
		if utf8.ValidString(body) && (!utf8.ValidString(x.Before) || !utf8.ValidString(x.After)) {
			t.Fatalf("parts of valid UTF-8 cut inside a rune: %q %q", x.Before, x.After)
		}
	})
}

func TestSafeLink(t *testing.T) {
	tests := []struct {
		raw  string
		ok   bool
		want string
	}{
		{"https://example.com/a?b=1", true, "https://example.com/a?b=1"},
		{"HTTP://Example.com/", true, "http://Example.com/"},
		{"  https://example.com/x  ", true, "https://example.com/x"},
		{"javascript:alert(1)", false, ""},
		{"JaVaScRiPt:alert(1)//https://x.com", false, ""},
		{"data:text/html,<script>alert(1)</script>", false, ""},
		{"/relative/path", false, ""},
		{"//example.com/protocol-relative", false, ""},
		{"vbscript:msgbox", false, ""},
		{"https:///nohost", false, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		got, ok := safeLink(tt.raw)
		if ok != tt.ok || got != tt.want {
			t.Errorf("safeLink(%q) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDateLabel(t *testing.T) {
	tests := []struct {
		start, end string
		grain      event.Grain
		want       string
	}{
		{"2024-07-28", "2024-07-28", event.GrainDay, "Sun 28 Jul 2024"},
		{"2024-07-27", "2024-07-30", event.GrainRange, "27–30 Jul 2024"},
		{"2024-07-30", "2024-08-02", event.GrainRange, "30 Jul – 2 Aug 2024"},
		{"2024-12-30", "2025-01-02", event.GrainRange, "30 Dec 2024 – 2 Jan 2025"},
		{"2024-07-01", "2024-07-31", event.GrainMonth, "July 2024"},
		{"2024-07-22", "2024-07-28", event.GrainWeek, "week of 22 Jul 2024"},
		{"2024-01-01", "2024-12-31", event.GrainYear, "2024"},
		{"garbage", "", event.GrainDay, "garbage"},
	}
	for _, tt := range tests {
		if got := dateLabel(&event.Date{Start: tt.start, End: tt.end, Grain: tt.grain}); got != tt.want {
			t.Errorf("dateLabel(%s..%s %s) = %q, want %q", tt.start, tt.end, tt.grain, got, tt.want)
		}
	}
}

func TestSplitSnippet(t *testing.T) {
	got := splitSnippet("the «talks» in «Tokyo» end")
	want := []snippetPart{{"the ", false}, {"talks", true}, {" in ", false}, {"Tokyo", true}, {" end", false}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("part %d = %v, want %v", i, got[i], want[i])
		}
	}
	if p := splitSnippet("open «end"); len(p) != 2 || !p[1].Match || p[1].Text != "end" {
		t.Errorf("unclosed mark: %v", p)
	}
}

func TestParseEventFilter(t *testing.T) {
	tests := []struct {
		query  string
		strict bool
		ok     bool
		check  func(f store.Filter) bool
	}{
		{"", true, true, func(f store.Filter) bool { return f.Limit == defaultLimit && f.Offset == 0 }},
		{"pair=jpn,usa&pair=JPN", true, true, func(f store.Filter) bool { return strings.Join(f.Pair, ",") == "JPN,USA" }},
		{"type=consult&status=Planned&mode=Visit", true, true, func(f store.Filter) bool {
			return f.Type == "CONSULT" && f.Status == "planned" && f.Mode == "visit"
		}},
		{"from=2024-01-01&to=2024-01-01&limit=1000&offset=20", true, true, func(f store.Filter) bool {
			return f.From == "2024-01-01" && f.Limit == 1000 && f.Offset == 20
		}},
		{"q=+security++talks+&actor=antony-blinken-usa", true, true, func(f store.Filter) bool {
			return f.Text == "security  talks" && f.Actor == "antony-blinken-usa"
		}},
		{"type=&status=&pair=&pair=", true, true, func(f store.Filter) bool { return f.Type == "" && len(f.Pair) == 0 }},
		{"colour=red", true, false, nil},
		{"colour=red", false, true, nil},
		{"pair=US", true, false, nil},
		{"pair=A,B,C,D,E,F,G,H,I", true, false, nil},
		{"limit=1001", true, false, nil},
		{"offset=x", true, false, nil},
		{"to=2024-02-30", true, false, nil},
		{"from=2024-02-02&to=2024-02-01", true, false, nil},
		{"mode=a%20b", true, false, nil},
		{"q=" + strings.Repeat("x", 501), true, false, nil},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		f, err := parseEventFilter(q, tt.strict, defaultLimit)
		if (err == nil) != tt.ok {
			t.Errorf("%q: err = %v, want ok = %v", tt.query, err, tt.ok)
			continue
		}
		if err == nil && tt.check != nil && !tt.check(f) {
			t.Errorf("%q: filter %+v", tt.query, f)
		}
	}
}

func FuzzEventFilter(f *testing.F) {
	f.Add("pair=JPN,USA&type=consult&limit=10")
	f.Add("from=2024-01-01&to=2023-01-01")
	f.Add("q=%00%ff&mode=visit&offset=99999999999999999999")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		flt, err := parseEventFilter(q, true, defaultLimit)
		if err != nil {
			if !strings.Contains(err.Error(), "parameter") {
				t.Fatalf("error %q does not name the parameter", err)
			}
			return
		}
		if flt.Limit < 1 || flt.Limit > maxLimit || flt.Offset < 0 || flt.Offset > maxOffset {
			t.Fatalf("paging out of range: %d %d", flt.Limit, flt.Offset)
		}
		for _, c := range flt.Pair {
			if len(c) != 3 || strings.ToUpper(c) != c {
				t.Fatalf("pair code %q", c)
			}
		}
		if flt.From != "" && flt.To != "" && flt.From > flt.To {
			t.Fatalf("from %s after to %s", flt.From, flt.To)
		}
	})
}
