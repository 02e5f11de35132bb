package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), the party countries of an event. The sentences
// are written for these tests.

// A meeting is between its subject and its object, one name or one list;
// a country named past the head of a phrase of its own (another meeting,
// a word of time order, topic or saying) is that phrase's, and another
// meeting's partners meet the subject each in a meeting of its own
// (meetings12.go).
func TestWireFormsTwelfthPassMeetingSides(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "a second meeting in the same sentence keeps its own partner",
			body: "TOKYO, January 9, 2024 (AP) — Japanese Prime Minister Fumio Kishida is expected to meet Indian Prime Minister Narendra Modi in New Delhi in March and hold talks with Australian Prime Minister Anthony Albanese in May.",
			want: []expect{{typ: "CONSULT", countries: []string{"IND", "JPN"}, status: event.Planned, notActor: "AUS"},
				{typ: "CONSULT", countries: []string{"AUS", "JPN"}, status: event.Planned, location: "-"}}},
		{rule: "meetings named after 'ahead of' have their own partners",
			body: "TOKYO, April 14, 2023 (AP) — The Philippines' Ferdinand Marcos made his first foreign trip as president to meet Japan's prime minister in Tokyo, the state news agency said Monday, ahead of proposed summits with Hanoi and Canberra.",
			want: []expect{{typ: "CONSULT", countries: []string{"JPN", "PHL"}, status: event.Planned, notActor: "VNM"},
				{typ: "CONSULT", countries: []string{"PHL", "VNM"}, status: event.Planned},
				{typ: "CONSULT", countries: []string{"AUS", "PHL"}, status: event.Planned}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkWanted(t, Code(art(tt.body, ""), Options{}), tt.want)
		})
	}
	t.Run("the countries a speaker will tell the results are no party of the talks", func(t *testing.T) {
		body := "BEIJING, April 14, 2023 (AP) — Brazilian President Luiz Inacio Lula da Silva said he was “satisfied” with the outcome of his summit meeting Friday in the Chinese capital with President Xi Jinping, saying he would discuss the results with Argentina and Chile."
		for _, e := range Code(art(body, ""), Options{}) {
			if e.Type == "CONSULT" && len(e.Countries()) > 2 {
				t.Errorf("a meeting of %v", e.Countries())
			}
		}
	})
	t.Run("left alone: two leaders met in one list", func(t *testing.T) {
		body := "SEOUL, May 28, 2024 (AP) — Chinese Premier Li Qiang met with South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida in Seoul on Monday."
		checkWanted(t, Code(art(body, ""), Options{}),
			[]expect{{typ: "CONSULT", countries: []string{"CHN", "JPN", "KOR"}, status: event.Occurred}})
	})
}

// The one who tells of an act is no party of the act's second predicate
// when the words name their own subject: "He said A and B agreed ... and
// reached" (speakers12.go).
func TestWireFormsTwelfthPassSpeakerNoParty(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "the host who reports the deal is no party of its second predicate",
			body: "OSLO, March 3, 2024 (AP) — Norwegian Foreign Minister Espen Barth Eide, who hosted the talks, spoke to reporters. He said Israel and the Palestinians agreed to extend the truce and reached an agreement to resume talks next month.",
			// One agreement told by two predicates, both on the day told
			// (stop 41: "next month" is the talks' time, discourse21.go).
			want: []expect{{typ: "AGREE", countries: []string{"ISR", "PSE"}, status: event.Occurred, start: "2024-03-03", notActor: "NOR"}}},
		{rule: "the government that confirms a visit makes no pledge of the visitor's",
			body: "CAIRO, March 3, 2024 (AP) — Egypt has confirmed that Sudan's army chief Abdel Fattah al-Burhan has visited Cairo, where he met President Abdel Fattah al-Sisi and pledged his commitment to a ceasefire.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{})
			checkWanted(t, evs, tt.want)
			for _, e := range evs {
				if e.Type == "AGREE" && len(e.Countries()) != 2 || e.Type == "AGREE" && e.Countries()[0] == "EGY" {
					t.Errorf("the teller made a party: %s %v", e.Type, e.Countries())
				}
			}
		})
	}
	t.Run("left alone: the speaker is the only subject it hands on", func(t *testing.T) {
		body := "VILNIUS, March 3, 2024 (AP) — Lithuania's foreign ministry said on Monday it was expelling two Belarusian diplomats and recalled its own envoy from Minsk."
		checkWanted(t, Code(art(body, ""), Options{}),
			[]expect{{typ: "SANCTION", countries: []string{"BLR", "LTU"}, status: event.Occurred}})
	})
}

// A host receives each visitor the text tells apart on a visit of the
// visitor's own; two guests hosted together stay one meeting
// (visitors12.go).
func TestWireFormsTwelfthPassVisitorsApart(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "leaders welcomed as members of a group visit one by one",
			body: "MOSCOW, October 8, 2024 (AP) — Russian President Vladimir Putin on Tuesday began welcoming leaders, including Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev.",
			want: []expect{{typ: "CONSULT", countries: []string{"KAZ", "RUS"}, status: event.Occurred, mode: "visit"},
				{typ: "CONSULT", countries: []string{"RUS", "UZB"}, status: event.Occurred, mode: "visit"}}},
		{rule: "two visitors with a trip each make two visits",
			body: "WASHINGTON, April 3, 2024 (AP) — Japanese Prime Minister Fumio Kishida's visit to the White House comes a week before Philippine President Ferdinand Marcos visits Washington.",
			want: []expect{{typ: "CONSULT", countries: []string{"JPN", "USA"}, status: event.Occurred},
				{typ: "CONSULT", countries: []string{"PHL", "USA"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{})
			checkWanted(t, evs, tt.want)
			if len(evs) != len(tt.want) {
				t.Errorf("got %d events, want %d", len(evs), len(tt.want))
			}
		})
	}
	t.Run("left alone: two guests hosted together", func(t *testing.T) {
		body := "WASHINGTON, August 18, 2023 (AP) — Biden on Friday hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David."
		checkWanted(t, Code(art(body, ""), Options{}),
			[]expect{{typ: "CONSULT", countries: []string{"JPN", "KOR", "USA"}, status: event.Occurred}})
	})
}
