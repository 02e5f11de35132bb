package coder

import "testing"

// Twenty-third pass (stop 41), the passive voice written by hand: a
// verb-and-object cue told with its object first and its agent after
// "by" (passive21.go). The sentences are written for this test.
func TestWireFormsTwentyThirdPassPassiveVerbObject(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tariffs imposed in the passive",
			"Tariffs were imposed on Chinese steel by the United States.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"tariffs imposed on a country by its capital",
			"Tariffs were imposed on China by Washington.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"weapons supplied in the passive",
			"Weapons were supplied to Ukraine by Germany on Monday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"arms sent in the passive",
			"Arms were sent to Ukraine by Germany.",
			"AID", []string{"DEU", "UKR"}, true},
		{"a loan granted in the passive",
			"A loan was granted to Pakistan by Saudi Arabia.",
			"AID", []string{"PAK", "SAU"}, true},
		{"ties cut in the passive",
			"Diplomatic ties with Taiwan were cut by Honduras on Saturday.",
			"SANCTION", []string{"HND", "TWN"}, true},
		{"relations cut in the passive",
			"Diplomatic relations with Iran were cut by Saudi Arabia.",
			"SANCTION", []string{"IRN", "SAU"}, true},
		{"with an adverb between the auxiliary and the participle",
			"Tariffs were formally imposed on Chinese steel by the United States.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"no agent: the passive hides who acted",
			"Tariffs were imposed on Chinese steel last year.",
			"SANCTION", []string{"CHN", "USA"}, false},
		{"a noun between the auxiliary and the participle is a reduced relative",
			"The blasts were rockets fired at Iraqi bases by a militia, officials said.",
			"ASSAULT", []string{"IRQ", "USA"}, false},
		{"the agent of another verb after the participle",
			"The French consulate in Kabul was closed as demanded by Afghanistan.",
			"SANCTION", []string{"AFG", "FRA"}, false},
	})
}

// A cue word right before "was" and a participle cue is the passive's
// noun subject, not a verb (passiveSubjectNoun): the act is the
// participle's.
func TestWireFormsTwentyThirdPassPassiveSubjectNoun(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an extradition request rejected",
			"India's extradition request was rejected by Britain.",
			"REJECT", []string{"GBR", "IND"}, true},
		{"an extradition request rejected is no request",
			"India's extradition request was rejected by Britain.",
			"REQUEST", []string{"GBR", "IND"}, false},
		{"a membership request turned down",
			"Georgia's membership request has been rejected by Russia.",
			"REJECT", []string{"GEO", "RUS"}, true},
		{"the verb before an auxiliary and no cue stays as it was",
			"The ministers will request that Iran be heard by the board.",
			"REJECT", []string{"IRN"}, false},
	})
}

// A welcome told in the passive with a host's title after "by" is the
// host receiving a visitor (welcomesVisitor), not backing.
func TestWireFormsTwentyThirdPassWelcomedBy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"welcomed by the president",
			"The Japanese prime minister was welcomed by the Indian president in New Delhi on Thursday.",
			"CONSULT", []string{"IND", "JPN"}, true},
		{"welcomed by the king",
			"The French president was welcomed by the Moroccan king in Rabat on Monday.",
			"CONSULT", []string{"FRA", "MAR"}, true},
		{"welcomed by the prime minister is no backing",
			"The Japanese prime minister was welcomed by the Indian president in New Delhi on Thursday.",
			"SUPPORT", []string{"IND", "JPN"}, false},
		{"a decision welcomed by states is backing",
			"The ceasefire decision was welcomed by Germany and France.",
			"CONSULT", []string{"DEU", "FRA"}, false},
	})
}

// The passive's object noun told alone as a cue ("embargo", "cooperation")
// gives way to the verb-and-object cue of the participle (matchedBetween,
// withPassiveCues), as the longer pattern wins in the active.
func TestWireFormsTwentyThirdPassPassiveObjectNoun(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an embargo imposed in the passive",
			"A new embargo was imposed on Venezuela by Washington.",
			"SANCTION", []string{"USA", "VEN"}, true},
		{"an arms embargo imposed in the passive",
			"An arms embargo was imposed on Myanmar by Canada on Friday.",
			"SANCTION", []string{"CAN", "MMR"}, true},
		{"cooperation suspended in the passive",
			"Cooperation with Russia was suspended by Norway.",
			"SANCTION", []string{"NOR", "RUS"}, true},
		{"an embargo imposed is no lifting",
			"A new embargo was imposed on Venezuela by Washington.",
			"CONCEDE", []string{"USA", "VEN"}, false},
	})
}

// A verb-and-object cue as a reduced passive, the object right before the
// participle and the agent right after it ("weapons supplied by Germany
// to Ukraine"), read as the passive is (isPassive via match.reduced).
func TestWireFormsTwentyThirdPassReducedPassive(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"weapons supplied by a state to another",
			"Weapons supplied by Germany to Ukraine arrived on Monday.",
			"AID", []string{"DEU", "UKR"}, true},
		{"a loan granted by a state to another",
			"The loan granted by China to Sri Lanka was disbursed on Friday.",
			"AID", []string{"CHN", "LKA"}, true},
		{"tariffs announced by a ministry are a telling, read elsewhere",
			"The tariffs announced by Beijing on Canadian canola add a new front to the trade war with Mexico.",
			"SANCTION", []string{"CAN", "CHN", "MEX"}, false},
	})
}

// A measure to come told in the passive with no agent after a speech verb
// ("said tariffs would be imposed on"): the speaker is the agent
// (spokenBefore).
func TestWireFormsTwentyThirdPassSpokenPassive(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"tariffs said to be imposed",
			"Beijing said tariffs would be imposed on American soybeans from Monday.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"flights said to be suspended",
			"Moscow said flights to Georgia would be suspended.",
			"SANCTION", []string{"GEO", "RUS"}, true},
		{"weapons said to be sent",
			"Berlin said more weapons would be sent to Ukraine.",
			"AID", []string{"DEU", "UKR"}, true},
		{"relations said to be downgraded",
			"The Kremlin said relations with Lithuania would be downgraded.",
			"SANCTION", []string{"LTU", "RUS"}, true},
		{"a done act told by an onlooker is not the onlooker's",
			"Japan said tariffs had been imposed on Chinese steel.",
			"SANCTION", []string{"CHN", "JPN"}, false},
	})
}
