package coder

import (
	"testing"
	"time"

	"storyline/internal/event"
	"storyline/internal/timex"
)

// Twentieth pass (stop 38, the day): the date in a past participle hung on
// the noun an act is done to is the thing's, not the act's
// (objectdate18.go). The sentences are written for this test; the page is
// dated Friday 2025-05-23.
func TestWireFormsTwentiethPassObjectDate(t *testing.T) {
	one := func(typ string, cs []string, start string) []expect {
		return []expect{{typ: typ, countries: cs, status: event.Occurred, start: start}}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "a plan proposed by a party in a year: the act takes the day it was told",
			body: "Chile backed the border plan proposed by Peru in 2019, Foreign Minister Ana Soto told reporters on Thursday.",
			want: one("SUPPORT", []string{"CHL", "PER"}, "2025-05-22"), anyOf: true},
		{rule: "islands seized by troops in a year: a visit told in the present",
			body: "Japan's prime minister is hosting South Korea's president in Tokyo for talks on the islands seized by Japanese troops in 1905.",
			want: one("CONSULT", []string{"JPN", "KOR"}, "2025-05-23"), anyOf: true},
		{rule: "an accord let lapse: its signing is not the retreat",
			body: "Italy has decided not to renew its memorandum of understanding with China, signed in 2019 under a previous government, the foreign ministry said on Wednesday.",
			want: one("RETREAT", []string{"CHN", "ITA"}, "2025-05-21"), anyOf: true},
		{rule: "left alone: a noun cue dated by its own participle",
			body: "The agreement signed by Chile and Peru in Lima on Monday ends the dispute.",
			want: one("AGREE", []string{"CHL", "PER"}, "2025-05-19"), anyOf: true},
		{rule: "left alone: a participle after an auxiliary is the act's own verb",
			body: "Two Peruvian diplomats were expelled by Chile on Tuesday.",
			want: one("SANCTION", []string{"CHL", "PER"}, "2025-05-20"), anyOf: true},
	})
}

// The same in a neighbouring sentence (neighbourDate): a date closing a
// participle hung on a noun is no time of that sentence's news to lend.
func TestObjectDateNotLent(t *testing.T) {
	cases := []struct {
		text  string
		thing bool
	}{
		{"Also freed was the journalist Ana Soto, sentenced in 2022 to five years.", true},
		{"The plan, drafted by Norway in 2019, was never adopted.", true},
		{"Chile expelled two Peruvian diplomats in 2019.", false},
		{"The diplomats were expelled by Chile on Tuesday.", false},
		{"Dozens were killed and hundreds injured on Monday.", false},
	}
	ref := time.Date(2025, 5, 23, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		xs := timex.Find(c.text, ref, timex.TensePast)
		if len(xs) == 0 {
			t.Fatalf("no date in %q", c.text)
		}
		if got := thingDated(c.text, xs[0]); got != c.thing {
			t.Errorf("thingDated(%q) = %v, want %v", c.text, got, c.thing)
		}
	}
}
