package coder

import "testing"

// Twenty-third pass (stop 41, the assault family, sentences written for
// this test): where a strike lands and who tells of it. A place an attack
// takes as its object lies in the state hit; a state that tells of an
// attack on "its" own is the side hit; "border posts" and single towns,
// islands and patrols hit name their state; fire is told by whose it was.
func TestWireFormsTwentyThirdPassStruck(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a city shelled lies in the state hit",
			"Israeli forces shelled Gaza on Monday.",
			"ASSAULT", []string{"ISR", "PSE"}, true},
		{"the port of a city struck lies in the state hit",
			"Russian drones struck the port of Odesa on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"a city struck told in the passive lies in the state hit",
			"Odesa was struck by Russian drones on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"a city the strike did not fall on is no side hit",
			"Israeli jets struck Hezbollah fighters who had fled from Gaza on Monday.",
			"ASSAULT", []string{"ISR", "PSE"}, false},

		{"the teller of an attack on its grid is hit",
			"Ukraine said Russia attacked its energy infrastructure on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"the teller of a ramming of its ship is hit",
			"China said Philippine vessels rammed its coast guard ship on Monday.",
			"ASSAULT", []string{"CHN", "PHL"}, true},
		{"the teller of a boat destroyed off its coast is hit",
			"Venezuela said a US strike destroyed a boat off its coast on Monday.",
			"ASSAULT", []string{"USA", "VEN"}, true},
		{"with the state hit named, its is the doer's and the teller no side",
			"France said Russia attacked Ukraine with its newest missiles on Monday.",
			"ASSAULT", []string{"FRA", "RUS", "UKR"}, false},

		{"border posts shelled name their state",
			"Pakistani troops shelled Indian border posts on Monday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"border villages shelled name their state",
			"Armenian forces shelled Azerbaijani border villages on Monday.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
		{"a visit to border posts is no attack on them",
			"Pakistan's foreign minister visited Indian border posts on Monday.",
			"ASSAULT", []string{"IND", "PAK"}, false},

		{"an island shelled names its state",
			"North Korea shelled a South Korean island on Monday.",
			"ASSAULT", []string{"KOR", "PRK"}, true},
		{"a patrol ambushed names its state",
			"Sudanese forces ambushed a South Sudanese patrol near Abyei on Monday.",
			"ASSAULT", []string{"SDN", "SSD"}, true},
		{"a town struck names its state",
			"Rockets fired from Lebanon struck the Israeli town of Kiryat Shmona on Monday.",
			"ASSAULT", []string{"ISR", "LBN"}, true},
		{"an island visited names no state hit",
			"Russian tourists visited a Ukrainian island on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, false},

		{"fire is told by whose it was",
			"A Russian soldier was killed by Ukrainian fire on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"gunfire is told by whose it was",
			"Two Turkish soldiers were killed by Syrian gunfire on Monday.",
			"ASSAULT", []string{"SYR", "TUR"}, true},
		{"a policeman fires for his state",
			"An Egyptian policeman shot dead three Israeli soldiers at the border on Monday.",
			"ASSAULT", []string{"EGY", "ISR"}, true},
		{"a policeman honoured is no attack",
			"Israel honoured an Egyptian policeman on Monday.",
			"ASSAULT", []string{"EGY", "ISR"}, false},
	})
}

// Twenty-third pass (stop 41, written by hand): the wire's attack verbs
// told by the weapon or the claim, and the clashes and blows that are no
// attack.
func TestWireFormsTwentyThirdPassAttackCues(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a claim of responsibility for an attack names the attacker",
			"Hezbollah claimed responsibility for a drone attack on an Israeli army base on Monday.",
			"ASSAULT", []string{"ISR", "LBN"}, true},
		{"a claim of an attack by a group of its country",
			"The Houthis claimed responsibility for a missile attack on Israel on Monday.",
			"ASSAULT", []string{"ISR", "YEM"}, true},
		{"credit claimed for a truce is no attack",
			"Qatar claimed credit for the ceasefire between Israel and Hamas on Monday.",
			"ASSAULT", []string{"ISR", "QAT"}, false},

		{"missiles that hit a country attack it",
			"Iranian missiles hit Israel on Monday.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
		{"missiles that hit a city attack its state",
			"Iranian missiles hit Tel Aviv on Monday.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
		{"a missile that hits a plane attacks its state",
			"A Syrian missile hit a Russian plane on Monday.",
			"ASSAULT", []string{"RUS", "SYR"}, true},
		{"tariffs that hit exporters are no attack",
			"New US tariffs hit Chinese exporters on Monday.",
			"ASSAULT", []string{"CHN", "USA"}, false},

		{"hitting back with missile strikes is an attack",
			"Pakistan hits back at India with missile strikes",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"hitting back with drones is an attack",
			"Iran hit back at Israel with drones on Monday.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
		{"hitting back over tariffs is no attack",
			"China hit back at the United States over tariffs on Monday.",
			"ASSAULT", []string{"CHN", "USA"}, false},

		{"a city pounded is attacked",
			"Russian artillery pounded the Ukrainian city of Kherson on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"a country pounded with missiles is attacked",
			"Russia pounds Ukraine with missiles and drones",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"pounds paid are no attack",
			"Britain paid France 50 million pounds under the new deal on Monday.",
			"ASSAULT", []string{"FRA", "GBR"}, false},

		{"capitals that clash over rights quarrel",
			"Budapest and Kyiv have clashed over the rights of minorities.",
			"ASSAULT", []string{"HUN", "UKR"}, false},
		{"a leader who clashes with a counterpart quarrels",
			"The US president clashed with his French counterpart over tariffs on Monday.",
			"ASSAULT", []string{"FRA", "USA"}, false},
		{"troops that clash fight",
			"Indian and Chinese troops clashed in the Galwan Valley on Monday.",
			"ASSAULT", []string{"CHN", "IND"}, true},
		{"forces that clash over a village fight",
			"Armenian and Azerbaijani forces clashed over a disputed border village on Monday.",
			"ASSAULT", []string{"ARM", "AZE"}, true},
	})
}

// Twenty-third pass (stop 41, written by hand): storms and quakes that hit
// and kill are no state's attack, and wars of years before the page are
// its history.
func TestWireFormsTwentyThirdPassNoAttack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a cyclone that hits is no attack",
			"Cyclone Idai hit Mozambique's port city of Beira on Monday, then moved on to Zimbabwe.",
			"ASSAULT", []string{"MOZ", "ZWE"}, false},
		{"a quake that kills is no attack",
			"The earthquake killed more than 1,000 people in Turkey and Syria on Monday.",
			"ASSAULT", []string{"SYR", "TUR"}, false},
		{"people killed by floods are no attack",
			"Forty Indians and Pakistanis were killed by the floods on Monday.",
			"ASSAULT", []string{"IND", "PAK"}, false},
		{"a state's strike during a storm stays an attack",
			"A Russian missile strike killed ten people in Kharkiv during a storm on Monday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},

		{"a war fought decades before the page is its history",
			"Russia and Moldova fought a brief war in 1992, the minister recalled on Monday.",
			"ASSAULT", []string{"MDA", "RUS"}, false},
		{"a war of 1971 is history",
			"India and Pakistan fought a war in 1971.",
			"ASSAULT", []string{"IND", "PAK"}, false},
		{"fighting of the page's days is news",
			"India and Pakistan fought fierce battles along the border on Monday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
	})
}
