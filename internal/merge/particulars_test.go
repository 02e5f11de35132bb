package merge

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"storyline/internal/event"
)

// said gives a strike report the sentence it was coded from.
func said(r Report, text string) Report { return withText(r, text) }

// TestParticularsChooseTheEvent: reports that nothing dates, or whose date
// fits several events, join the event whose reports name the same
// particulars, and only when one stands out. The sentences are made up in
// the way wire copy, reworded copies and later reports tell one event.
func TestParticularsChooseTheEvent(t *testing.T) {
	depots := said(strike("d1", "a", "2024-03-04", "", "", "ISR", "IRN"),
		"Israeli jets struck the Kharg and Bandar Abbas fuel depots before dawn on Monday, the military said.")
	border := said(strike("d2", "b", "2024-06-10", "", "", "ISR", "IRN"),
		"Israel shelled two border posts near Zarand in June, killing four guards.")
	tests := []struct {
		name    string
		reports []Report
		// together lists report ids that must end in one event; apart,
		// pairs that must not.
		together [][]string
		apart    [][2]string
	}{
		{
			name: "an undated report naming the same sites joins that strike",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "ISR", "IRN"),
					"The raids on the Kharg and Bandar Abbas depots sent oil prices higher in Asian trading."),
			},
			together: [][]string{{"d1", "u1"}},
			apart:    [][2]string{{"u1", "d2"}},
		},
		{
			name: "a rewording with other words for the same facts joins too",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "ISR", "IRN"),
					"Warplanes hit fuel storage at Kharg Island and in Bandar Abbas, Iranian state television reported."),
			},
			together: [][]string{{"d1", "u1"}},
		},
		{
			name: "two undated reports of one strike join each other",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "ISR", "IRN"),
					"Missiles hit the Qom refinery and the Arak heavy water plant overnight."),
				said(strike("u2", "d", "", "", "", "ISR", "IRN"),
					"The strike on the Arak plant and the Qom refinery was the deepest yet."),
			},
			together: [][]string{{"u1", "u2"}},
			apart:    [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "an undated report with nothing particular stays apart",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "ISR", "IRN"), "Israel struck Iran again, officials said."),
			},
			apart: [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "one ordinary word in common is chance, not the same event",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "ISR", "IRN"), "A lengthy barrage lit up the sky before dawn."),
			},
			apart: [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "a report sharing as much with two strikes chooses neither",
			reports: []Report{
				said(strike("d1", "a", "2024-03-04", "", "", "ISR", "IRN"), "Jets struck the Kharg depot on Monday."),
				said(strike("d2", "b", "2024-06-10", "", "", "ISR", "IRN"), "Jets struck the Bandar Abbas port in June."),
				said(strike("u1", "c", "", "", "", "ISR", "IRN"), "After the Kharg depot and the Bandar Abbas port were hit, markets fell."),
			},
			apart: [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "the same sites the other way round are the answer, not the strike",
			reports: []Report{depots, border,
				said(strike("u1", "c", "", "", "", "IRN", "ISR"),
					"Iran fired missiles at Israel in revenge for the raids on the Kharg and Bandar Abbas depots."),
			},
			apart: [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "the same sites at another place are another strike",
			reports: []Report{
				said(strike("d1", "a", "2024-03-04", "Kharg Island", "IRN", "ISR", "IRN"), "Jets struck the Kharg and Bandar Abbas depots."),
				said(strike("d2", "b", "2024-06-10", "Zarand", "IRN", "ISR", "IRN"), "Israel shelled border posts near Zarand."),
				said(strike("u1", "c", "", "Baghdad", "IRQ", "ISR", "IRN"), "Drones hit a depot in Baghdad, like the Kharg and Bandar Abbas depots before it."),
			},
			apart: [][2]string{{"u1", "d1"}, {"u1", "d2"}},
		},
		{
			name: "a report dated only by its office holders chooses by its particulars within their tenure",
			reports: []Report{
				said(strike("d1", "a", "2018-04-14", "", "", "USA", "SYR"), "US missiles hit the Barzah research centre and the Him Shinshar depots."),
				said(strike("d2", "b", "2017-04-07", "", "", "USA", "SYR"), "US destroyers fired 59 Tomahawks at the Shayrat air base."),
				said(withHolder(strike("u1", "c", "", "", "", "USA", "SYR"), "Donald Trump", "President", "USA"),
					"Trump ordered the strike on the Barzah centre and the Him Shinshar depots after the gas attack."),
			},
			together: [][]string{{"d1", "u1"}},
			apart:    [][2]string{{"u1", "d2"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := map[string]int{}
			ms := Merge(tc.reports, testOptions())
			for i, m := range ms {
				for _, id := range m.Reports {
					in[id] = i
				}
			}
			for _, ids := range tc.together {
				for _, id := range ids[1:] {
					if in[id] != in[ids[0]] {
						t.Errorf("%s and %s are apart, want one event: %s", ids[0], id, groups(ms))
					}
				}
			}
			for _, p := range tc.apart {
				if in[p[0]] == in[p[1]] {
					t.Errorf("%s and %s merged, want apart: %s", p[0], p[1], groups(ms))
				}
			}
		})
	}
}

func groups(ms []Merged) string {
	var out []string
	for _, m := range ms {
		out = append(out, "["+strings.Join(m.Reports, " ")+"]")
	}
	return strings.Join(out, " ")
}

func TestWordsOfKeepNamesAndNumbers(t *testing.T) {
	r := Report{Event: event.Event{
		Actors:   []event.Actor{{Name: "United Kingdom", Country: ptr("GBR")}},
		Evidence: []event.Evidence{{Text: "The United Kingdom will expel 23 diplomats over the Salisbury attack, officials said on Tuesday."}},
	}}
	got := map[string]bool{}
	for _, w := range wordsOf(&r, nil) {
		got[w.w] = w.proper
	}
	for w, proper := range map[string]bool{"23": true, "salisbury": true, "diplomat": false, "expel": false, "attack": false} {
		if p, ok := got[w]; !ok || p != proper {
			t.Errorf("word %q: got present %v proper %v, want present, proper %v", w, ok, p, proper)
		}
	}
	for _, w := range []string{"united", "kingdom", "the", "officials", "said", "tuesday"} {
		if _, ok := got[w]; ok {
			t.Errorf("word %q kept; party names and common words say nothing particular", w)
		}
	}
	head := Report{Event: event.Event{Evidence: []event.Evidence{{Text: "Britain Expels Russian Diplomats Over Salisbury Attack"}}}}
	if ws := wordsOf(&head, nil); slices.ContainsFunc(ws, func(w word) bool { return w.proper }) {
		t.Errorf("a Title Case headline marks no word as a name: %+v", ws)
	}
}

// TestVaguePlaces: a state or a sea the gazetteer cannot place tells no more
// than its country, so it neither splits one meeting nor joins two.
func TestVaguePlaces(t *testing.T) {
	located := map[string]bool{"Anchorage": true, "Washington": true, "Doha": true, "the White House": true, "Ottawa": true}
	opts := testOptions()
	opts.Locates = func(name, _ string) bool { return located[name] }
	people := map[string]bool{"Donald Trump": true, "United States Military": true}
	opts.IsPlace = func(name string) bool { return !people[name] }
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"a meeting in Alaska and in Anchorage the same day is one", []Report{
			rep("1", "a", "a", dayOf("2025-08-15"), event.Occurred, "Alaska", "USA", "RUS", "USA"),
			rep("2", "b", "b", dayOf("2025-08-15"), event.Occurred, "Anchorage", "USA", "RUS", "USA"),
			rep("3", "c", "c", [4]string{"2025-08-15", "2025-08-15", "day", "publication"}, event.Occurred, "", "", "RUS", "USA"),
		}, 1},
		{"a strike over the Persian Gulf and one in Doha the same day is one", []Report{
			strike("1", "a", "2025-09-09", "Persian Gulf", "", "ISR", "PSE"),
			strike("2", "b", "2025-09-09", "Doha", "QAT", "ISR", "PSE"),
			strike("3", "c", "2025-09-09", "Qatar", "QAT", "ISR", "PSE"),
		}, 1},
		{"two cities of one country the same day stay two meetings", []Report{
			rep("1", "a", "a", dayOf("2025-08-15"), event.Occurred, "Washington", "USA", "RUS", "USA"),
			rep("2", "b", "b", dayOf("2025-08-15"), event.Occurred, "Anchorage", "USA", "RUS", "USA"),
		}, 2},
		{"an undated report in a state joins, of several meetings, the one told as in that state", []Report{
			rep("1", "a", "a", dayOf("2025-08-15"), event.Occurred, "Alaska", "USA", "RUS", "USA"),
			rep("2", "b", "b", dayOf("2025-08-15"), event.Occurred, "Anchorage", "USA", "RUS", "USA"),
			rep("3", "c", "c", dayOf("2025-03-18"), event.Occurred, "", "", "RUS", "USA"),
			undated(rep("4", "d", "d", dayOf("2025-08-15"), event.Occurred, "Alaska", "USA", "RUS", "USA"), ""),
		}, 2},
		{"an undated report in a state no report names stays apart from several meetings", []Report{
			rep("1", "a", "a", dayOf("2025-08-15"), event.Occurred, "Anchorage", "USA", "RUS", "USA"),
			rep("3", "c", "c", dayOf("2025-03-18"), event.Occurred, "", "", "RUS", "USA"),
			undated(rep("4", "d", "d", dayOf("2025-08-15"), event.Occurred, "Texas", "USA", "RUS", "USA"), ""),
		}, 3},
		{"a person or a force the coder took for a place is no place", []Report{
			strike("1", "a", "2025-06-23", "Qatar", "QAT", "IRN", "USA"),
			strike("2", "b", "2025-06-23", "United States Military", "USA", "IRN", "USA"),
		}, 1},
		{"a state of another country is still another country", []Report{
			rep("1", "a", "a", dayOf("2025-08-15"), event.Occurred, "Alaska", "USA", "RUS", "USA"),
			rep("2", "b", "b", dayOf("2025-08-15"), event.Occurred, "Siberia", "RUS", "RUS", "USA"),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge(tc.reports, opts); len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %s", len(got), tc.events, groups(got))
			}
		})
	}
}

