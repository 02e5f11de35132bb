package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fifth pass (stop 43, the day): on a page with no publication date,
// read against the last full date its body writes, a lone weekday told in
// the past is the one nearest that day, after it as well as before, and a
// counted day may fall after it (days23.go). The sentences are written for
// this test; the pages show no date of their own.
func TestWireFormsTwentyFifthPassTextDatedDays(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	isrLbn, irnQat, argChl := []string{"ISR", "LBN"}, []string{"IRN", "QAT"}, []string{"ARG", "CHL"}
	runRuleCases(t, "", []ruleCase{
		{rule: "a weekday the day after the text's date", undated: true,
			body: "Israel struck Beirut's southern suburbs on March 1, 2026. On Monday, Lebanon condemned the attack.",
			want: []expect{done("ASSAULT", isrLbn, "2026-03-01"), done("ACCUSE", isrLbn, "2026-03-02")}},
		{rule: "a weekday after a weekday-dated day", undated: true,
			body: "Qatar expelled an Iranian diplomat on Tuesday, March 3, 2026. Iran summoned Qatar's ambassador on Wednesday.",
			want: []expect{done("SANCTION", irnQat, "2026-03-03"), done("ACCUSE", irnQat, "2026-03-04")}},
		{rule: "a weekday after the text's date closing the clause is the act's", undated: true,
			body: "The ministers met on Sunday, March 1, 2026, in Doha. Qatar expelled an Iranian diplomat on Tuesday.",
			want: []expect{done("SANCTION", irnQat, "2026-03-03")}},
		{rule: "a weekday after the text's date, told in the past perfect, stays done", undated: true,
			body: "Syria condemned Israeli strikes on Sunday, March 1, 2026. Israel said Wednesday it had struck Syrian army positions near Damascus.",
			want: []expect{done("ASSAULT", []string{"ISR", "SYR"}, "2026-03-04")}, anyOf: true},
		{rule: "a day counted after the text's date", undated: true,
			body: "On March 4, 2026, Chile and Argentina held talks in Santiago. Two days later, Chile recalled its ambassador to Argentina.",
			want: []expect{done("CONSULT", argChl, "2026-03-04"), done("SANCTION", argChl, "2026-03-06")}},
		{rule: "a day counted after the text's date, inside the sentence", undated: true,
			body: "Chile and Argentina held talks in Santiago on March 4, 2026. Chile recalled its ambassador to Argentina a day later.",
			want: []expect{done("CONSULT", argChl, "2026-03-04"), done("SANCTION", argChl, "2026-03-05")}},
		{rule: "left alone: a weekday nearer before the text's date", undated: true,
			body: "Israel struck Beirut's southern suburbs on March 1, 2026. Lebanon on Friday condemned the attack.",
			want: []expect{done("ASSAULT", isrLbn, "2026-03-01"), done("ACCUSE", isrLbn, "2026-02-27")}},
		{rule: "left alone: a weekday before the sentence of a later date", undated: true,
			body: "Canada on Friday lifted sanctions on Belarus's national airline. The decision will take effect on October 15, 2026.",
			want: []expect{done("CONCEDE", []string{"BLR", "CAN"}, "2026-10-09")}, anyOf: true},
		{rule: "left alone: last week's weekday", undated: true,
			body: "Israel struck Beirut's southern suburbs on March 1, 2026. Lebanon condemned Israel last Monday.",
			want: []expect{done("ASSAULT", isrLbn, "2026-03-01"), done("ACCUSE", isrLbn, "2026-02-23")}},
	})
}

// A dated page is read against its own day: a weekday told in the past is
// before it, whatever dates the body writes.
func TestWireFormsTwentyFifthPassDatedPageWeekday(t *testing.T) {
	runRuleCases(t, "2026-03-02", []ruleCase{
		{rule: "left alone: a dated page's weekday",
			body: "The ministers met on Sunday, March 1, 2026, in Doha. Qatar on Tuesday expelled an Iranian diplomat.",
			want: []expect{{typ: "SANCTION", countries: []string{"IRN", "QAT"}, status: event.Occurred, start: "2026-02-24"}}},
	})
}

// "the next day", "the following day", "the previous day" and "24 hours
// later" written after the verb count from the day the sentence before
// writes, as they do opening the sentence (days23.go). Written for this
// test; the page is dated Thursday 2026-03-05.
func TestWireFormsTwentyFifthPassNextDay(t *testing.T) {
	accuse := func(start string) expect {
		return expect{typ: "ACCUSE", countries: []string{"IRN", "QAT"}, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2026-03-05", []ruleCase{
		{rule: "the next day, after the verb",
			body: "Qatar expelled an Iranian diplomat on March 3. Iran summoned Qatar's ambassador the next day.",
			want: []expect{accuse("2026-03-04")}, anyOf: true},
		{rule: "the following day, after the verb",
			body: "Qatar expelled an Iranian diplomat on Monday. Iran responded the following day by summoning Qatar's ambassador.",
			want: []expect{accuse("2026-03-03")}, anyOf: true},
		{rule: "24 hours later",
			body: "Qatar expelled an Iranian diplomat on Monday. Iran summoned Qatar's ambassador 24 hours later.",
			want: []expect{accuse("2026-03-03")}, anyOf: true},
		{rule: "the previous day",
			body: "Qatar expelled an Iranian diplomat on Wednesday. Iran had summoned Qatar's ambassador the previous day.",
			want: []expect{accuse("2026-03-03")}, anyOf: true},
		{rule: "left alone: the same day",
			body: "Qatar expelled an Iranian diplomat on Monday. Iran summoned Qatar's ambassador the same day.",
			want: []expect{accuse("2026-03-02")}, anyOf: true},
		{rule: "left alone: the next day still to come",
			body: "Qatar expelled an Iranian diplomat on Wednesday. Iran will summon Qatar's ambassador the next day.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "QAT"}, status: event.Planned}}, anyOf: true},
	})
}
