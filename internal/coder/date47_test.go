package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-ninth pass (stop 47): the date in a past participle hung on the
// subject before the act is the thing's, not the act's (date47.go). The
// sentences are written for this test; the page is dated Friday
// 2025-05-23.
func TestWireFormsTwentyNinthPassSubjectDate(t *testing.T) {
	one := func(typ string, cs []string, start string) []expect {
		return []expect{{typ: typ, countries: cs, status: event.Occurred, start: start}}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "a plan proposed by a party in a year, backed since: the page's day",
			body: "The peace plan proposed by Peru in 2019 has recently been endorsed by Chile.",
			want: one("SUPPORT", []string{"CHL", "PER"}, "2025-05-23"), anyOf: true},
		{rule: "a plan drafted in a year, endorsed on a weekday: the weekday",
			body: "The peace plan drafted by Peru in 2019 was endorsed by Chile on Monday.",
			want: one("SUPPORT", []string{"CHL", "PER"}, "2025-05-19"), anyOf: true},
		{rule: "left alone: a verb of saying in the participle form is finite",
			body: "Peruvian media reported on Tuesday that Chilean troops had entered Peru.",
			want: one("MOBILIZE", []string{"CHL", "PER"}, "2025-05-20"), anyOf: true},
		{rule: "left alone: a date before the verb with no participle is the act's",
			body: "Peru on Wednesday rejected the treaty with Chile.",
			want: []expect{{typ: "REJECT", countries: []string{"CHL", "PER"}, status: event.Occurred, start: "2025-05-21"}}, anyOf: true},
	})
}

// Review of stop 47: a past verb right after its subject, with an
// infinitive of the act after its date, is the clause's finite verb and
// its date the act's (subjectDated): "Chad's parliament voted on Friday to
// send troops". The page is dated Friday 2025-05-23.
func TestSubjectDatedFiniteVerbKeepsDate(t *testing.T) {
	one := func(typ string, cs []string, start string) []expect {
		return []expect{{typ: typ, countries: cs, status: event.Planned, start: start}}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "a parliament voted on a weekday to send troops",
			body: "Chad's parliament voted on Tuesday to send troops to Cameroon.",
			want: one("MOBILIZE", []string{"CMR", "TCD"}, "2025-05-20"), anyOf: true},
		{rule: "a deadline expired on a weekday for troops to leave",
			body: "The Turkish parliament voted on Wednesday to send troops to Libya.",
			want: one("MOBILIZE", []string{"LBY", "TUR"}, "2025-05-21"), anyOf: true},
	})
}
