package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fourth pass (stop 42, the day): a day written between the subject
// and its verb dates that verb, not the later day of the thing the verb is
// about; and a noun act that the subject "follows" was done before it
// (days22.go). The sentences are written for this test; the page is dated
// Saturday 2025-03-08.
func TestWireFormsTwentyFourthPassDays(t *testing.T) {
	accuse := func(cs []string, start string) expect {
		return expect{typ: "ACCUSE", countries: cs, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2025-03-08", []ruleCase{
		{rule: "a day before the verb, another day in its object",
			body: "Belarus on Friday condemned Poland's expulsion on Thursday of a Belarusian diplomat.",
			want: []expect{accuse([]string{"BLR", "POL"}, "2025-03-07")}},
		{rule: "a day before the verb, a year in the charge",
			body: "Kenya on Friday accused Tanzania of detaining its activists last year.",
			want: []expect{accuse([]string{"KEN", "TZA"}, "2025-03-07")}},
		{rule: "a noun act the move follows was done",
			body: "The move follows Poland's expulsion of two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"POL", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "a noun act it follows, told passive",
			body: "It follows the expulsion by Poland of two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"POL", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "left alone: no day before the verb",
			body: "Kenya accused Tanzania of detaining its activists on Tuesday.",
			want: []expect{accuse([]string{"KEN", "TZA"}, "2025-03-04")}},
		{rule: "left alone: the day of a saying",
			body: "Romania said on Wednesday it had expelled two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"ROU", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "left alone: a follow-up still to come",
			body: "Poland and Lithuania will follow the summit with talks in Vilnius on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"LTU", "POL"}, status: event.Planned, start: "2025-03-10"}}, anyOf: true},
	})
}

// Twenty-fourth pass (stop 42, the day): a year or month closing a clause
// on the act's object is the thing's — a participle with its partner
// ("signed with Turkey in 2019") or a relative clause ("that Tripoli
// signed with Ankara in 2019"); and a counted day inside the sentence
// counts from the sentence before (days22.go). Written for this test; the
// page is dated Thursday 2026-03-12.
func TestWireFormsTwentyFourthPassThingsAndCounts(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	grcLby := []string{"GRC", "LBY"}
	runRuleCases(t, "2026-03-12", []ruleCase{
		{rule: "a participle with its partner dates the deal",
			body: "Greece has recalled its ambassador from Libya over a maritime deal signed with Turkey in November 2019.",
			want: []expect{done("SANCTION", grcLby, "2026-03-12")}},
		{rule: "a participle with its partner, a charge",
			body: "Iran accused the United States of breaching the nuclear accord signed with world powers in 2015.",
			want: []expect{done("ACCUSE", []string{"IRN", "USA"}, "2026-03-12")}},
		{rule: "a participle with \"between\" and its partners",
			body: "Vietnam accused China of violating an accord reached between the two countries in 2000.",
			want: []expect{done("ACCUSE", []string{"CHN", "VNM"}, "2026-03-12")}},
		{rule: "a relative clause's year",
			body: "Greece recalled its ambassador from Libya over a maritime deal that Tripoli signed with Ankara in 2019.",
			want: []expect{done("SANCTION", grcLby, "2026-03-12")}},
		{rule: "a relative clause's month",
			body: "Morocco recalled its ambassador from Algeria over a gas deal that Algiers cancelled in October.",
			want: []expect{done("SANCTION", []string{"DZA", "MAR"}, "2026-03-12")}},
		{rule: "left alone: a relative clause's day stays the answer's",
			body: "Estonia summoned the Russian envoy over a violation of its airspace that took place on Friday.",
			want: []expect{done("ACCUSE", []string{"EST", "RUS"}, "2026-03-06")}},
		{rule: "left alone: the act's own year",
			body: "Egypt and Greece signed a maritime deal in January.",
			want: []expect{done("AGREE", []string{"EGY", "GRC"}, "2026-01-01")}},
		{rule: "a day later inside the sentence",
			body: "Greece expelled a Libyan diplomat on Tuesday. Libya responded a day later by expelling a Greek diplomat.",
			want: []expect{done("SANCTION", grcLby, "2026-03-10"), done("SANCTION", grcLby, "2026-03-11")}, anyOf: true},
		{rule: "two days later inside the sentence",
			body: "Chile recalled its ambassador from Peru on Monday. Peru recalled its envoy from Chile two days later.",
			want: []expect{done("SANCTION", []string{"CHL", "PER"}, "2026-03-09"), done("SANCTION", []string{"CHL", "PER"}, "2026-03-11")}, anyOf: true},
		{rule: "left alone: later than planned",
			body: "Chile recalled its ambassador from Peru on Monday. Peru recalled its envoy a day later than expected.",
			want: []expect{done("SANCTION", []string{"CHL", "PER"}, "2026-03-09")}, anyOf: true},
	})
}

func TestInnerOffset(t *testing.T) {
	for text, want := range map[string]int{
		"Libya responded a day later by expelling a Greek diplomat.": 1,
		"Peru recalled its envoy two days later.":                    2,
		"Peru had recalled its envoy three days earlier.":            -3,
	} {
		if got, ok := innerOffset(text); !ok || got != want {
			t.Errorf("innerOffset(%q) = %d, %v; want %d", text, got, ok, want)
		}
	}
	for _, text := range []string{
		"Peru recalled its envoy a day later than expected.",
		"Peru recalled its envoy two days after the vote.",
		"Two days of talks ended.",
	} {
		if _, ok := innerOffset(text); ok {
			t.Errorf("innerOffset(%q): want no offset", text)
		}
	}
}
