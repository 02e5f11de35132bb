package coder

import "testing"

// Stop 47: an adjective of feeling about another's act is no passive: its
// subject reproaches, the owner of the act after "by|at|with" is reproached
// (feeling47.go). Sentences written for these tests.
func TestStop47FeelingIsNoPassive(t *testing.T) {
	checkRoles45(t, "The Norwegian government is disappointed by Russia's decision to close its consulate in Kirkenes.", "ACCUSE", "NOR", "RUS")
	checkRoles45(t, "Nairobi was dismayed at Somalia's move to expel the Kenyan envoy, a spokesman said.", "ACCUSE", "KEN", "SOM")
	checkRoles45(t, "Oslo said it was disappointed with Moscow's order to expel two diplomats.", "ACCUSE", "NOR", "RUS")
	// must not: a true passive keeps its subject as the one acted on
	checkRoles45(t, "Norway was accused by Russia of spying on its fleet.", "ACCUSE", "RUS", "NOR")
}

// Stop 47: a gerund after "interest in" is a wish, not an act
// (feeling47.go).
func TestStop47InterestIsNoAct(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an interest in stationing ships",
			"Spain and Portugal have shown interest in stationing warships at a naval base in Cyprus.",
			"MOBILIZE", []string{"CYP", "ESP", "PRT"}, false},
		{"interested in deploying troops",
			"Poland is interested in deploying troops to Latvia, officials said.",
			"MOBILIZE", []string{"LVA", "POL"}, false},
		// must not: the deployment itself stays
		{"a deployment made",
			"Poland deployed troops to Latvia on Monday.",
			"MOBILIZE", []string{"LVA", "POL"}, true},
	})
}

// Stop 47: blame told by an adjective after "call", "describe" or "brand";
// a clock that strikes the hour is no blow (data/cues.tsv).
func TestStop47BlameAdjectivesAndClocks(t *testing.T) {
	checkRoles45(t, "Thailand's foreign minister called the Cambodian premier's remarks irresponsible on Sunday.", "ACCUSE", "THA", "KHM")
	checkRoles45(t, "Seoul described Pyongyang's missile launch as reckless and provocative.", "ACCUSE", "KOR", "PRK")
	checkRuleCases(t, []codedCase{
		{"a request is no blame",
			"Japan called on China to halt its provocative drills near Taiwan.",
			"ACCUSE", []string{"CHN", "JPN"}, false},
		{"the clock struck midnight",
			"Ukraine's envoy handed the letters to Russia's embassy as the clock struck midnight on Friday.",
			"ASSAULT", []string{"RUS", "UKR"}, false},
		{"when the clock strikes twelve",
			"Israel will hand the list to Egypt when the clock strikes twelve on Sunday.",
			"ASSAULT", []string{"EGY", "ISR"}, false},
		// must not: a strike on a country stays
		{"a strike told",
			"Israel struck Iran's air defences on Saturday.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
	})
}

// Stop 47: the period of an abbreviation inside a title or name does not
// stop a cue's gap (abbrevgap47.go), and "Sec." is a title before a name
// (nlp/data/abbreviations.txt, actors/data/titles.tsv).
func TestStop47AbbreviationInsideName(t *testing.T) {
	checkRoles45(t, "Canada's Prime Minister Mark Carney called out Trade Sec. Howard Lutnick of the United States for his remarks.", "ACCUSE", "CAN", "USA")
	checkRoles45(t, "Indonesia on Friday called out Australian Sen. Jacqui Lambie for spreading lies about the vote.", "ACCUSE", "IDN", "AUS")
	checkRoles45(t, "Malaysian Foreign Minister Hishammuddin Hussein called out Philippine Foreign Affairs Sec. Enrique Manalo Jr. for saying the island is not in Malaysia.", "ACCUSE", "MYS", "PHL")
	// must not: a sentence end still stops a gap
	checkRuleCases(t, []codedCase{
		{"a full stop between",
			"Japan called out. China for its part stayed silent about the drills.",
			"ACCUSE", []string{"CHN", "JPN"}, false},
	})
}

// Stop 47: a war threatened on a country keeps the country as the target
// (warwaged47.go); "or risk", "or suffer" tie an ultimatum's penalty
// (ultimatum47.go).
func TestStop47WarThreatenedAndPenalties(t *testing.T) {
	checkRoles45(t, "Turkey has threatened to declare war on Greece over the islands.", "THREATEN", "TUR", "GRC")
	checkRoles45(t, "Eritrea threatened to wage war against Ethiopia amid a dispute between the two nations.", "THREATEN", "ERI", "ETH")
	checkRoles45(t, "Venezuela's president threatened to go to war with Guyana over the Essequibo.", "THREATEN", "VEN", "GUY")
	checkRuleCases(t, []codedCase{
		{"or risk war",
			"Kenya demanded that Somalia withdraw its troops from the border or risk war.",
			"THREATEN", []string{"KEN", "SOM"}, true},
		{"or suffer the consequences",
			"Washington told Tehran it must release the sailors or suffer the consequences.",
			"THREATEN", []string{"IRN", "USA"}, true},
		// must not: a risk that is no penalty leaves a request
		{"a risk described",
			"Ghana urged Togo to open the border, saying traders risk losing their goods.",
			"THREATEN", []string{"GHA", "TGO"}, false},
		// must not: a war on a country in a clause of another kind stays a topic
		{"a war as background",
			"France discussed with Germany the war on Ukraine that Russia declared.",
			"CONSULT", []string{"DEU", "FRA", "UKR"}, false},
	})
}

// Stop 47: consuls recalled as ambassadors are (data/cues.tsv).
func TestStop47ConsulsRecalled(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"consuls recalled",
			"Manila has recalled its consuls to Canada on Thursday.",
			"SANCTION", []string{"CAN", "PHL"}, true},
		{"a consul general recalled",
			"Hungary recalled its consul general from Ukraine after the row.",
			"SANCTION", []string{"HUN", "UKR"}, true},
		// must not: consultations are no consul
		{"consultations",
			"Paris invited Rome's envoy for consultations on Monday.",
			"SANCTION", []string{"FRA", "ITA"}, false},
	})
}
