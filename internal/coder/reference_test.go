package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/event"
)

// firstOf returns the first event of type typ, or fails.
func firstOf(t *testing.T, events []event.Event, typ string) event.Event {
	t.Helper()
	for _, e := range events {
		if e.Type == typ {
			return e
		}
	}
	t.Fatalf("no %s event in %d events", typ, len(events))
	return event.Event{}
}

// A date read against some day says how that day was found: the page's
// publication date, its address, the body's latest date, the office
// holders' tenures, or the day the page was captured.
func TestDateSaysHowItsDayWasFound(t *testing.T) {
	const call = "German Chancellor Friedrich Merz spoke by phone with French President Emmanuel Macron on Tuesday, the chancellery said."
	tests := []struct {
		name string
		a    article.Article
		want event.Reference
		day  string
	}{
		{"published", func() article.Article {
			a := art(call, "2025-06-12")
			a.PublishedFrom = article.FromPage
			return a
		}(), event.RefPublished, "2025-06-10"},
		{"address", func() article.Article {
			a := art(call, "2025-06-12")
			a.PublishedFrom = article.FromAddress
			return a
		}(), event.RefAddress, "2025-06-10"},
		{"capture", func() article.Article {
			a := art(call, "")
			d := "2025-06-12"
			a.Captured = &d
			return a
		}(), event.RefCapture, "2025-06-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := firstOf(t, Code(tc.a, Options{}), "CONSULT")
			if e.Date == nil || e.Date.Start != tc.day || e.Date.Basis != event.BasisRelative || e.Date.Reference != tc.want {
				t.Errorf("date %+v, want %s relative to a day found by %q", e.Date, tc.day, tc.want)
			}
		})
	}
}

// A text-dated page and a caption-dated one say so in the publication
// basis they give an act told as done.
func TestPublicationStandInSaysWhereItCameFrom(t *testing.T) {
	body := "Japan and Australia signed a defence agreement, officials said.\n\nThe two governments have long worked together on security.\n\nThe ministers spoke to reporters in Canberra on March 3, 2025."
	e := firstOf(t, Code(art(body, ""), Options{KeepOneSided: true}), "AGREE")
	if e.Date == nil || e.Date.Basis != event.BasisPublication || e.Date.Reference != event.RefText {
		t.Errorf("date %+v, want the body's latest date as publication stand-in, reference text", e.Date)
	}
	explicit := "Japan and Australia signed a defence agreement on March 3, 2025, officials said."
	e = firstOf(t, Code(art(explicit, "2025-03-04"), Options{}), "AGREE")
	if e.Date == nil || e.Date.Basis != event.BasisExplicit || e.Date.Reference != "" {
		t.Errorf("date %+v, want an explicit date with no reference", e.Date)
	}
}

// A page captured years after it was written is no reference: the office
// holders it names no longer served together on the capture day.
func TestStaleCaptureIsNoReference(t *testing.T) {
	body := "US President Donald Trump met Japanese Prime Minister Shinzo Abe at the White House on Tuesday, officials said."
	a := art(body, "")
	d := "2025-06-12" // Abe left office in 2020
	a.Captured = &d
	for _, e := range Code(a, Options{}) {
		if e.Date != nil && e.Date.Reference == event.RefCapture {
			t.Errorf("%s dated %s from a capture five years after Abe left office", e.Type, e.Date.Start)
		}
	}
}

// A day written without its year on an undated page, placed in the years
// the office holders served together, says so.
func TestYearlessDaySaysTenure(t *testing.T) {
	body := "Venezuelan President Nicolas Maduro met U.S. President Donald Trump's envoy in Caracas on February 3, months after the disputed July 2024 election."
	e := firstOf(t, Code(art(body, ""), Options{}), "CONSULT")
	if e.Date == nil || e.Date.Start != "2025-02-03" || e.Date.Reference != event.RefTenure {
		t.Errorf("date %+v, want 2025-02-03 found by the office holders' tenure", e.Date)
	}
}
