package coder

import (
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28): the second act of a clause. The sentences are
// written for this test; each link has two it must handle, and the
// negatives one it must leave alone.

// A second act tied to the clause's own by its outcome, its setting or a
// signing witnessed is coded too, with the same sides and day
// (secondacts10.go).
func TestWireFormsTenthPassSecondAct(t *testing.T) {
	const pub = "2024-03-13" // a Wednesday
	tests := []ruleCase{
		{rule: "a meeting resulting in a release",
			body: "U.S. envoy Adam Boehler met Venezuelan President Nicolas Maduro in Caracas on Tuesday, resulting in the release of three American prisoners.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"USA", "VEN"}, status: event.Occurred, start: "2024-03-12"},
				{typ: "CONCEDE", countries: []string{"USA", "VEN"}, status: event.Occurred, start: "2024-03-12"},
			}, anyOf: true},
		{rule: "talks leading to a ceasefire",
			body: "Thai Prime Minister Srettha Thavisin held talks with Cambodian Prime Minister Hun Manet on Monday, leading to a ceasefire along the border.",
			want: []expect{
				{typ: "CONSULT", countries: []string{"KHM", "THA"}, status: event.Occurred, start: "2024-03-11"},
				{typ: "AGREE", countries: []string{"KHM", "THA"}, status: event.Occurred, start: "2024-03-11"},
			}, anyOf: true},
		{rule: "a request made in a phone call",
			body: "German Chancellor Olaf Scholz urged Chinese President Xi Jinping on Tuesday to lower tariffs on German cars in their first phone call since November.",
			want: []expect{
				{typ: "REQUEST", countries: []string{"CHN", "DEU"}, status: event.Occurred, start: "2024-03-12"},
				{typ: "CONSULT", countries: []string{"CHN", "DEU"}, status: event.Occurred, start: "2024-03-12"},
			}, anyOf: true},
		{rule: "a warning given during a meeting",
			body: "Japanese Prime Minister Fumio Kishida criticised South Korean President Yoon Suk Yeol over the fishing dispute on Monday during their meeting in Tokyo.",
			want: []expect{
				{typ: "ACCUSE", countries: []string{"JPN", "KOR"}, status: event.Occurred, start: "2024-03-11"},
				{typ: "CONSULT", countries: []string{"JPN", "KOR"}, status: event.Occurred, start: "2024-03-11"},
			}, anyOf: true},
		{rule: "leaders who witnessed the signing of an accord signed it",
			body: "After two years of negotiations, Australian Prime Minister Anthony Albanese and Indonesian President Joko Widodo on Monday witnessed the signing of a defence agreement.",
			want: []expect{
				{typ: "AGREE", countries: []string{"AUS", "IDN"}, status: event.Occurred, start: "2024-03-11"},
			}, anyOf: true},
		{rule: "leaders who presided over the signing of deals signed them",
			body: "After their talks, Vietnamese President Vo Van Thuong and Chinese President Xi Jinping presided over the signing of 36 agreements in Hanoi on Tuesday.",
			want: []expect{
				{typ: "AGREE", countries: []string{"CHN", "VNM"}, status: event.Occurred, start: "2024-03-12"},
			}, anyOf: true},
		{rule: "a warning given during a call between the leaders",
			body: "Indian Prime Minister Narendra Modi warned Pakistani Prime Minister Shehbaz Sharif against new attacks during a phone call between the two leaders on Monday.",
			want: []expect{
				{typ: "THREATEN", countries: []string{"IND", "PAK"}, status: event.Occurred, start: "2024-03-11"},
				{typ: "CONSULT", countries: []string{"IND", "PAK"}, status: event.Occurred, start: "2024-03-11"},
			}, anyOf: true},
		{rule: "a request made at a meeting with the other side",
			body: "Brazilian President Luiz Inacio Lula da Silva on Tuesday urged Argentine President Javier Milei to reopen the border at a meeting with Milei in Brasilia.",
			want: []expect{
				{typ: "REQUEST", countries: []string{"ARG", "BRA"}, status: event.Occurred, start: "2024-03-12"},
				{typ: "CONSULT", countries: []string{"ARG", "BRA"}, status: event.Occurred, start: "2024-03-12"},
			}, anyOf: true},
	}
	runRuleCases(t, pub, tests)

	// Leave alone: a topic of talks, an act the meeting only aimed at, and
	// a meeting told by a third party.
	for _, body := range []string{
		"Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani on Monday to discuss the release of Turkish prisoners.",
		"Egyptian President Abdel Fattah al-Sisi spoke with Israeli Prime Minister Benjamin Netanyahu on Monday about a ceasefire in Gaza.",
	} {
		for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
			if e.Type != "CONSULT" {
				t.Errorf("%q: got %s %v, want the meeting only: its topic is no act", body, e.Type, e.Countries())
			}
		}
	}
}

// What one side tells another at a meeting is said at it: both are its
// sides (pastAddressee, secondacts10.go).
func TestWireFormsTenthPassToldAtMeeting(t *testing.T) {
	const pub = "2024-03-13" // a Wednesday
	tests := []ruleCase{
		{rule: "told the other side at the meeting",
			body: "German Chancellor Olaf Scholz told French President Emmanuel Macron at the meeting in Paris on Tuesday that Europe must spend more on defence.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2024-03-12"}}, anyOf: true},
		{rule: "told a counterpart during talks",
			body: "Japanese Prime Minister Fumio Kishida told his Australian counterpart Anthony Albanese during talks in Tokyo on Monday that the two navies would train together.",
			want: []expect{{typ: "CONSULT", countries: []string{"AUS", "JPN"}, status: event.Occurred, start: "2024-03-11"}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
	// Leave alone: a meeting told of, not told at.
	body := "German Chancellor Olaf Scholz told French President Emmanuel Macron that the meeting in Paris would be held in May."
	for _, e := range Code(art(body, pub), Options{KeepOneSided: true}) {
		if e.Type == "CONSULT" && e.Status == event.Occurred {
			t.Errorf("%q: got a meeting held %v, want none: the meeting is what is told", body, e.Countries())
		}
	}
}
