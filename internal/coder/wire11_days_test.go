package coder

import (
	"testing"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/event"
)

// Eleventh pass (stop 29): the year of a day written without it, from what
// the page shows of its own time (days11.go). The sentences are written for
// these tests; none comes from a page.

func filedArt(body, uri string) article.Article {
	a := art(body, "")
	if uri != "" {
		a.URI = &uri
	}
	return a
}

func TestWireFormsEleventhPassYearFromAddressMonth(t *testing.T) {
	dated := []struct{ rule, body, uri string }{
		{"a page filed under August 2016 places 'on Aug. 9' in 2016",
			"Turkish President Recep Tayyip Erdogan will meet Russian President Vladimir Putin in Moscow on Aug. 9, officials said.",
			"https://news.example/2016/08/erdogan-putin-to-meet/"},
		{"a page filed under January 2020 places 'December 30' in the year before",
			"Iraqi protesters stormed the US embassy in Baghdad on December 30 after the strikes, witnesses said.",
			"https://blog.example/2020/01/embassy-stormed.html"},
	}
	wants := [][]expect{
		{{typ: "CONSULT", countries: []string{"RUS", "TUR"}, status: event.Planned, start: "2016-08-09"}},
		{{typ: "PROTEST", countries: []string{"IRQ", "USA"}, status: event.Occurred, start: "2019-12-30"}},
	}
	for i, tt := range dated {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(filedArt(tt.body, tt.uri), Options{KeepOneSided: true}), wants[i])
		})
	}
	t.Run("left alone: an address with no year and month dates nothing", func(t *testing.T) {
		evs := Code(filedArt("Indian Prime Minister Narendra Modi will meet Israeli Prime Minister Benjamin Netanyahu in Jerusalem on July 4.",
			"https://news.example/story/modi-to-visit-israel-on-4-july"), Options{KeepOneSided: true})
		if len(evs) == 0 {
			t.Fatalf("no event coded")
		}
		for _, e := range evs {
			if e.Date != nil {
				t.Errorf("%s %v dated %s, want undated", e.Type, e.Countries(), e.Date.Start)
			}
		}
	})
}

func TestWireFormsEleventhPassYearFromWeekday(t *testing.T) {
	dated := []struct{ rule, body string }{
		{"a Tuesday, May 6 after a background year of 2023 is in 2025",
			"Israeli jets struck the port of Hodeidah in Yemen on Tuesday (May 6). The Houthis have fired missiles at Israel since the war began in October 2023."},
		{"a Friday, March 14 after a background year of 2020 is in 2025",
			"Saudi Arabia and Iran signed a trade accord in Riyadh on Friday, March 14. The two countries restored diplomatic ties in 2023 after cutting them in 2016."},
	}
	wants := [][]expect{
		{{typ: "ASSAULT", countries: []string{"ISR", "YEM"}, status: event.Occurred, start: "2025-05-06"}},
		{{typ: "AGREE", countries: []string{"IRN", "SAU"}, status: event.Occurred, start: "2025-03-14"}},
	}
	for i, tt := range dated {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{KeepOneSided: true}), wants[i])
		})
	}
	t.Run("left alone: a weekday and day with no background year leave the year open", func(t *testing.T) {
		evs := Code(art("Israeli jets struck the port of Hodeidah in Yemen on Tuesday (May 6).", ""), Options{KeepOneSided: true})
		if len(evs) == 0 {
			t.Fatalf("no event coded")
		}
		for _, e := range evs {
			if e.Date != nil {
				t.Errorf("%s %v dated %s, want undated", e.Type, e.Countries(), e.Date.Start)
			}
		}
	})
}

// A date the page prints beside the article that the caption test of the
// line itself does not see (article.findPageDate): a photo caption whose
// credit stands alone on the next line, an embedded post's attribution
// after the article's last paragraph. The page's acts are read against it.
func TestWireFormsEleventhPassDatesBesideTheArticle(t *testing.T) {
	pages := []struct{ rule, text string }{
		{"a caption whose credit is on the next line dates 'on Monday'",
			"Canadian Prime Minister Mark Carney meets German Chancellor Friedrich Merz in Berlin, Germany, August 25, 2025.\n" +
				"Jane Doe | Reuters\n" +
				"Canadian Prime Minister Mark Carney and German Chancellor Friedrich Merz signed an agreement on critical minerals on Monday in Berlin, their offices said.\n" +
				"The two leaders also discussed trade and the war in Ukraine during a long working lunch at the chancellery, officials from both governments told reporters afterwards.\n"},
		{"an embedded post's attribution after the last paragraph dates 'on Tuesday'",
			"Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Tuesday, the two governments said in a joint statement released in the evening.\n" +
				"The leaders discussed trade, security and the cost of living during talks that lasted more than two hours, officials said after the meeting ended.\n" +
				"Productive talks with President Lee today. pic.twitter.com/abc123\n" +
				"— Prime Minister's Office (@JPN_PMO) August 26, 2025\n" +
				"The two leaders will meet again"},
	}
	wants := [][]expect{
		{{typ: "AGREE", countries: []string{"CAN", "DEU"}, status: event.Occurred, start: "2025-08-25"}},
		{{typ: "CONSULT", countries: []string{"JPN", "KOR"}, status: event.Occurred, start: "2025-08-26"}},
	}
	for i, tt := range pages {
		t.Run(tt.rule, func(t *testing.T) {
			a := textPage(t, tt.text)
			checkWanted(t, Code(a, Options{KeepOneSided: true}), wants[i])
		})
	}
	t.Run("left alone: a byline with a date after the article is no post's attribution", func(t *testing.T) {
		text := "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Tuesday, the two governments said in a joint statement released in the evening.\n" +
			"The leaders discussed trade, security and the cost of living during talks that lasted more than two hours, officials said after the meeting ended.\n" +
			"— Jane Doe, Tokyo, August 26, 2025\n"
		a := textPage(t, text)
		for _, e := range Code(a, Options{KeepOneSided: true}) {
			if e.Date != nil {
				t.Errorf("%s %v dated %s, want undated", e.Type, e.Countries(), e.Date.Start)
			}
		}
	})
}

// textPage extracts a text capture of the page text, as the corpus's text
// pages are read, failing the test when it cannot.
func textPage(t *testing.T, text string) article.Article {
	t.Helper()
	a, err := article.Extract(capture.Capture{Source: "test.txt", ContentType: "text/plain", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// pageCase is one row of a page-date table test: text, extracted as a text
// capture and coded with its one-sided events kept, gives want.
type pageCase struct {
	rule, text string
	want       expect
}

// checkPageCases runs each case as a subtest named by its rule.
func checkPageCases(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			a := textPage(t, tt.text)
			checkWanted(t, Code(a, Options{KeepOneSided: true}), []expect{tt.want})
		})
	}
}
