package article

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"storyline/internal/capture"
)

func TestDateAfterCue(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"English byline", "Posted on August 06, 2019 by Ann Lee", "2019-08-06"},
		{"day first", "Published 3 May 2021, 10:04", "2021-05-03"},
		{"German verb last", "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht", "2011-12-03"},
		{"label", "Datum: 03.02.2022", "2022-02-03"},
		{"French", "Publié le 24 août 2020 à 20 h 23", "2020-08-24"},
		{"Spanish", "Publicado el 3 de mayo de 2021", "2021-05-03"},
		{"Arabic, two calendars' month names", "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"},
		{"ISO", "Published: 2021-05-03", "2021-05-03"},
		{"revision between", "Published: updated 2021-05-03", ""},
		{"no cue", "Sunday 3 May 2021", ""},
		{"cue without a date", "Posted in Local news", ""},
		{"date far from the cue", "Posted in " + strings.Repeat("Local news, ", 20) + "3 May 2021", ""},
		{"not a month", "Published 3 Mayday 2021", ""},
		{"impossible day", "Published 41.02.2022", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateAfterCue(tt.text); got != tt.want {
				t.Errorf("dateAfterCue(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A labelled date beats the date finder's first date element, which on
// this page is a reader's comment.
func TestCueDateBeforeComments(t *testing.T) {
	prose := strings.Repeat("The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive. ", 8)
	page := `<html><head><title>Harbour wall</title></head><body><div class="story"><h1>Harbour wall</h1>` +
		`<div class="col"><h5 class="title-inline">Datum: </h5>03.02.2022<br><h5 class="title-inline">Autor: </h5>se</div><p>` + prose + `</p></div>` +
		`<div class="comment"><div class="comment__header"><h4 class="comment__title">Markus</h4><div class="comment__date">04.02.2022 - 00:00 Uhr</div></div><blockquote>Good.</blockquote></div></body></html>`
	a, err := Extract(capture.Capture{Source: "t.html", Body: []byte(page), ContentType: "text/html", FetchedAt: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || *a.Published != "2022-02-03" {
		t.Errorf("published %v (kind %s), want 2022-02-03", a.Published, a.Kind)
	}
}

func FuzzDateAfterCue(f *testing.F) {
	for _, s := range []string{"Posted on August 06, 2019", "Datum: 03.02.2022", "am 3. Dezember 2011 veröffentlicht", "تم نشره 24 نيسان / أبريل 2020", "Published: 2021-05-03"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := dateAfterCue(s)
		if d == "" {
			return
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil && !strings.Contains(err.Error(), "day out of range") {
			t.Fatalf("dateAfterCue(%q) = %q: %v", s, d, err)
		}
		if !utf8.ValidString(d) {
			t.Fatalf("invalid date %q", d)
		}
		doc, err := html.Parse(strings.NewReader("<p>" + html.EscapeString(s) + "</p>"))
		if err == nil {
			cueDate(doc)
		}
	})
}

func TestAmericasLocale(t *testing.T) {
	for locale, want := range map[string]bool{"en_US": true, "es-MX": true, "pt-BR": true, "fr-CA": true, "en-GB": false, "fr": false, "de_DE": false, "": false} {
		if got := inAmericas(locale); got != want {
			t.Errorf("inAmericas(%q) = %v, want %v", locale, got, want)
		}
	}
}

// A UTC timestamp early in the day is the evening before on a page of the
// Americas when nothing else on the page dates it; elsewhere it stands.
func TestAmericasEvening(t *testing.T) {
	prose := strings.Repeat("The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive. ", 8)
	page := func(locale, stamp string) string {
		return `<html lang="en"><head><title>Harbour wall</title><meta property="og:locale" content="` + locale +
			`"><meta property="article:published_time" content="` + stamp + `"></head><body><h1>Harbour wall</h1><p>` + prose + `</p></body></html>`
	}
	tests := []struct{ locale, stamp, want string }{
		{"en_US", "2020-05-02T02:54:29.000Z", "2020-05-01"},
		{"en_GB", "2020-05-02T02:54:29.000Z", "2020-05-02"},
		{"en_US", "2020-05-02T04:59:25.000Z", "2020-05-02"},
		{"en_US", "2020-05-02T02:54:29-04:00", "2020-05-02"},
	}
	for _, tt := range tests {
		a, err := Extract(capture.Capture{Source: "t.html", Body: []byte(page(tt.locale, tt.stamp)), ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published == nil || *a.Published != tt.want {
			t.Errorf("%s %s: published %v, want %s", tt.locale, tt.stamp, a.Published, tt.want)
		}
	}
}

func TestPublishedMetaNames(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta name="vr:published-time" content="18.10.2019 17:08"><meta name="vr:updated-time" content="19.10.2019 08:00"></head><body></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if m := pageMetadata(doc); m.published != "2019-10-18" {
		t.Errorf("published %q, want 2019-10-18", m.published)
	}
}
