package coder

import "testing"

// Twenty-second pass (stop 40, the force family): forces sent to a
// country's border, waters or vicinity face that country; drills held
// near another country show force to it; an attack on a country's
// villages or camps hits it; people arrested or jailed named by their
// country's adjective stand for it. The sentences are written for this
// test.
func TestWireFormsTwentySecondPassForce(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops massed on the border with a country face it",
			"Russia massed troops on the border with Ukraine on Friday.",
			"MOBILIZE", []string{"RUS", "UKR"}, true},
		{"troops sent to a country's border named by its adjective face it",
			"Russia deployed troops to the Ukrainian border on Thursday.",
			"MOBILIZE", []string{"RUS", "UKR"}, true},
		{"warships sent near a country face it",
			"China sent warships near the Philippines on Tuesday.",
			"MOBILIZE", []string{"CHN", "PHL"}, true},
		{"forces sent to a border to fight insurgents do not face the neighbour",
			"Cameroon deployed troops to the Nigerian border to fight the insurgents on Friday.",
			"MOBILIZE", []string{"CMR", "NGA"}, false},
		// Stop 43 (mobilize23.go): a state's own border names the neighbour
		// faced unless the sentence names an armed group it is guarded against.
		{"forces sent to a state's own border against an armed group do not name the neighbour",
			"As the armed group spread, Cameroon moved more forces to its border with Nigeria on Friday.",
			"MOBILIZE", []string{"CMR", "NGA"}, false},

		{"drills held near a country show force to it",
			"China held military drills near Taiwan on Thursday.",
			"MOBILIZE", []string{"CHN", "TWN"}, true},
		{"drills staged off a country's coast show force to it",
			"North Korea staged artillery drills off the South Korean coast on Tuesday.",
			"MOBILIZE", []string{"KOR", "PRK"}, true},
		{"joint drills near a third country are cooperation",
			"Russia and China held joint naval drills near Japan on Thursday.",
			"MOBILIZE", []string{"CHN", "JPN"}, false},

		{"shelling a country's villages hits it",
			"Russia shelled Ukrainian villages on Thursday.",
			"ASSAULT", []string{"RUS", "UKR"}, true},
		{"bombing a country's camps hits it",
			"India bombed Pakistani militant camps on Tuesday.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"villages near a border name no side hit",
			"Russian troops shelled villages near the Ukrainian border on Thursday.",
			"ASSAULT", []string{"RUS", "UKR"}, false},

		{"traders arrested stand for their country",
			"Tanzania arrested 20 Kenyan traders on Thursday.",
			"COERCE", []string{"KEN", "TZA"}, true},
		{"a filmmaker jailed stands for his country",
			"Russia imprisoned a Ukrainian filmmaker for 20 years on Thursday.",
			"COERCE", []string{"RUS", "UKR"}, true},
		{"traders who protest are not coerced",
			"Kenyan traders protested in Tanzania on Thursday.",
			"COERCE", []string{"KEN", "TZA"}, false},
	})
}

// Twenty-second pass (stop 40, written by hand): fire opened on border
// guards is force, not a border opened; a ship rammed is struck by force.
func TestWireFormsTwentySecondPassOpenFire(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"fire opened on border guards is force",
			"Turkey's army opened fire on Syrian border guards on Thursday.",
			"ASSAULT", []string{"SYR", "TUR"}, true},
		{"fire opened on border guards is no border opened",
			"Turkey's army opened fire on Syrian border guards on Thursday.",
			"RETREAT", []string{"SYR", "TUR"}, false},
		{"a supply boat rammed is struck by force",
			"Chinese coast guard ships rammed a Philippine supply boat on Thursday.",
			"ASSAULT", []string{"CHN", "PHL"}, true},
		{"a fishing vessel rammed is struck by force",
			"A Russian patrol ship rammed a Japanese fishing vessel on Tuesday.",
			"ASSAULT", []string{"JPN", "RUS"}, true},
		{"a ram bought is no attack",
			"The Indian farmer sold a ram to a Pakistani trader on Tuesday.",
			"ASSAULT", []string{"IND", "PAK"}, false},
	})
}
