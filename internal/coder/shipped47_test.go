package coder

import "testing"

// Stop 47: a date closing a participle phrase that names where a thing
// went ("shipped to the Philippines in 2013") is the thing's, not the
// act's (shipped47.go). Sentences written for this test.
func TestStop47ParticipleToPlaceDated(t *testing.T) {
	checkCodedDays(t, []codedDay{
		{"garbage shipped to a country",
			"Malaysia recalled its ambassador to Australia over plastic waste shipped to Malaysia in 2019.",
			"SANCTION", "2025-06-01"},
		{"jets sold to an island",
			"Beijing summoned the US ambassador over fighter jets sold to Taiwan in 2019.",
			"ACCUSE", "2025-06-01"},
		// must not: the act's own destination and year stay its date
		{"an act dated",
			"Ghana sent troops to Mali in 2019.",
			"MOBILIZE", "2019-01-01"},
	})
}

// Stop 47: a vague "years ago" that closes the object's own participle or
// relative clause leaves the act news (shipped47.go, past19.go).
func TestStop47AgoOfThing(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"waste shipped years ago",
			"Indonesia is recalling its ambassador to Australia over plastic waste shipped to Jakarta years ago.",
			"SANCTION", []string{"AUS", "IDN"}, true},
		{"waste that was dumped decades ago",
			"Malaysia summoned the Australian envoy over plastic waste that was dumped in Penang decades ago.",
			"ACCUSE", []string{"AUS", "MYS"}, true},
		// must not: the act itself told years ago stays out of the news
		{"an offer made decades ago",
			"Moscow offered to return two islands to Japan decades ago.",
			"AGREE", []string{"JPN", "RUS"}, false},
	})
}
