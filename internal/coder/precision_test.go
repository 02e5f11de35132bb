package coder

import (
	"testing"

	"storyline/internal/event"
)

// Precision rules (precision.go): a common word between unnamed sides, a
// common noun acting, an act someone is criticised for, a source asking
// for anonymity and talks that go on are no new event. Each dropped case
// has a kept twin that names its parties, so the rule is shown to cut only
// what it should. The sentences are written for these tests.
func TestPrecisionRules(t *testing.T) {
	const pub = "2023-05-10" // a Wednesday
	tests := []struct {
		rule, body string
		want       []expect // exactly these events (nil = none, unless notType)
		notType    string   // a type that must not appear
	}{
		// Weak cues need a named side acting and a named side acted upon.
		{rule: "weak cue 'invite' with a common-noun object",
			body: "Portugal will invite engineers to submit designs for the new bridge."},
		{rule: "weak cue 'invite' between two states",
			body: "Portugal invited Brazil's president to Lisbon on Monday.",
			want: []expect{{typ: "REQUEST", countries: []string{"BRA", "PRT"}, status: event.Occurred}}},
		{rule: "weak cue 'allow' in the passive names nobody who allows",
			body: "A former Chilean minister was later allowed to enter the building."},
		{rule: "weak cue 'allow' with a subject that is no actor",
			body: "The ruling would help farmers while allowing Peru to keep its stance."},
		{rule: "weak cue 'provide' for information given",
			body: "Documents Kenya provided to the committee on Monday showed the payments."},
		{rule: "weak cue 'dismiss' with a common-noun subject",
			body: "Then a doctor dismissed a scan of Norway's ambassador as normal."},
		{rule: "weak cue 'defend' with no side acted upon",
			body: "Chile's foreign minister defended the party's actions on Tuesday."},
		{rule: "weak cue 'support' with no named side acting",
			body: "The account posted a series of messages supporting Ghana's president."},
		{rule: "weak cue 'support' between two states stays",
			body: "Ghana supported Nigeria's bid for the seat on Tuesday.",
			want: []expect{{typ: "SUPPORT", countries: []string{"GHA", "NGA"}, status: event.Occurred}}},
		{rule: "'commit to' a policy is no agreement or rejection between parties",
			body: "However, Chile's president did not commit to any cuts in coal use."},
		// A common noun as subject.
		{rule: "generic subject blaming a state",
			body: "But a large share of the population still blames Peru for the crisis."},
		{rule: "a pronoun subject stays an event",
			body: "He urged Vietnam to push back on Tuesday.",
			want: []expect{{typ: "REQUEST", countries: []string{"VNM"}, status: event.Occurred}}},
		{rule: "a passive with a common-noun subject stays (the target is named)",
			body: "Chile was accused on Tuesday of hiding the report.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHL"}, status: event.Occurred}}},
		{rule: "a named state as subject stays",
			body: "Peru blamed Chile for the crisis on Tuesday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		// Criticised for, anonymity, going on.
		{rule: "what a leader is under fire for is no act",
			body: "Kenya's president is under fire for failing to deliver on his pledge to Uganda."},
		{rule: "what a leader is criticised for is no act",
			body: "Kenya's president was criticised for inviting Uganda's president to the summit.", notType: "REQUEST"},
		{rule: "a source asking not to be identified",
			body: "A Syrian official, who asked not to be identified, said the claim was false."},
		{rule: "talks that continue are going on, not planned",
			body: "Peru and Chile continue to negotiate over the border.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		{rule: "talks that will continue are planned",
			body: "Peru and Chile will continue to negotiate over the border.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHL", "PER"}, status: event.Planned}}},
		// A counterfactual past covers the clause it introduces.
		{rule: "'would then have claimed that' introduces what did not happen",
			body: "The envoy would then have claimed that Chile had agreed with Peru on a new border."},
		{rule: "'would have \"objected\"' with a quotation mark between",
			body: "Peru's minister said he would have \"objected\" to Chile opening an inquiry."},
		// A general rule told with "when": no act (pass five).
		{rule: "habitual 'when' clause in the present is a general statement",
			body: "When Peru slaps tariffs on goods, it isn't foreign exporters that pay them."},
		{rule: "a 'when' clause in the past is an act",
			body: "When Peru imposed tariffs on Chile's goods in March, exporters paid them.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		{rule: "a dated 'when' clause stays",
			body: "When Peru imposes tariffs on Chile's goods next week, exporters will pay them.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Planned}}},
		// A wish is no act.
		{rule: "'eager to withdraw' is a wish",
			body: "Peru's president has been eager to withdraw troops from Chile."},
		{rule: "'ready to withdraw' stays (an offer, not a wish)",
			body: "Peru has been ready to withdraw its troops from Chile since Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"CHL", "PER"}, status: event.Occurred}}}, // no tense given: done (status13.go)
		// Headline lists joined by bars are navigation.
		{rule: "a line of headlines joined by bars gives nothing",
			body: "World: Peru rejects Chile's offer | Senators call for talks | Markets fall on news"},
		// A country inside "about ..." is a topic, not a party.
		{rule: "a country in an 'about' phrase is no party",
			body: "Prosecutors accused the reporter of leaking documents about the war in Chile."},
		{rule: "a country acting on the accused stays",
			body: "Peru accused Chile of leaking documents about the war.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		// A licence extended is a concession.
		{rule: "a licence or waiver extended is a concession",
			body: "Washington on Monday extended a waiver allowing Iraq to buy Iranian gas.",
			want: []expect{{typ: "CONCEDE", status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, pub), Options{KeepOneSided: true})
			if tt.notType != "" {
				for _, e := range evs {
					if e.Type == tt.notType {
						t.Errorf("%q: got %s, want no %s", tt.body, summary(evs), tt.notType)
					}
				}
				return
			}
			if tt.want == nil {
				if len(evs) > 0 {
					t.Errorf("%q: got %s, want no event", tt.body, summary(evs))
				}
				return
			}
			if len(evs) != len(tt.want) {
				t.Errorf("%q: got %d events, want %d: %s", tt.body, len(evs), len(tt.want), summary(evs))
			}
			used := map[int]bool{}
			for _, w := range tt.want {
				i := findEvent(evs, w, used)
				if i < 0 {
					t.Errorf("%q: no %s %s %v in %s", tt.body, w.typ, w.status, w.countries, summary(evs))
					continue
				}
				used[i] = true
				checkEvent(t, evs[i], w)
			}
		})
	}
}
