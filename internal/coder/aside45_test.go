package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-seventh pass (stop 45, the day of an aside). A day inside an aside
// set off by a comma that hangs a participle on a noun ("a proposal first
// made in January", "the curbs, imposed in July 2019") is the described
// thing's, not the day of the act the clause tells (aside45.go). The
// sentences are written for this test; the page is dated Tuesday
// 2025-03-04.
func TestWireFormsTwentySeventhPassAsideDays(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "an appositive's month is the proposal's, not the refusal's told on Thursday",
			body: "Mexico's president said on Thursday she had rejected an offer from the United States to send troops, a proposal first made in January.",
			want: []expect{done("REJECT", []string{"MEX", "USA"}, "2025-02-27")}, anyOf: true},
		{rule: "a participle's year is the curbs', not the lifting's",
			body: "South Korea said on Monday that Japan had lifted its export curbs on Seoul, imposed in July 2019.",
			want: []expect{done("CONCEDE", []string{"JPN", "KOR"}, "2025-03-03")}, anyOf: true},
		{rule: "an adverb and a participle: the deployment's first year is not the withdrawal's",
			body: "Rwanda said on Monday it had withdrawn its troops from Mozambique, first deployed to Cabo Delgado in July 2021.",
			want: []expect{done("RETREAT", []string{"MOZ", "RWA"}, "2025-03-03")}, anyOf: true},
		{rule: "left alone: a scheduling participle dates the plan it describes",
			body: "Chad's president said French troops will complete their withdrawal from the country, scheduled for March 31.",
			want: []expect{{typ: "RETREAT", countries: []string{"FRA"}, status: event.Planned, start: "2025-03-31"}}, anyOf: true},
		{rule: "left alone: an adjective before a noun is not an aside",
			body: "After a state of emergency was declared, exiled former Maldivian president Mohamed Nasheed on Monday asked India to intervene.",
			want: []expect{done("REQUEST", []string{"IND", "MDV"}, "2025-03-03")}, anyOf: true},
		{rule: "left alone: a clause's own day after an appositive",
			body: "Armed clashes between Armenia and Azerbaijan, two neighbours at odds over Karabakh, broke out on February 27.",
			want: []expect{done("ASSAULT", []string{"ARM", "AZE"}, "2025-02-27")}, anyOf: true},
	})
}
