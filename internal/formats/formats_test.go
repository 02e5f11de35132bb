package formats

import (
	"encoding/csv"
	"strings"
	"testing"

	"storyline/internal/event"
)

func strp(s string) *string { return &s }

func sample() []event.Event {
	usa, jpn, prk := strp("USA"), strp("JPN"), strp("PRK")
	return []event.Event{
		{ID: "e1", Type: "CONSULT", Mode: "meet", Status: event.Occurred,
			Date:     &event.Date{Start: "2024-07-28", End: "2024-07-28"},
			Location: &event.Location{Name: "Tokyo", Country: jpn},
			Actors: []event.Actor{
				{Name: "Antony Blinken", Title: strp("Secretary of State"), Country: usa, Role: event.RoleParticipant, Sector: "GOV"},
				{Name: "Yoko Kamikawa", Title: strp("Foreign Minister"), Country: jpn, Role: event.RoleParticipant, Sector: "GOV"},
				{Name: "Lloyd Austin", Country: usa, Role: event.RoleParticipant, Sector: "MIL"},
			}},
		{ID: "e2", Type: "THREATEN", Status: event.Occurred,
			Actors: []event.Actor{
				{Name: "Japan", Country: jpn, Role: event.RoleTarget},
				{Name: "North Korea", Country: prk, Role: event.RoleSource},
				{Name: "the UN", Role: event.RoleTarget},
			}},
		{ID: "e3", Type: "ASSAULT", Mode: "firearms", Actors: []event.Actor{{Name: "A\tgang\nof \"men\"", Role: event.RoleSource}}},
	}
}

func write(t *testing.T, newW func(w *strings.Builder) *Writer, articles [][]string) [][]string {
	t.Helper()
	var b strings.Builder
	w := newW(&b)
	for i, e := range sample() {
		if err := w.Write(e, articles[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(b.String()))
	r.Comma = '\t'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v\n%s", err, b.String())
	}
	if n := strings.Count(b.String(), "\n"); n != len(rows) {
		t.Errorf("%d lines for %d rows: a field spans lines", n, len(rows))
	}
	return rows
}

func col(header []string, name string) int {
	for i, h := range header {
		if h == name {
			return i
		}
	}
	panic("no column " + name)
}

func TestPOLECAT(t *testing.T) {
	rows := write(t, func(w *strings.Builder) *Writer { return NewPOLECAT(w) }, [][]string{{"a1", "a2"}, {"a3"}, nil})
	if len(rows) != 4 || strings.Join(rows[0], "|") != strings.Join(POLECATHeader, "|") {
		t.Fatalf("rows %q", rows)
	}
	get := func(row int, c string) string { return rows[row][col(POLECATHeader, c)] }
	for _, c := range []struct {
		row       int
		col, want string
	}{
		{1, "Event ID", "e1"},
		{1, "Event Date", "2024-07-28"},
		{1, "Quad Code", "1"},
		{1, "Actor Name", "Antony Blinken; Lloyd Austin"}, // the first participant's country acts
		{1, "Actor Country", "USA; USA"},
		{1, "Primary Actor Sector", "GOV"},
		{1, "Actor Title", "Secretary of State; "},
		{1, "Recipient Name", "Yoko Kamikawa"},
		{1, "Recipient Country", "JPN"},
		{1, "Placename", "Tokyo"},
		{1, "Country", "JPN"},
		{1, "Latitude", ""},
		{1, "Story IDs", "a1; a2"},
		{2, "Event Date", ""},
		{2, "Quad Code", "3"},
		{2, "Actor Name", "North Korea"},
		{2, "Recipient Name", "Japan; the UN"},
		{2, "Recipient Country", "JPN; "},
		{3, "Actor Name", `A gang of "men"`},
		{3, "Quad Code", "4"},
	} {
		if got := get(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestCAMEO(t *testing.T) {
	rows := write(t, func(w *strings.Builder) *Writer { return NewCAMEO(w) }, [][]string{{"a1"}, {"a3"}, {"a4"}})
	get := func(row int, c string) string { return rows[row][col(CAMEOHeader, c)] }
	for _, c := range []struct {
		row       int
		col, want string
	}{
		{1, "CAMEO Code", "04"},
		{1, "PLOVER Type", "CONSULT"},
		{1, "Source Sectors", "GOV; MIL"},
		{1, "Target Country", "JPN"},
		{2, "CAMEO Code", "13"},
		{2, "Source Country", "PRK"},
		{3, "CAMEO Code", "19"}, // ASSAULT by firearms: CAMEO's FIGHT
		{3, "Quad Class", "4"},
	} {
		if got := get(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

func TestEmptyTableHasHeader(t *testing.T) {
	var b strings.Builder
	if err := NewCAMEO(&b).Close(); err != nil {
		t.Fatal(err)
	}
	if b.String() != strings.Join(CAMEOHeader, "\t")+"\n" {
		t.Errorf("got %q", b.String())
	}
}

// FuzzRowsStayRows: whatever the names say, every event is one row that
// reads back with its id and type.
func FuzzRowsStayRows(f *testing.F) {
	f.Add("Blinken", "Tokyo", "a\tb\nc\"d")
	f.Add("\u2028", "\r\n", "  ")
	f.Fuzz(func(t *testing.T, actor, placeName, title string) {
		e := event.Event{ID: "e1", Type: "AID", Location: &event.Location{Name: placeName},
			Actors: []event.Actor{{Name: actor, Title: &title, Role: event.RoleSource}}}
		for _, newW := range []func(*strings.Builder) *Writer{
			func(b *strings.Builder) *Writer { return NewPOLECAT(b) },
			func(b *strings.Builder) *Writer { return NewCAMEO(b) },
		} {
			var b strings.Builder
			w := newW(&b)
			if err := w.Write(e, []string{"x"}); err != nil {
				t.Fatal(err)
			}
			w.Close()
			r := csv.NewReader(strings.NewReader(b.String()))
			r.Comma = '\t'
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("read back: %v", err)
			}
			if len(rows) != 2 || rows[1][0] != "e1" || len(rows[1]) != len(rows[0]) {
				t.Fatalf("rows %q", rows)
			}
		}
	})
}
