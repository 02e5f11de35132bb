package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-eighth pass (stop 46, the day of a cause). A day in a phrase
// that ties an act to what prompted it ("following a tense incident at
// the embassy on Friday", "after a border clash on Saturday", "in the wake
// of a raid on its consulate on Sunday") is the prompting event's, not the
// act's (causeday46.go); the act then takes its page's day. What is agreed
// or announced after a meeting is done at it, on its day; an act with a
// day of its own keeps it. The sentences are written for this test; the
// page is dated Tuesday 2025-03-04.
func TestWireFormsTwentyEighthPassCauseDays(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a tense incident's Friday is not the expulsion's",
			body: "Ghana has announced it is expelling Togo's ambassador, following a tense incident at the Ghanaian embassy on Friday.",
			want: []expect{done("SANCTION", []string{"GHA", "TGO"}, "2025-03-04")}, anyOf: true},
		{rule: "a border clash's Saturday is not the recall's",
			body: "Peru recalled its envoy to Chile after a border clash on Saturday, officials said.",
			want: []expect{done("SANCTION", []string{"CHL", "PER"}, "2025-03-04")}, anyOf: true},
		{rule: "a raid's Sunday, in the wake of, is not the summons'",
			body: "Nigeria summoned the Ghanaian envoy in the wake of a raid on its consulate in Accra on Sunday.",
			want: []expect{done("ACCUSE", []string{"GHA", "NGA"}, "2025-03-04")}, anyOf: true},
		{rule: "left alone: the act's own Monday before the phrase of cause",
			body: "Kenya expelled two Ugandan diplomats on Monday following an attack on its embassy in Kampala last week.",
			want: []expect{done("SANCTION", []string{"KEN", "UGA"}, "2025-03-03")}, anyOf: true},
		{rule: "left alone: a ceasefire agreed following talks is agreed on their day",
			body: "Pakistan and Afghanistan agreed to an immediate ceasefire following talks in Doha on Saturday.",
			want: []expect{done("AGREE", []string{"AFG", "PAK"}, "2025-03-01")}, anyOf: true},
		{rule: "left alone: a deal signed after a meeting is signed on its day",
			body: "Serbia and Kosovo signed a deal on energy after a meeting of their leaders in Brussels on Sunday.",
			want: []expect{done("AGREE", []string{"SRB", "XKX"}, "2025-03-02")}, anyOf: true},
	})
}
