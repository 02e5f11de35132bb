package coder

import "testing"

// Twenty-fourth pass (stop 42), charges read from news sentences written
// by hand: the cue words and constructions of accusation the coder missed
// (cues.tsv; accuse22.go). The sentences are written for this test.
func TestWireFormsTwentyFourthPassAccuseCues(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state called out over an act is charged",
			"New Zealand called out China over a cyberattack on its parliament on Tuesday.",
			"ACCUSE", []string{"CHN", "NZL"}, true},
		{"a state singled out for an act is charged",
			"Germany singled out Russia for its disinformation campaigns.",
			"ACCUSE", []string{"DEU", "RUS"}, true},
		{"a state faulted for an act is charged",
			"Armenia faulted Russia for failing to protect its borders.",
			"ACCUSE", []string{"ARM", "RUS"}, true},
		{"a state singled out for praise is not charged",
			"Britain singled out France for praise over its climate plan.",
			"ACCUSE", []string{"FRA", "GBR"}, false},
		{"a hack attributed to a state charges it",
			"The United States attributed the hack of the bank to North Korea on Monday.",
			"ACCUSE", []string{"PRK", "USA"}, true},
		{"a heist attributed to a state's hackers charges it",
			"Washington formally attributed the cyber heist to North Korean hackers.",
			"ACCUSE", []string{"PRK", "USA"}, true},
		{"a fall in exports attributed to demand is no charge",
			"Japan attributed the fall in exports to weaker demand from China.",
			"ACCUSE", []string{"CHN", "JPN"}, false},
		{"a genocide case filed against a state is a charge",
			"Gambia filed a genocide case against Myanmar at the International Court of Justice.",
			"ACCUSE", []string{"GMB", "MMR"}, true},
		{"a case brought against a state is a charge",
			"Ukraine brought a case against Russia at the World Court in 2017.",
			"ACCUSE", []string{"RUS", "UKR"}, true},
		{"a lawyer's case against his own police charges no neighbour",
			"A Kenyan lawyer filed a case against the Kenyan police over a shooting near the Ugandan border.",
			"ACCUSE", []string{"KEN", "UGA"}, false},
		{"dissatisfaction expressed with a state's sanctions is a complaint",
			"China expressed strong dissatisfaction with the US sanctions on Chinese firms.",
			"ACCUSE", []string{"CHN", "USA"}, true},
		{"dissatisfaction voiced with a state is a complaint",
			"Beijing voiced dissatisfaction with Japan over the visit to the shrine.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
		{"farmers' dissatisfaction with a price charges no state",
			"French farmers expressed dissatisfaction with the price of Brazilian beef.",
			"ACCUSE", []string{"BRA", "FRA"}, false},
		{"an act called piracy is charged to its doer",
			"Iran called the British seizure of its tanker an act of piracy.",
			"ACCUSE", []string{"GBR", "IRN"}, true},
		{"a blockade branded piracy is charged to its doer",
			"Iran branded the American blockade an act of piracy.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"patrols against piracy charge no one",
			"Kenya called for joint patrols against piracy with Somalia.",
			"ACCUSE", []string{"KEN", "SOM"}, false},
	})
}

// Twenty-fourth pass (stop 42): a charge told as a predicate the speaker
// says of the accused ("said Belarus was to blame", "said Russian agents
// were involved in the coup plot", "said Azerbaijan had violated the
// ceasefire") is the speaker's; the reporter's own words are no one's
// charge. The sentences are written for this test.
func TestWireFormsTwentyFourthPassSaidCharges(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state said to be to blame is charged by the speaker",
			"Polish officials said Belarus was to blame for the border crisis.",
			"ACCUSE", []string{"BLR", "POL"}, true},
		{"a state said to be to blame for attacks is charged",
			"The United States said Iran was to blame for the attacks on oil tankers.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"blame in a question no one asks is no charge",
			"Whether Iran was to blame for the attacks on Saudi tankers remains unclear.",
			"ACCUSE", []string{"IRN", "SAU"}, false},
		{"agents said to be involved in a coup plot charge their state",
			"Montenegro's prosecutor said Russian agents were involved in the coup plot.",
			"ACCUSE", []string{"MNE", "RUS"}, true},
		{"intelligence said to be involved in a poisoning charges its state",
			"Britain said Russian military intelligence was involved in the poisoning.",
			"ACCUSE", []string{"GBR", "RUS"}, true},
		{"the reporter's own involvement is no one's charge",
			"Russian agents were involved in the coup plot in Montenegro.",
			"ACCUSE", []string{"MNE", "RUS"}, false},
		{"a ceasefire said to be violated is a charge",
			"Armenia said Azerbaijan had violated the ceasefire overnight.",
			"ACCUSE", []string{"ARM", "AZE"}, true},
		{"a truce said to be broken is a charge",
			"Kyiv says Moscow has broken the Easter truce.",
			"ACCUSE", []string{"RUS", "UKR"}, true},
		{"the reporter's own breach is no one's charge",
			"Azerbaijan had violated the ceasefire twice before the talks with Armenia.",
			"ACCUSE", []string{"ARM", "AZE"}, false},
	})
}

