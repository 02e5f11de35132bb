package coder

import "testing"

// Twenty-first pass (stop 39), roles: the forms English news gives the
// sides of an act. A word of a known name is no cue ("Downing Street" is
// no downing); a possessive apposition naming whose ally the subject is
// names no side; a country's officer or soldier stands for it. The
// sentences are written for this test.
func TestWireFormsTwentyFirstPassRoles(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the seat of government whose name holds a cue word accuses",
			"Downing Street accused Russia of a cyber attack on Monday.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"the seat of government whose name holds a cue word asks",
			"Downing Street urged Israel to let aid into Gaza.",
			"REQUEST", []string{"GBR", "ISR"}, true},
		{"the cue word in running prose still downs",
			"Russian jets downed a British drone over the Black Sea.",
			"ASSAULT", []string{"GBR", "RUS"}, true},

		{"whose ally the subject is names no side",
			"Iran, Syria's closest ally, accused the United States of aggression.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"the ally is not a side of the charge",
			"Iran, Syria's closest ally, accused the United States of aggression.",
			"ACCUSE", []string{"IRN", "SYR", "USA"}, false},
		{"whose partner the subject is names no side",
			"Britain, Ukraine's staunch partner, imposed sanctions on Russia.",
			"SANCTION", []string{"GBR", "RUS"}, true},
		{"whose ally the object is names no side",
			"North Korea accused the United States, South Korea's main ally, of provocation.",
			"ACCUSE", []string{"PRK", "USA"}, true},
		{"a list of countries with a possessive stays a list",
			"Britain, France's president and Germany's chancellor condemned Russia's attack.",
			"ACCUSE", []string{"DEU", "FRA", "GBR", "RUS"}, true},

		{"a country's officer detained stands for it",
			"Russia detained a Czech officer near the border on Tuesday.",
			"COERCE", []string{"CZE", "RUS"}, true},
		{"a country's soldier arrested stands for it",
			"Iran arrested an Israeli soldier on Sunday.",
			"COERCE", []string{"IRN", "ISR"}, true},
	})
}
