package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-sixth pass (stop 44, sanctions and coercion written by hand): a
// measure governments "agreed" is decided, not threatened (sanction44.go
// agreedMeasure, agreedBefore); an envoy "summoned and expelled" is
// expelled (cues.tsv); a junta acts for its country (actorNouns). The
// sentences are written for this test.
func TestWireFormsTwentySixthPassSanction(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"new sanctions agreed",
			"Britain and Canada agreed fresh sanctions against Russian banks on Monday.",
			"SANCTION", []string{"CAN", "GBR", "RUS"}, true},
		{"agreed to impose tariffs",
			"Japan and South Korea agreed to impose new tariffs on Chinese steel on Friday.",
			"SANCTION", []string{"CHN", "JPN", "KOR"}, true},
		{"agreed to lift sanctions is no sanction",
			"Japan and South Korea agreed to lift sanctions on Chinese steel on Friday.",
			"SANCTION", []string{"CHN", "JPN", "KOR"}, false},
		{"summoned and expelled an envoy",
			"Sweden summoned and expelled the Iranian charge d'affaires on Tuesday.",
			"SANCTION", []string{"IRN", "SWE"}, true},
		{"summoned and then expelled an envoy",
			"Algeria summoned and then expelled the French ambassador on Monday.",
			"SANCTION", []string{"DZA", "FRA"}, true},
		{"a summons alone is no expulsion",
			"Sweden summoned the Iranian ambassador on Tuesday.",
			"SANCTION", []string{"IRN", "SWE"}, false},
		{"a junta expels an envoy",
			"The Malian junta expelled the Ivorian ambassador on Monday.",
			"SANCTION", []string{"CIV", "MLI"}, true},
	})
}

// The agreed measure is decided on the day it is agreed; one still to be
// agreed stays to come.
func TestWireFormsTwentySixthPassAgreedStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"agreed on a day", "Britain and Canada agreed new sanctions on Iran on Monday.",
			"SANCTION", []string{"CAN", "GBR", "IRN"}, event.Occurred},
		{"agreed to impose", "Britain and Canada agreed to impose sanctions on Iranian officials.",
			"SANCTION", []string{"CAN", "GBR", "IRN"}, event.Occurred},
	})
}

// A junta named by its country's adjective is that country acting, as
// "the Malian government" is: the one-sided expulsion of a UN envoy keeps
// its source. (The army was read so before.)
func TestWireFormsTwentySixthPassJunta(t *testing.T) {
	opts := Options{KeepOneSided: true}
	checkCoded(t, "The Malian junta expelled the head of the UN mission on Monday.", "SANCTION", []string{"MLI"}, true, opts)
	checkCoded(t, "The Burkinabe junta expelled the head of the UN mission on Monday.", "SANCTION", []string{"BFA"}, true, opts)
	checkCoded(t, "The Malian army expelled the head of the UN mission on Monday.", "SANCTION", []string{"MLI"}, true, opts)
}

// A plural demonym before a time word names the people of its country
// (build.go namedAsNoun, sanction44.go timeAfterPeople): the deported or
// arrested are the target. People with no demonym give no target.
func TestWireFormsTwentySixthPassPeopleBeforeTime(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"deported people last week",
			"The Dominican Republic deported Haitians last week.",
			"COERCE", []string{"DOM", "HTI"}, true},
		{"arrested people yesterday",
			"Russia arrested Estonians yesterday, the Estonian foreign ministry said.",
			"COERCE", []string{"EST", "RUS"}, true},
		{"people of no country named",
			"The Dominican Republic deported migrants last week.",
			"COERCE", []string{"DOM", "HTI"}, false},
	})
}

// A state's regulator acts for it, and air operators barred from flying
// are its airlines (actorNouns "watchdog", "regulator"; cues.tsv
// operators line). Tour operators are no airlines.
func TestWireFormsTwentySixthPassRegulator(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a watchdog bars another state's operators",
			"On Saturday, the Russian aviation watchdog banned Georgian operators from flying to Moscow.",
			"SANCTION", []string{"GEO", "RUS"}, true},
		{"a regulator suspends another state's carriers",
			"The Indian aviation regulator suspended Pakistani carriers from flying over its territory on Monday.",
			"SANCTION", []string{"IND", "PAK"}, true},
		{"tour operators barred from selling trips",
			"Russia banned Georgian tour operators from selling trips.",
			"SANCTION", []string{"GEO", "RUS"}, false},
	})
}
