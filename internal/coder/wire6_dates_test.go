package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), dates: the day of a plan on a dated page, and the
// days a page tells of other acts. The sentences are written for this
// test; each rule has two it must date right and one it must leave alone.
func TestWireFormsSixthPassDates(t *testing.T) {
	const pub = "2021-03-02" // a Tuesday
	tests := []ruleCase{
		// A time clause after a comma is dated by the clause it hangs on.
		{rule: "'will make history on March 9, when she becomes the first ... to visit': the main clause's day",
			body: "Chancellor Angela Merkel will make history on March 9, when she becomes the first German leader to visit Mongolia.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "MNG"}, status: event.Planned, start: "2021-03-09"}}, anyOf: true},
		{rule: "'will be busy on March 18, when she will hold talks with': the day of the main clause",
			body: "Chancellor Angela Merkel will be busy on March 18, when she will hold talks with French President Emmanuel Macron in Paris.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Planned, start: "2021-03-18"}}, anyOf: true},
		{rule: "a time clause with a day of its own keeps it",
			body: "The minister said on March 1 that talks would resume when Iranian Foreign Minister Javad Zarif meets his Omani counterpart on March 15.",
			want: []expect{{typ: "CONSULT", countries: []string{"IRN", "OMN"}, status: event.Planned, start: "2021-03-15"}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// A page dated in an American or European newsroom tells of an act far
// to the east on the next local day: "on Wednesday" on a page dated
// Tuesday is the day after, not six days back.
func TestWireFormsSixthPassNextLocalDay(t *testing.T) {
	const pub = "2021-03-02" // a Tuesday
	tests := []ruleCase{
		{rule: "a dateline far east: 'SEOUL — ... on Wednesday' is the next local day",
			body: "SEOUL — South Korean President Moon Jae-in held talks with Chinese President Xi Jinping on Wednesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "KOR"}, status: event.Occurred, start: "2021-03-03"}}, anyOf: true},
		{rule: "a venue far east: 'met ... in Tokyo on Wednesday' is the next local day",
			body: "Indian Prime Minister Narendra Modi met Japanese Prime Minister Yoshihide Suga in Tokyo on Wednesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"IND", "JPN"}, status: event.Occurred, start: "2021-03-03"}}, anyOf: true},
		{rule: "a venue in Europe: 'met ... in Berlin on Wednesday' is six days back",
			body: "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Wednesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2021-02-24"}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// A plan with no day of its own is not the act a past-perfect sentence
// dates: "had visited Israel in 2006" is background to a coming visit.
func TestPlanNotDatedByPluperfect(t *testing.T) {
	for _, body := range []string{
		"Indian Prime Minister Narendra Modi is scheduled to land in Israel on a three-day visit. He had also visited Israel in October 2006.",
		"French President Emmanuel Macron will travel to Algeria for a state visit. Macron had earlier visited Algeria in December 2017.",
	} {
		evs := Code(art(body, ""), Options{})
		planned := false
		for _, e := range evs {
			if e.Status == event.Planned {
				planned = true
				if e.Date != nil {
					t.Errorf("%q: the plan got the day %s of the past-perfect visit", body, e.Date.Start)
				}
			}
		}
		if !planned {
			t.Errorf("%q: no planned visit coded: %s", body, summary(evs))
		}
	}
	// A plan beside the act told in the simple past is that act.
	body := "Ahead of the bilateral meeting, officials met in Paris. French President Emmanuel Macron held talks with German Chancellor Olaf Scholz on Sunday, March 6, 2022."
	evs := Code(art(body, ""), Options{})
	for _, e := range evs {
		if e.Type == "CONSULT" && e.Date == nil {
			t.Errorf("%q: an undated report left apart from the dated talks: %s", body, summary(evs))
		}
	}
}
