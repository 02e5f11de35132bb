package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), status: how news tells an act under way. The
// sentences are written for this test on a page dated Monday 2025-07-28;
// each rule has two it must code right and one it must leave alone.
func TestWireFormsSixthPassStatus(t *testing.T) {
	const pub = "2025-07-28"
	tests := []ruleCase{
		// A traveller "on" a visit: the visit is going on, dated the page's day.
		{rule: "'is on a three-day visit to': a visit under way",
			body: "Brazilian President Luiz Inacio Lula da Silva is on a three-day visit to Portugal.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"BRA", "PRT"}, status: event.Occurred, start: pub}}},
		{rule: "'who is in Y on an official visit': the place of the visit is its host",
			body: "Kenyan President William Ruto, who is in Japan on an official visit, praised the new rail loans.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"JPN", "KEN"}, status: event.Occurred, start: pub}}, anyOf: true},
		{rule: "'will be on a visit to': still to come",
			body: "Brazilian President Luiz Inacio Lula da Silva will be on a state visit to Portugal next week.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"BRA", "PRT"}, status: event.Planned}}},
		{rule: "'was on a visit to': done",
			body: "Brazilian President Luiz Inacio Lula da Silva was on a state visit to Portugal last week.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"BRA", "PRT"}, status: event.Occurred}}},

		// The present progressive on the page's own day is under way.
		{rule: "'are holding talks on Monday' told that Monday: under way",
			body: "The foreign ministers of Egypt and Ethiopia are holding talks on Monday in Cairo.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "ETH"}, status: event.Occurred, start: pub}}},
		{rule: "'is meeting X on Monday' told that Monday: under way",
			body: "Greek Prime Minister Kyriakos Mitsotakis is meeting Turkish President Recep Tayyip Erdogan on Monday in Ankara.",
			want: []expect{{typ: "CONSULT", countries: []string{"GRC", "TUR"}, status: event.Occurred, start: pub}}},
		{rule: "'are holding talks on Friday' told on Monday: an arrangement, planned",
			body: "The foreign ministers of Egypt and Ethiopia are holding talks on Friday in Cairo.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "ETH"}, status: event.Planned, start: "2025-08-01"}}},

		// "becomes the first ... to visit ... when he arrives": the news present.
		{rule: "'becomes the first leader to visit Y when he arrives today': under way, today",
			body: "Sergio Mattarella becomes the first Italian president to visit Vietnam when he arrives today.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"ITA", "VNM"}, status: event.Occurred, start: pub}}},
		{rule: "'becomes the first ... when he arrives on Thursday': a day to come, planned",
			body: "Sergio Mattarella becomes the first Italian president to visit Vietnam when he arrives on Thursday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"ITA", "VNM"}, status: event.Planned, start: "2025-07-31"}}},
		{rule: "'is set to become the first ... to visit': planned",
			body: "Sergio Mattarella is set to become the first Italian president to visit Vietnam.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"ITA", "VNM"}, status: event.Planned}}},

		// A withdrawal is made when it is announced.
		{rule: "'announced on Friday that X will withdraw its troops from Y': the retreat is done",
			body: "President Joe Biden announced on Friday that the United States will withdraw its troops from Niger.",
			want: []expect{{typ: "RETREAT", countries: []string{"NER", "USA"}, status: event.Occurred, start: "2025-07-25"}}, anyOf: true},
		{rule: "'has declared that X will pull out of the pact': the retreat is done",
			body: "Brazil has declared that it will withdraw from the fisheries agreement with Argentina.",
			want: []expect{{typ: "RETREAT", countries: []string{"ARG", "BRA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'will announce that X will withdraw': still to come",
			body: "President Joe Biden will announce that the United States will withdraw its troops from Niger.",
			want: []expect{{typ: "RETREAT", countries: []string{"NER", "USA"}, status: event.Planned}}, anyOf: true},
		{rule: "'announced that X will freeze the assets': a sanction announced is taken when said (announced15.go)",
			body: "Prime Minister Keir Starmer announced that Britain will freeze the assets of Russian banks.",
			want: []expect{{typ: "SANCTION", countries: []string{"GBR", "RUS"}, status: event.Occurred}}, anyOf: true},

		// "got underway": the act is going on.
		{rule: "'as the state visit got underway': going on, the page's day",
			body: "Indonesian President Prabowo Subianto was greeted by King Willem-Alexander in Amsterdam as the state visit to the Netherlands got underway.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"IDN", "NLD"}, status: event.Occurred, start: pub}}, anyOf: true},
		{rule: "'talks between X and Y got under way': going on",
			body: "Talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti got under way in Brussels.",
			want: []expect{{typ: "CONSULT", countries: []string{"SRB", "XKX"}, status: event.Occurred, start: pub}}, anyOf: true},
		{rule: "'before the visit gets underway on Friday': still to come",
			body: "Indonesian President Prabowo Subianto will visit the Netherlands before the tour gets underway on Friday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"IDN", "NLD"}, status: event.Planned}}, anyOf: true},

		// The tense of the reporting verb is not the meeting's.
		{rule: "undated 'announced Thursday that his summit with X?’s leader will take place': planned, not the announcement's past",
			body:    "President Joe Biden announced Thursday that his summit with South Korea?’s leader Yoon Suk Yeol will take place in Seoul.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"KOR", "USA"}, status: event.Planned}}, anyOf: true},
		{rule: "undated 'confirmed that talks with Mexico?’s president will be held': a lost character does not end the phrase",
			body:    "Prime Minister Mark Carney confirmed that talks with Mexico?’s president Claudia Sheinbaum will be held in Ottawa.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"CAN", "MEX"}, status: event.Planned}}, anyOf: true},
		{rule: "'said after that meeting': the determiner 'that' keeps the noun's own tense",
			body: "Japan and Australia signed a defence pact after that summit between Prime Minister Fumio Kishida and Anthony Albanese.",
			want: []expect{{typ: "AGREE", countries: []string{"AUS", "JPN"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// "is expected in Israel on a visit" is no visit going on: only a place or
// an adverb may stand between the "be" and "on".
func TestOnTripNeedsBeAndPlace(t *testing.T) {
	for s, want := range map[string]bool{
		"He is on a visit to Chile":              true,
		"He is now in Chile on a visit":          true,
		"He is in the capital on a visit":        true,
		"He is expected in Chile on a visit":     false,
		"He arrived in Chile on a visit":         false,
		"He spoke on a visit to Chile":           false,
		"He is in Chile on Tuesday, a visit day": false,
	} {
		toks := tokenize(s)
		at := -1
		for i, tk := range toks {
			if tk.lower == "visit" {
				at = i
			}
		}
		m := match{start: at, end: at + 1, noun: true}
		_, now, ok := onTrip(toks, clause{0, len(toks)}, m)
		if got := ok && now; got != want {
			t.Errorf("%q: going on = %v, want %v", s, got, want)
		}
	}
}
