package coder

import "testing"

// Twenty-fourth pass (stop 42, sanctions written by hand): a crisis or a
// row "that threatens to" undo ties is no threat anyone makes (a none
// cue); a state that threatens still does. The sentences are written for
// this test.
func TestWireFormsTwentyFourthPassCrisisThreatens(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a crisis that threatens to undo ties is no threat",
			"A crisis that threatens to unravel ties between Algeria and France deepened on Tuesday.",
			"THREATEN", []string{"DZA", "FRA"}, false},
		{"a row that threatens to halt trade is no threat",
			"A row that threatens to halt trade between Japan and South Korea escalated on Monday.",
			"THREATEN", []string{"JPN", "KOR"}, false},
		{"a state that threatens still threatens",
			"Algeria threatened France with reprisals on Tuesday.",
			"THREATEN", []string{"DZA", "FRA"}, true},
		{"a state that threatens a neighbour still threatens",
			"South Korea threatened Japan with retaliation on Monday.",
			"THREATEN", []string{"JPN", "KOR"}, true},
	})
}

// Twenty-fourth pass (stop 42, coerce written by hand, vocabulary): an
// exit ban on a foreigner, and more foreigners held named by what they
// do ("Russian contractors", "a British couple", "a German human rights
// activist").
func TestWireFormsTwentyFourthPassCoerceWords(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"contractors detained stand for their country",
			"Libyan forces detained two Russian contractors on Wednesday.",
			"COERCE", []string{"LBY", "RUS"}, true},
		{"a couple arrested stands for its country",
			"Iran arrested a British couple on Monday.",
			"COERCE", []string{"GBR", "IRN"}, true},
		{"an agent detained stands for his country",
			"Ukraine detained a Russian agent on Monday.",
			"COERCE", []string{"RUS", "UKR"}, true},
		{"a two-word trade between the adjective and the person",
			"Turkey detained a German human rights activist on Wednesday.",
			"COERCE", []string{"DEU", "TUR"}, true},
		{"an exit ban on a foreigner is coercion",
			"China imposed an exit ban on an American banker on Monday.",
			"COERCE", []string{"CHN", "USA"}, true},
		{"an exit ban slapped on a foreign executive is coercion",
			"Beijing slapped an exit ban on a Japanese executive on Friday.",
			"COERCE", []string{"CHN", "JPN"}, true},
		{"an exit ban is no sanction on the state",
			"China imposed an exit ban on an American banker on Monday.",
			"SANCTION", []string{"CHN", "USA"}, false},
		{"contractors who protest are not coerced",
			"Russian contractors protested outside the Libyan embassy on Wednesday.",
			"COERCE", []string{"LBY", "RUS"}, false},
	})
}

// Twenty-fourth pass (stop 42, sanctions written by hand, vocabulary): an
// export control list, the transit of a country's goods halted, payments
// to a government stopped.
func TestWireFormsTwentyFourthPassSanctionWords(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"firms placed on an export control list",
			"China placed 12 U.S. defence companies on its export control list on Tuesday.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"the transit of a country's goods halted",
			"Lithuania halted the transit of Russian goods to Kaliningrad on Saturday.",
			"SANCTION", []string{"LTU", "RUS"}, true},
		{"payments to a government halted",
			"Seoul halted all payments to North Korea on Wednesday.",
			"SANCTION", []string{"KOR", "PRK"}, true},
		{"a transit that resumes is no sanction",
			"The transit of Russian gas through Ukraine resumed on Monday.",
			"SANCTION", []string{"RUS", "UKR"}, false},
	})
}

// Twenty-fourth pass (stop 42, coerce written by hand): a state that tells
// in the passive, with no agent and no place, that a foreigner was
// arrested tells its own arrest (reportedArrest, sanction22.go).
func TestWireFormsTwentyFourthPassReportedArrest(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a state tells a foreigner was arrested",
			"Mali said on Thursday a French national had been arrested.",
			"COERCE", []string{"FRA", "MLI"}, true},
		{"a state tells a foreigner was detained",
			"North Korea said on Thursday an Australian student had been detained.",
			"COERCE", []string{"AUS", "PRK"}, true},
		{"a state's government tells a foreigner was arrested",
			"Mali's government said on Thursday a French national had been arrested.",
			"COERCE", []string{"FRA", "MLI"}, true},
		{"a place after the verb names another state",
			"Britain said two Russian nationals had been arrested in Bulgaria on Monday.",
			"COERCE", []string{"GBR", "RUS"}, false},
		{"an arrest still to come is not told done",
			"The United States said two Chinese nationals would be arrested.",
			"COERCE", []string{"CHN", "USA"}, false},
	})
}
