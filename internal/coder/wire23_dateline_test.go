package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fifth pass (stop 43, datelines): on a page with no publication
// date whose body writes a full date, the dateline's month and day is the
// filing day, in the year that full date gives (dateline43.go). The
// sentences are written for this test.
func TestWireFormsTwentyFifthPassDatelineYear(t *testing.T) {
	done := func(typ string, cs []string, start string) expect {
		return expect{typ: typ, countries: cs, status: event.Occurred, start: start}
	}
	irnQat := []string{"IRN", "QAT"}
	runRuleCases(t, "", []ruleCase{
		{rule: "a Reuters dateline after a full date in the body", undated: true, anyOf: true,
			body: "DOHA, March 5 (Reuters) - Qatar expelled an Iranian diplomat on Thursday. The two countries had signed a trade accord on January 12, 2026.",
			want: []expect{done("SANCTION", irnQat, "2026-03-05")}},
		{rule: "a TASS dateline, its year from the lead's weekday", undated: true, anyOf: true,
			body: "MOSCOW, August 2. /TASS/. Russia expelled two Polish diplomats on Saturday. Poland had closed a Russian consulate on July 20, 2025.",
			want: []expect{done("SANCTION", []string{"POL", "RUS"}, "2025-08-02")}},
		{rule: "a dateline in the year after the body's full date", undated: true, anyOf: true,
			body: "NAIROBI, Feb 20 (Reuters) - Kenya recalled its ambassador to Somalia on Friday. Somalia cut ties with Kenya on December 15, 2020.",
			want: []expect{done("SANCTION", []string{"KEN", "SOM"}, "2021-02-19")}},
		{rule: "a Xinhua dateline and the lead's weekday", undated: true, anyOf: true,
			body: "ANKARA, Feb. 10 (Xinhua) -- Turkey condemned Greece on Tuesday over the detention of Turkish fishermen. Greece detained the fishermen on February 3, 2026.",
			want: []expect{done("ACCUSE", []string{"GRC", "TUR"}, "2026-02-10")}},
		{rule: "a BelTA dateline", undated: true, anyOf: true,
			body: "MINSK, June 3. /BelTA/. Belarus freed three Lithuanian citizens on Wednesday. The three had been arrested on April 14, 2020.",
			want: []expect{done("CONCEDE", []string{"BLR", "LTU"}, "2020-06-03")}},
		{rule: "a day-month dateline", undated: true, anyOf: true,
			body: "Doha, 4 March (QNA) - Qatar hosted talks between Sudan and Chad on Wednesday. The two had signed a truce on 12 January 2026.",
			want: []expect{done("CONSULT", []string{"QAT", "SDN", "TCD"}, "2026-03-04")}},
		{rule: "a dateline before a full date still to come", undated: true, anyOf: true,
			body: "VILNIUS, Feb 20 (Reuters) - Lithuania expelled two Belarusian diplomats. The two must leave Lithuania on March 1, 2026.",
			want: []expect{done("SANCTION", []string{"BLR", "LTU"}, "2026-02-20")}},
		{rule: "left alone: no dateline, the body's date is the reference", undated: true, anyOf: true,
			body: "The two countries signed a trade accord on January 12, 2026. Qatar expelled an Iranian diplomat on Tuesday, March 3, 2026.",
			want: []expect{done("SANCTION", irnQat, "2026-03-03")}},
	})
	runRuleCases(t, "2026-02-21", []ruleCase{
		{rule: "left alone: a dated page's dateline", anyOf: true,
			body: "NAIROBI, Feb 20 (Reuters) - Kenya recalled its ambassador to Somalia on Friday. Somalia cut ties with Kenya on December 15, 2020.",
			want: []expect{done("SANCTION", []string{"KEN", "SOM"}, "2026-02-20")}},
	})
}