// TestNoPlaceGoesToThePlaceItsSentenceNames: a chain split at two places
// sends a report the coder placed nowhere to the place its sentence names,
// not to the first of two equally reported places.
func TestNoPlaceGoesToThePlaceItsSentenceNames(t *testing.T) {
	opts := testOptions()
	opts.Locates = func(string, string) bool { return true }
	rel := [4]string{"2025-02-27", "2025-02-27", "day", "relative"}
	ms := Merge([]Report{
		withText(rep("1", "a", "a", rel, event.Occurred, "the White House", "USA", "GBR", "USA"), "They met at the White House."),
		withText(rep("2", "b", "b", rel, event.Planned, "Ottawa", "CAN", "GBR", "USA"), "They will discuss trade."),
		withText(rep("3", "c", "c", rel, event.Occurred, "", "", "GBR", "USA"),
			"The prime minister visited the president at the White House on Thursday."),
	}, opts)
	for _, m := range ms {
		if slices.Contains(m.Reports, "3") && !slices.Contains(m.Reports, "1") {
			t.Errorf("the report naming the White House went elsewhere: %s", groups(ms))
		}
	}
}

// TestOneArticlesReportsSplitByFit: when one article's two reports fall in
// one event, the one that fits it stays: a report dated to a day before one
// dated by its publication, the sides most reports give before others.
func TestOneArticlesReportsSplitByFit(t *testing.T) {
	visit := rep("v1", "a", "a", dayOf("2025-07-08"), event.Occurred, "London", "GBR", "FRA", "GBR")
	vague := rep("v2", "a", "a", [4]string{"2025-07-08", "2025-07-08", "day", "publication"}, event.Planned, "", "", "FRA", "GBR")
	vague.Event.ID = "0" // sorts first: the order of ids must not decide
	other := rep("v3", "b", "b", dayOf("2025-07-08"), event.Occurred, "", "", "FRA", "GBR")
	ms := Merge([]Report{visit, vague, other}, testOptions())
	for _, m := range ms {
		if slices.Contains(m.Reports, "v3") && !slices.Contains(m.Reports, "v1") {
			t.Errorf("the visit dated to its day left its event for a vaguer report of its article: %s", groups(ms))
		}
	}

	threat := func(id, art, source, target string) Report {
		r := strike(id, art, "", "", "", source, target)
		r.Event.Type = "THREATEN"
		return r
	}
	both := threat("t2", "a", "USA", "PRK")
	both.Event.Actors[1].Role = event.RoleSource // "North Korea and the US traded threats"
	both.Event.ID = "0"
	ms = Merge([]Report{threat("t1", "a", "USA", "PRK"), both, threat("t3", "b", "USA", "PRK"), threat("t4", "c", "USA", "PRK")}, testOptions())
	for _, m := range ms {
		if slices.Contains(m.Reports, "t3") && !slices.Contains(m.Reports, "t1") {
			t.Errorf("the report with the sides the others give left its event: %s", groups(ms))
		}
	}
}