// Twenty-fourth pass (stop 42): the doer of an act condemned or judged is
// named by its adjective in headlines without the article, with a word of
// weapon or judgement around it, before measures against people, before a
// war word ("the Russian invasion") and before "act of" (accuse22.go). The
// sentences are written for this test.
func TestWireFormsTwentyFourthPassCondemnedDoer(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a headline condemns a strike by the doer's adjective",
			"Iraq condemns Turkish air strike on Sinjar",
			"ACCUSE", []string{"IRQ", "TUR"}, true},
		{"a word of judgement before the doer's adjective",
			"Qatar condemned the cowardly Israeli attack on Doha on Tuesday.",
			"ACCUSE", []string{"ISR", "QAT"}, true},
		{"a sentencing condemned is charged to its doer",
			"Canada condemned the Chinese sentencing of a Canadian to death.",
			"ACCUSE", []string{"CAN", "CHN"}, true},
		{"an execution denounced is charged to its doer",
			"Germany denounced the Iranian execution of a German national on Monday.",
			"ACCUSE", []string{"DEU", "IRN"}, true},
		{"strikes told as the time of a shipment name no party",
			"Poland sent tanks to Ukraine after the Russian air strikes.",
			"ACCUSE", []string{"POL", "RUS"}, false},
		{"an invasion condemned is charged to its doer, not its place",
			"Poland condemned the Russian invasion of Ukraine.",
			"ACCUSE", []string{"POL", "RUS"}, true},
		{"an aggression denounced is charged to its doer",
			"Lithuania denounced the Russian aggression against Ukraine on Friday.",
			"ACCUSE", []string{"LTU", "RUS"}, true},
		{"an invasion discussed stays a topic",
			"Poland discussed the Russian invasion with Ukraine.",
			"CONSULT", []string{"POL", "RUS", "UKR"}, false},
		{"the adjective before act of names the doer",
			"Lebanon's president called the detention a Saudi act of aggression.",
			"ACCUSE", []string{"LBN", "SAU"}, true},
		{"an American act of terrorism charges the United States",
			"Iran called the killing an American act of terrorism on Friday.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"an act of God names no doer",
			"Kenya's president called the floods an act of God, and thanked Ugandan rescuers.",
			"ACCUSE", []string{"KEN", "UGA"}, false},
	})
}

// Twenty-fourth pass (stop 42): a denial that names the charge by its
// maker's adjective answers that maker ("called the Philippine claims
// groundless"), and calling a charge baseless denies it as "dismissed
// ... as baseless" does (cues.tsv; accuse22.go). The sentences are
// written for this test.
func TestWireFormsTwentyFourthPassJudgedCharges(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"accusations called baseless are denied",
			"Ethiopia called Egypt's accusations baseless on Friday.",
			"REJECT", []string{"EGY", "ETH"}, true},
		{"allegations described as groundless are denied",
			"China described the Czech allegations as groundless on Wednesday.",
			"REJECT", []string{"CHN", "CZE"}, true},
		{"claims called groundless are denied to their maker",
			"China's foreign ministry called the Philippine claims groundless.",
			"REJECT", []string{"CHN", "PHL"}, true},
		{"talks called useful deny nothing",
			"Egypt called the talks with Ethiopia useful on Friday.",
			"REJECT", []string{"EGY", "ETH"}, false},
	})
}

// Twenty-fourth pass (stop 42): a capital after "protested strongly to"
// is the government protested to, as after "protested to"
// (actors/accuse22.go). The sentences are written for this test.
func TestWireFormsTwentyFourthPassProtestedTo(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a capital after protested strongly to is its country",
			"Seoul protested strongly to Tokyo over the textbook on Tuesday.",
			"ACCUSE", []string{"JPN", "KOR"}, true},
		{"a capital after protested formally to is its country",
			"Japan protested formally to Seoul over the court ruling on Tuesday.",
			"ACCUSE", []string{"JPN", "KOR"}, true},
		{"fans travelling happily to a capital protest nothing",
			"Hundreds of fans travelled happily to Tokyo with the South Korean team.",
			"ACCUSE", []string{"JPN", "KOR"}, false},
	})
}
