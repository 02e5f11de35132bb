package coder

import "testing"

// Thirteenth pass (stop 31), a place the sentence names for another act
// than the coded one (otherplace13.go), and the day a trip's merged report
// keeps (mergetrip.go). The sentences are written for these tests.

// placeOf codes body and returns the location name of its event of type
// typ ("" for none).
func placeOfType(t *testing.T, body, typ string) string {
	t.Helper()
	for _, e := range Code(art(body, ""), Options{}) {
		if e.Type != typ {
			continue
		}
		if e.Location == nil {
			return ""
		}
		return e.Location.Name
	}
	t.Fatalf("no %s event in %q", typ, body)
	return ""
}

func TestWireFormsThirteenthPassOtherPlace(t *testing.T) {
	tests := []struct {
		rule, body, typ, notAt, at string
	}{
		{rule: "where the words were said is not where the act was",
			body: "ANKARA, March 6, 2024 (AP) — The ministry spokesman confirmed at a weekly news conference in Ankara that Sweden had expelled two Turkish diplomats on Tuesday.",
			typ:  "SANCTION", notAt: "Ankara"},
		{rule: "the place of the next meeting is not the agreement's",
			body: "DOHA, March 6, 2024 (AP) — Ethiopia and Eritrea pledged to respect each other's borders and are scheduled to reconvene in Nairobi on April 2.",
			typ:  "AGREE", notAt: "Nairobi"},
		{rule: "the place of the last meeting is not the talks'",
			body: "NEW DELHI, March 6, 2024 (AP) — Japan's prime minister held talks with the Indian prime minister on Sunday, during which both welcomed the progress since their last meeting in Hiroshima.",
			typ:  "CONSULT", notAt: "Hiroshima"},
		{rule: "left alone: a ceasefire agreed at talks in a city",
			body: "CAIRO, March 6, 2024 (AP) — Ethiopia and Eritrea agreed to a truce on Sunday at talks in Nairobi.",
			typ:  "AGREE", at: "Nairobi"},
		{rule: "left alone: a meeting held where the sentence says",
			body: "NEW DELHI, March 6, 2024 (AP) — Japan's prime minister met the Indian prime minister in Hiroshima on Sunday.",
			typ:  "CONSULT", at: "Hiroshima"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := placeOfType(t, tt.body, tt.typ)
			if tt.notAt != "" && got == tt.notAt {
				t.Errorf("placed at %q, the place of another act", got)
			}
			if tt.at != "" && got != tt.at {
				t.Errorf("placed at %q, want %q", got, tt.at)
			}
		})
	}
}

// One article telling a trip's arrival on one day and its talks on the
// next: the merged report keeps the day of the talks.
func TestTripKeepsTheDayOfTheTalks(t *testing.T) {
	body := "NEW DELHI, March 11, 2024 (AP) — The Japanese prime minister arrived in New Delhi on Saturday for a two-day visit to India.\n\n" +
		"The Japanese prime minister held talks with the Indian prime minister on Sunday."
	for _, e := range Code(art(body, ""), Options{}) {
		if e.Type == "CONSULT" && e.Date != nil && e.Date.Start != "2024-03-10" {
			t.Errorf("trip dated %s, want the talks' day 2024-03-10", e.Date.Start)
		}
	}
}