// FuzzWordsOf: any sentence gives distinct, lower-case, non-common words,
// and the same words twice.
func FuzzWordsOf(f *testing.F) {
	for _, s := range []string{
		"Britain is expelling 23 Russian diplomats over the Salisbury attack.",
		"TEHRAN (AP) — Iran fired missiles at the Ain al-Asad and Erbil bases.",
		"Jets Struck The Kharg Depot", "", "ß İ ǅ 1st 2nd", "cancelled organisations",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Report{Event: event.Event{Evidence: []event.Evidence{{Text: text}}}}
		ws := wordsOf(&r, nil)
		seen := map[string]bool{}
		for _, w := range ws {
			if w.w == "" || seen[w.w] || commonWords()[w.w] || strings.ToLower(w.w) != w.w {
				t.Fatalf("word %q of %q: empty, repeated, common or not lower case", w.w, text)
			}
			seen[w.w] = true
		}
		if again := wordsOf(&r, nil); !slices.Equal(again, ws) {
			t.Fatalf("words of %q differ between two readings", text)
		}
	})
}

// TestCallsAndMeetings: a call is never the meeting in person of the next
// day, but a report that says only that the two spoke may be the call.
func TestCallsAndMeetings(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"the two spoke, the day of their call: one event", []Report{
			withMode(rep("1", "a", "a", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "phone"),
			withMode(rep("2", "b", "b", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), ""),
		}, 1},
		{"a call one day and a meeting the next stay two", []Report{
			withMode(rep("1", "a", "a", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "phone"),
			withMode(rep("2", "b", "b", relDay("2025-03-19"), event.Occurred, "Riyadh", "SAU", "RUS", "USA"), "meet"),
		}, 2},
		{"a report that says neither goes with the more reported of a call and a meeting", []Report{
			withMode(rep("1", "a", "a", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "phone"),
			withMode(rep("2", "b", "b", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "phone"),
			withMode(rep("3", "c", "c", relDay("2025-03-19"), event.Occurred, "", "", "RUS", "USA"), "meet"),
			withMode(rep("4", "d", "d", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), ""),
		}, 2},
		{"an undated meeting does not join the only call", []Report{
			withMode(rep("1", "a", "a", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "phone"),
			undated(withMode(rep("2", "b", "b", relDay("2025-03-18"), event.Occurred, "", "", "RUS", "USA"), "visit"), ""),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge(tc.reports, testOptions()); len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %s", len(got), tc.events, groups(got))
			}
		})
	}
}

// TestOneGazetteerPlaceByTwoNames: a venue the gazetteer puts in a city and
// the city itself ("the White House", "Washington") are one place; two
// gazetteer places the same day stay two meetings.
func TestOneGazetteerPlaceByTwoNames(t *testing.T) {
	opts := testOptions()
	opts.Locates = func(string, string) bool { return true }
	at := func(r Report, id int64) Report {
		r.Event.Location.GeoNamesID = &id
		return r
	}
	const washington, newYork = 4140963, 5128581
	day := dayOf("2025-08-25")
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"a venue and its city the same day are one meeting", []Report{
			at(rep("1", "a", "a", day, event.Occurred, "the White House", "USA", "KOR", "USA"), washington),
			at(rep("2", "b", "b", day, event.Occurred, "Washington", "USA", "KOR", "USA"), washington),
			rep("3", "c", "c", day, event.Planned, "United States", "USA", "KOR", "USA"),
		}, 1},
		{"venues in two cities the same day are two meetings", []Report{
			at(rep("1", "a", "a", day, event.Occurred, "the White House", "USA", "KOR", "USA"), washington),
			at(rep("2", "b", "b", day, event.Occurred, "the United Nations headquarters", "USA", "KOR", "USA"), newYork),
		}, 2},
		{"a report naming no place joins the venue its sentence names by another report's name for it", []Report{
			at(rep("1", "a", "a", day, event.Occurred, "the White House", "USA", "KOR", "USA"), washington),
			at(rep("2", "b", "b", day, event.Occurred, "Washington", "USA", "KOR", "USA"), washington),
			at(rep("3", "c", "c", day, event.Occurred, "New York", "USA", "KOR", "USA"), newYork),
			at(rep("4", "d", "d", day, event.Occurred, "Manhattan", "USA", "KOR", "USA"), newYork),
			withText(rep("5", "e", "e", day, event.Occurred, "", "", "KOR", "USA"), "The two presidents met at the White House on Monday."),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Merge(tc.reports, opts)
			if len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %s", len(got), tc.events, groups(got))
			}
			for _, m := range got {
				if slices.Contains(m.Reports, "5") && !slices.Contains(m.Reports, "1") {
					t.Errorf("the report naming the White House went elsewhere: %s", groups(got))
				}
			}
		})
	}
}

// tokensBefore is tokens as first written, with strings.FieldsFunc.
func tokensBefore(s string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		w := strings.ToLower(f)
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		w = american.Replace(w)
		out = append(out, word{w: w, proper: unicode.IsUpper([]rune(f)[0]), text: f})
	}
	return out
}

func FuzzTokensSplitAsFieldsFunc(f *testing.F) {
	for _, s := range []string{"", " ", "The Sites of Fordow, 23 cancelled; organisations' talks.", "É\xffx y\u00a0z 12-3", "Ωmega déjà-vu ss ssss bosses", "\xff\xfeA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tokens(s), tokensBefore(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("tokens(%q) = %v, want %v", s, got, want)
		}
	})
}
