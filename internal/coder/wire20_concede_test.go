package coder

import "testing"

// Twenty-second pass (stop 40, the concede and retreat family): troops
// pulled out with the object before the particle; captives and seized
// craft returned; assets unfrozen; a ban lifted on a country's goods;
// people freed named by their country's adjective; a treaty suspended or
// let lapse, an accord revoked; names taken off a blacklist; bodies
// handed back; a suspension lifted. The sentences are written for this
// test.
func TestWireFormsTwentySecondPassConcede(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops pulled out of a country with the object before the particle",
			"France pulled its last soldiers out of Mali on Monday.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"troops pulled out of a country, short form",
			"The United States pulled its troops out of Syria on Friday.",
			"RETREAT", []string{"SYR", "USA"}, true},
		{"an ambassador pulled out is a recall, not a retreat",
			"France pulled its ambassador out of Mali on Friday.",
			"RETREAT", []string{"FRA", "MLI"}, false},

		{"a captured soldier returned is a concession",
			"India returned a captured Pakistani soldier on Friday.",
			"CONCEDE", []string{"IND", "PAK"}, true},
		{"a seized drone returned is a concession",
			"China returned the seized drone to the United States on Friday.",
			"CONCEDE", []string{"CHN", "USA"}, true},
		{"fire returned at soldiers is no concession",
			"India returned fire at Pakistani soldiers on Friday.",
			"CONCEDE", []string{"IND", "PAK"}, false},
		{"children returned stand for their country",
			"Russia returned 20 Ukrainian children to their families on Friday.",
			"CONCEDE", []string{"RUS", "UKR"}, true},
		{"bodies handed without over",
			"Israel handed the bodies of 45 Palestinians to the Red Cross on Thursday.",
			"CONCEDE", []string{"ISR", "PSE"}, true},

		{"assets unfrozen are a concession",
			"Britain unfroze Libya's assets on Friday.",
			"CONCEDE", []string{"GBR", "LBY"}, true},
		{"funds unfrozen, past form",
			"The United States unfroze Iran's funds on Monday.",
			"CONCEDE", []string{"IRN", "USA"}, true},

		{"a ban lifted on a country's goods concedes to it",
			"The United States lifted the ban on Turkish steel imports on Monday.",
			"CONCEDE", []string{"TUR", "USA"}, true},
		{"a ban lifted on a country's wine concedes to it",
			"China lifted its ban on Australian wine on Friday.",
			"CONCEDE", []string{"AUS", "CHN"}, true},
		{"officials met after a ban was lifted are no side of it",
			"The United States lifted the ban on steel imports after talks with Turkish officials on Monday.",
			"CONCEDE", []string{"TUR", "USA"}, false},
		{"a suspension lifted is a concession",
			"India lifted its suspension of visas for Canadians on Friday.",
			"CONCEDE", []string{"CAN", "IND"}, true},

		{"an economist freed stands for his country",
			"Myanmar's junta freed an Australian economist on Thursday.",
			"CONCEDE", []string{"AUS", "MMR"}, true},
		{"executives released stand for their country",
			"Venezuela released six American oil executives on Saturday.",
			"CONCEDE", []string{"USA", "VEN"}, true},
		{"hikers released stand for their country",
			"Iran released three American hikers on Monday.",
			"CONCEDE", []string{"IRN", "USA"}, true},
		{"a nun freed stands for her country",
			"Venezuela freed a Colombian nun on Friday.",
			"CONCEDE", []string{"COL", "VEN"}, true},
		{"an Australian-born economist is only born there",
			"Myanmar freed an Australian-born economist on Thursday.",
			"CONCEDE", []string{"AUS", "MMR"}, false},

		{"participation in a treaty suspended is a retreat",
			"Russia suspended its participation in the New START treaty with the United States.",
			"RETREAT", []string{"RUS", "USA"}, true},
		{"a deal let lapse is a retreat",
			"Russia let the grain deal with Ukraine lapse.",
			"RETREAT", []string{"RUS", "UKR"}, true},
		{"an accord revoked is a retreat",
			"Niger revoked its military accord with the United States on Friday.",
			"RETREAT", []string{"NER", "USA"}, true},
		{"an arms deal suspended is no retreat",
			"Germany suspended an arms deal with Saudi Arabia on Friday.",
			"RETREAT", []string{"DEU", "SAU"}, false},

		{"a border reopened with a neighbour opens it to that neighbour",
			"Turkey reopened its border with Armenia on Tuesday.",
			"RETREAT", []string{"ARM", "TUR"}, true},
		{"a border reopened with a neighbour, the article form",
			"Pakistan reopened the border with Afghanistan on Friday.",
			"RETREAT", []string{"AFG", "PAK"}, true},
		{"talks with a country after a border reopened name no side",
			"Turkey reopened its border on Tuesday after talks with Armenia.",
			"RETREAT", []string{"ARM", "TUR"}, false},

		{"firms taken off a blacklist",
			"The US removed Cuban firms from its blacklist on Tuesday.",
			"CONCEDE", []string{"CUB", "USA"}, true},
		{"a country taken off a terrorism list",
			"Washington removed Cuba from its terrorism list on Tuesday.",
			"CONCEDE", []string{"CUB", "USA"}, true},
		{"a country taken off a list of trusted partners is no concession",
			"Japan removed South Korea from its list of trusted trade partners on Friday.",
			"CONCEDE", []string{"JPN", "KOR"}, false},
	})
}
