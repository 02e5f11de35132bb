package article

import (
	"strings"
	"testing"
	"time"

	"storyline/internal/capture"
)

func TestLocalDay(t *testing.T) {
	tests := []struct {
		day, utcDay string
		hour        int
		want        bool
	}{
		{"2023-11-08", "2023-11-09", 3, true},   // 03:28Z is the evening before in the Americas
		{"2020-07-08", "2020-07-09", 10, false}, // 10:04Z is the same day everywhere west of Greenwich
		{"2020-03-02", "2020-03-01", 20, true},  // 20:00Z is the next morning in Asia
		{"2020-03-02", "2020-03-01", 2, false},
		{"2020-03-03", "2020-03-01", 20, false}, // two days apart
		{"2020-03-01", "2020-03-01", 20, false},
	}
	for _, tt := range tests {
		if got := localDay(tt.day, tt.utcDay, tt.hour); got != tt.want {
			t.Errorf("localDay(%s, %s, %d) = %v, want %v", tt.day, tt.utcDay, tt.hour, got, tt.want)
		}
	}
}

func TestFinderDateChecks(t *testing.T) {
	tests := []struct {
		name, date, source, modified, declared string
		writes, revision, inFile               bool
	}{
		{"written day", "2020-08-24", "24.08.2020 - 10:00 Uhr", "", "", true, false, false},
		{"bare year", "2016-01-01", "© 2016 The Paper", "", "", false, false, false},
		{"year and month from a path", "2010-06-01", "/2010/06/a-story/", "", "", false, false, false},
		{"the first of a month, written", "2021-03-01", "March 1, 2021", "", "", true, false, false},
		{"updated", "2025-03-05", "Updated March 5, 2025", "", "", true, true, false},
		{"German revision", "2018-01-18", "Letzte Aktualisierung: 18.01.2018", "", "", true, true, false},
		{"declared modified", "2025-08-19", "2025-08-19T10:12:00Z", "2025-08-19", "", true, true, false},
		{"modified the day it was published", "2020-06-04", "2020-06-04T09:27:16+00:00", "2020-06-04", "2020-06-04", true, false, false},
		{"screenshot's file name", "2019-11-24", `_2019-11-24_at_11.49.25_AM.png?c=2" alt="Bag"`, "", "", true, false, true},
		{"style sheet version", "2026-03-03", `=20260303T101829Z" rel="stylesheet"/><link href="/a.css"`, "", "", true, false, true},
		{"upload in a dated folder", "2020-08-24", "https://img.example.cl/Fotos/2020/08/24/file_20200824164321.jpg", "", "", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writesDay(tt.date, tt.source); got != tt.writes {
				t.Errorf("writesDay = %v, want %v", got, tt.writes)
			}
			if got := isRevision(tt.date, tt.source, tt.modified, tt.declared); got != tt.revision {
				t.Errorf("isRevision = %v, want %v", got, tt.revision)
			}
			if got := inFileName(tt.source); got != tt.inFile {
				t.Errorf("inFileName = %v, want %v", got, tt.inFile)
			}
		})
	}
}

// The finder's date reaches an article with no structured date, and never
// a listing of dated headlines.
func TestFinderDateByKind(t *testing.T) {
	prose := strings.Repeat("The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive. ", 8)
	tests := []struct {
		name, page, want string
	}{
		{"byline date in an article",
			`<html><head><title>Harbour wall</title></head><body><div class="story"><h1>Harbour wall</h1><p class="byline">By Ann Lee, 14 March 2024</p><p>` + prose + `</p></div></body></html>`,
			"2024-03-14"},
		{"address with a date",
			`<html><head><title>Harbour wall</title><link rel="canonical" href="https://news.example/2024/03/14/harbour-wall"></head><body><p>` + prose + `</p></body></html>`,
			"2024-03-14"},
		{"headline dates on a section page",
			`<html><head><title>Local news</title></head><body><h1>Local news</h1>` +
				strings.Repeat(`<div><h2><a href="/a">Harbour wall to be rebuilt</a></h2><span class="date">14 March 2024</span></div>`, 6) + `</body></html>`,
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.html", Body: []byte(tt.page), ContentType: "text/html", FetchedAt: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			got := deref(a.Published)
			if got != tt.want {
				t.Errorf("published %q (kind %s), want %q", got, a.Kind, tt.want)
			}
		})
	}
}
