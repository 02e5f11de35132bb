package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass (stop 23), precision: offers and background that name an act
// without reporting it. The sentences are written for this test; each
// rule has two it must code right and one it must leave alone.
func TestPrecisionFifthPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "an offer to release a ship on a condition is no release",
			body:     "Officials were surprised, given Kenya's offer last week to release the Ugandan ferry if Uganda could guarantee it would not sail to Somalia.",
			notTypes: []string{"CONCEDE", "AGREE"}},
		{rule: "'ready to send a team if' the other side wishes is no agreement",
			body:     "Japan is ready to send a team of doctors to Kenya if Kenya so wishes.",
			notTypes: []string{"AGREE", "AID"}},
		{rule: "an offer with no condition stays an agreement",
			body: "Japan offered to send a team of doctors to Kenya on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"JPN", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "a pledge of help if the other side is attacked is a commitment, not an offer on terms",
			body: "Kenya is willing to send equipment to help Uganda if it is attacked, Kenya's foreign minister said on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true}, // no tense given: done (status13.go)

		{rule: "a team of doctors landing in a capital is no visit",
			body:     "A team of Chinese doctors landed in Nairobi on Tuesday to help Kenya fight the outbreak.",
			notTypes: []string{"CONSULT"}},
		{rule: "a pastor arriving home is no visit between the countries named",
			body:     "The American pastor at the centre of a row between Nairobi and Washington arrived at his home in Kenya on Tuesday.",
			notTypes: []string{"CONSULT"}},
		{rule: "a minister landing in a capital still visits",
			body: "Chinese Foreign Minister Wang Yi landed in Nairobi on Tuesday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"CHN", "KEN"}, status: event.Occurred}}, anyOf: true},

		{rule: "'decided to' an act of its own is no agreement between sides",
			body:     "The Kenyan foreign ministry told the Ugandan embassy on Monday that Kenya has decided to revoke the permission for the Ugandan consulate in Mombasa.",
			notTypes: []string{"AGREE"}},
		{rule: "'agreed to' reopen a border stays an agreement",
			body: "Kenya and Uganda agreed to reopen their border.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'decided to suspend visas' is the sanction itself, decided (occurred, announced15.go)",
			body: "Kenya has decided to suspend visas for Ugandan nationals.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"AGREE", "THREATEN"}},

		{rule: "sides urging restraint together are not each other's target",
			body:     "Both Nairobi and Kampala have urged restraint and encouraged a diplomatic solution to the growing tensions.",
			notTypes: []string{"REQUEST"}},
		{rule: "sides condemning an attack together are not each other's target",
			body:     "Kenya, Uganda and the EU condemn the attack.",
			notTypes: []string{"ACCUSE"}},
		{rule: "sides that urge a third side keep it as target",
			body: "Kenya and Uganda urged Somalia on Monday to show restraint.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "SOM", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "optimism that a deal will hold is no agreement",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni expressed optimism that the deal would restore trust.",
			notTypes: []string{"AGREE"}},
		{rule: "optimism about restarting talks is no meeting",
			body:     "Kenyan President William Ruto and Ugandan President Yoweri Museveni signaled optimism about restarting talks with Somalia.",
			notTypes: []string{"CONSULT"}},
		{rule: "a deal signed is still an agreement, hope or not",
			body: "Kenya and Uganda signed a trade deal on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}
