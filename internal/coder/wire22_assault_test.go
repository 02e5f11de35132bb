package coder

import "testing"

// Twenty-fourth pass (stop 42, the assault family, sentences written for
// this test): the weapon as the subject of more verbs than "hit", a
// barrage named by its noun, fire named by its weapon.
func TestWireFormsTwentyFourthPassAssaultWeapons(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"missiles that slam into a base are an attack on its state",
			"Israeli missiles slammed into a Syrian army base on Sunday.",
			"ASSAULT", []string{"ISR", "SYR"}, true},
		{"a missile that tears through a building is an attack",
			"A Russian ballistic missile tore through a shopping centre in Kharkiv.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"missiles that rain down on cities are an attack",
			"Iranian missiles rained down on Israeli cities on Sunday.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
		{"a leader who slams a country into a debate is no attack",
			"Israel's prime minister slammed Syria's leaders in a speech on Sunday.",
			"ASSAULT", []string{"ISR", "SYR"}, false},
		{"a barrage named by its noun is an attack",
			"The Turkish bombardment of Kurdish positions in northern Iraq went on for a third day on Sunday.",
			"ASSAULT", []string{"IRQ", "TUR"}, true},
		{"a barrage named by its noun in reported speech is an attack",
			"Kyiv said the Russian bombardment of Ukrainian cities went on overnight.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"a bombardment of questions is no attack",
			"The Iranian minister faced a bombardment of questions from Israeli reporters on Monday.",
			"ASSAULT", []string{"IRN", "ISR"}, false},
		{"fire named by its weapon is an attack",
			"Israeli tank fire killed an Egyptian soldier on Monday.",
			"ASSAULT", []string{"EGY", "ISR"}, true},
		{"fire named by its weapon that hits a post is an attack",
			"Israeli artillery fire hit a Lebanese army post on Monday.",
			"ASSAULT", []string{"ISR", "LBN"}, true},
		{"sniper fire that kills is an attack",
			"Indian sniper fire killed a Pakistani soldier on Monday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"a fire with no weapon is no attack",
			"A fire killed an Egyptian worker at an Israeli factory on Monday.",
			"ASSAULT", []string{"EGY", "ISR"}, false},
	})
}

// Twenty-fourth pass: a weapon's reach, wars counted and games are no
// attack between states.
func TestWireFormsTwentyFourthPassAssaultNoAttack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a missile capable of striking a country tells its reach",
			"North Korea's new missile is capable of striking the United States.",
			"ASSAULT", []string{"PRK", "USA"}, false},
		{"a missile tested capable of striking bases tells its reach",
			"China tested a missile capable of striking U.S. bases in Guam on Monday.",
			"ASSAULT", []string{"CHN", "USA"}, false},
		{"wars counted over a border are the pair's history",
			"Ethiopia and Eritrea fought two wars over their border.",
			"ASSAULT", []string{"ERI", "ETH"}, false},
		{"wars counted over a region are the pair's history",
			"Armenia and Azerbaijan fought two wars over the region.",
			"ASSAULT", []string{"ARM", "AZE"}, false},
		{"a penalty shootout is a game",
			"Germany fought off France in a penalty shootout on Sunday.",
			"ASSAULT", []string{"DEU", "FRA"}, false},
		{"a hat-trick is a game",
			"Britain attacked France with a hat-trick in the second half on Sunday.",
			"ASSAULT", []string{"FRA", "GBR"}, false},
		{"a shootout between armies is no game",
			"Indian and Pakistani troops fought a shootout along the border on Sunday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"a war fought now is still an attack",
			"Armenia and Azerbaijan fought fierce battles along the border on Sunday.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"a strike told with no capability is an attack",
			"North Korea fired a missile at South Korea on Monday.",
			"ASSAULT", []string{"KOR", "PRK"}, true},
	})
}
