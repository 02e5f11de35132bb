package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-sixth pass (stop 44, the day). News told with no day takes the
// page's, not the day of an earlier act of the same kind and parties told
// further down months before; and a date inside a ", which" or ", who"
// clause is not lent to the sentence after it (days44.go). The sentences
// are written for this test; the pages are dated Thursday 2026-03-05 (and
// Saturday 2026-09-05).
func TestWireFormsTwentySixthPassDays(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	ltuBlr := []string{"BLR", "LTU"}
	runRuleCases(t, "2026-03-05", []ruleCase{
		{rule: "news with no day keeps the page's over an earlier act's day months before",
			body: "Lithuania has expelled a Belarusian diplomat, the foreign ministry said. Vilnius had expelled another Belarusian diplomat on August 12.",
			want: []expect{done("SANCTION", ltuBlr, "2026-03-05")}},
		{rule: "news with no day keeps the page's over a full date years before",
			body: "The Czech government has expelled two Russian diplomats. Prague had expelled 18 Russian diplomats on April 17, 2021.",
			want: []expect{done("SANCTION", []string{"CZE", "RUS"}, "2026-03-05")}},
		{rule: "a relative clause's date is not lent to the next sentence",
			body: "The attack embarrassed Kenya, which sent troops to Somalia in 2023. Kenya accused Somalia of failing to protect its soldiers.",
			want: []expect{done("ACCUSE", []string{"KEN", "SOM"}, "2026-03-05")}, anyOf: true},
		{rule: "a relative clause's month is not lent to the next sentence",
			body: "The talks were hosted by Qatar, which mediated a ceasefire in December. Rwanda and Congo signed a declaration of principles.",
			want: []expect{done("AGREE", []string{"COD", "RWA"}, "2026-03-05")}},
		{rule: "left alone: an earlier act's day in the month before the page's",
			body: "Lithuania has expelled a Belarusian diplomat, the foreign ministry said. Vilnius had expelled another Belarusian diplomat on February 12.",
			want: []expect{done("SANCTION", ltuBlr, "2026-02-12")}},
		{rule: "left alone: the main clause's day after a relative clause is lent",
			body: "Ghana's president, who took office in January, met the Togolese president in Accra on Monday. The two leaders signed a border accord.",
			want: []expect{done("AGREE", []string{"GHA", "TGO"}, "2026-03-02")}, anyOf: true},
	})
	runRuleCases(t, "2026-09-05", []ruleCase{
		{rule: "a date in a second relative clause is not lent",
			body: "The decision is a blow to Israel, which had hoped to build on the momentum started by the United States and Guatemala, which moved their embassies to Jerusalem in May. In response to the decision, Israel said it was closing its embassy in Paraguay.",
			want: []expect{done("SANCTION", []string{"ISR", "PRY"}, "2026-09-05")}},
	})
}
