package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27): meetings and agreements. The sentences are written
// for this test; each rule has two that it must handle and one it must
// leave alone.

// codedTypes lists the type and countries of every event a body gives
// (one-sided kept), for the checks below.
func codedTypes(body, pub string) []string {
	var out []string
	for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
		out = append(out, e.Type+":"+joinCodes(e.Countries()))
	}
	return out
}

func joinCodes(cs []string) string {
	s := ""
	for i, c := range cs {
		if i > 0 {
			s += ","
		}
		s += c
	}
	return s
}

// A side alone promising good relations agrees to nothing
// (goodwill9.go).
func TestWireFormsNinthPassGoodwill(t *testing.T) {
	const pub = "2024-03-13"
	for _, body := range []string{
		"Indonesian President Joko Widodo pledged to pursue a peaceful resolution of the border dispute with Malaysia.",
		"Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan promised to rebuild ties after years of tension.",
		"Egyptian President Abdel Fattah al-Sisi expressed hope for a new chapter in relations with Turkey, promising friendship and cooperation.",
	} {
		for _, got := range codedTypes(body, pub) {
			if got[:len("AGREE")] == "AGREE" || len(got) > 9 && got[:9] == "COOPERATE" {
				t.Errorf("%q: got %s, want no agreement or cooperation from a promise of good relations", body, got)
			}
		}
	}
	// Leave alone: a promise of a thing, and an agreement between sides.
	tests := []ruleCase{
		{rule: "a promise to deliver arms is the aid, planned (stop 43, aid43.go)",
			body: "German Chancellor Olaf Scholz promised to deliver more air defence systems to Ukraine.",
			want: []expect{{typ: "AID", countries: []string{"DEU", "UKR"}, status: event.Planned}}, anyOf: true},
		{rule: "an agreement to restore envoys stays",
			body: "Australia and China agreed to restore regular ministerial dialogue and relations.",
			want: []expect{{typ: "AGREE", countries: []string{"AUS", "CHN"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// What was said at a meeting names no side of it (retoldmeetings9.go).
func TestWireFormsNinthPassSaidAtMeeting(t *testing.T) {
	const pub = "2024-03-13" // a Wednesday
	tests := []ruleCase{
		{rule: "a leader named in what was said at a meeting is no side of it",
			body: "French President Emmanuel Macron met Chinese President Xi Jinping in Beijing on Tuesday. During the meeting, Macron repeated his view that Russian President Vladimir Putin must end the war.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "FRA"}, status: event.Occurred, start: "2024-03-12"}}},
		{rule: "a leader named in a view repeated during a call is no side of it",
			body: "German Chancellor Olaf Scholz spoke by phone with Israeli Prime Minister Benjamin Netanyahu on Monday. During the phone call, Netanyahu repeated his view that Iranian President Ebrahim Raisi must be stopped.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "ISR"}, status: event.Occurred, mode: "phone", start: "2024-03-11"}}},
		{rule: "a leader named in a warning repeated during a meeting is no side of it",
			body: "Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Tuesday. During the meeting, Kishida repeated his warning that Chinese President Xi Jinping is testing the region.",
			want: []expect{{typ: "CONSULT", countries: []string{"JPN", "USA"}, status: event.Occurred, start: "2024-03-12"}}},
	}
	runRuleCases(t, pub, tests)
	for _, tt := range tests {
		for _, e := range Code(art(tt.body, pub), Options{KeepOneSided: true}) {
			if e.Type == "CONSULT" && (slices.Contains(e.Countries(), "RUS") || slices.Contains(e.Countries(), "IRN") || slices.Contains(e.Countries(), "CHN") && !slices.Contains(e.Countries(), "FRA")) {
				t.Errorf("%q: got a meeting with %v, want the one told before only", tt.body, e.Countries())
			}
		}
	}
	// Leave alone: a meeting told first in such a phrase keeps its sides.
	runRuleCases(t, pub, []ruleCase{{rule: "a meeting told first in a fronted phrase keeps its sides",
		body: "During the talks in Cairo on Tuesday, Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi discussed the war in Gaza.",
		want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true}})
}

// A meeting only asked for is no meeting (asked9.go).
func TestWireFormsNinthPassAskedMeeting(t *testing.T) {
	const pub = "2024-03-13"
	for _, body := range []string{
		"Serbian President Aleksandar Vucic said he had ordered his foreign minister to arrange a private meeting or a phone call with Kosovo Prime Minister Albin Kurti.",
		"Japanese Prime Minister Fumio Kishida pushed South Korean President Yoon Suk Yeol to negotiate with China over the fishing row.",
	} {
		for _, got := range codedTypes(body, pub) {
			if len(got) > 7 && got[:7] == "CONSULT" {
				t.Errorf("%q: got %s, want no meeting: it is only asked for", body, got)
			}
		}
	}
	// Leave alone: a meeting agreed to is a planned meeting.
	runRuleCases(t, pub, []ruleCase{{rule: "a meeting agreed to stays a planned meeting",
		body: "Serbian President Aleksandar Vucic agreed to hold talks with Kosovo Prime Minister Albin Kurti in Brussels.",
		want: []expect{{typ: "CONSULT", countries: []string{"SRB", "XKX"}, status: event.Planned}}, anyOf: true}})
}

// A meeting or an agreement dated years before the page is its history
// (history9.go).
func TestWireFormsNinthPassHistory(t *testing.T) {
	const pub = "2024-03-13"
	for _, body := range []string{
		"Israel and Jordan signed a peace treaty in October 1994, ending decades of war.",
		"Chinese President Xi Jinping visited Italy in March 2019 and met Prime Minister Giuseppe Conte in Rome.",
	} {
		for _, got := range codedTypes(body, pub) {
			if len(got) > 5 && (got[:5] == "AGREE" || got[:7] == "CONSULT") {
				t.Errorf("%q: got %s, want no event: it is years before the page", body, got)
			}
		}
	}
	// Leave alone: a meeting of a few months before the page is news.
	runRuleCases(t, pub, []ruleCase{{rule: "a meeting of last November stays",
		body: "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in San Francisco in November 2023.",
		want: []expect{{typ: "CONSULT", countries: []string{"CHN", "JPN"}, status: event.Occurred, start: "2023-11-01"}}, anyOf: true}})
}
