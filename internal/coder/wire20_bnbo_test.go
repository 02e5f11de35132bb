package coder

import "testing"

// Twenty-second pass (stop 40, the bn/bo family). The sentences are
// written for these tests.

// A denial of the lead charge told as a judgement of the charge ("said the
// accusations were false") or with "refute" answers the lead's accuser, as
// a denial told with "reject" does (denial17.go).
func TestWireFormsTwentySecondPassDenialJudged(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the charge judged false answers the lead accuser",
			"Kenya on Monday accused Somalia of sheltering armed groups near the border.\n\n" +
				"Somalia's foreign minister said the accusations were false.",
			"REJECT", []string{"KEN", "SOM"}, true},
		{"a charge refuted answers the lead accuser",
			"Serbia on Friday accused Croatia of arming paramilitary groups.\n\n" +
				"Croatia refuted all the allegations on Saturday.",
			"REJECT", []string{"HRV", "SRB"}, true},
		{"a charge judged false with no lead charge answers no one",
			"Ministers met in Nairobi on Monday to discuss trade.\n\n" +
				"Somalia's foreign minister said the accusations were false.",
			"REJECT", []string{"KEN", "SOM"}, false},
	})
}

// A country's armed force that arrives in another country is deployed
// there (arrivals20.go).
func TestWireFormsTwentySecondPassTroopsArrive(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a convoy of a country's troops arrives in another",
			"A convoy of Kenyan troops arrived in Somalia on Tuesday.",
			"MOBILIZE", []string{"KEN", "SOM"}, true},
		{"planes carrying troops land in a capital",
			"Two Chinese planes carrying about 200 soldiers landed in Vientiane on Sunday.",
			"MOBILIZE", []string{"CHN", "LAO"}, true},
		{"a contingent of soldiers from a country arrives",
			"A contingent of soldiers from Rwanda has arrived in Mozambique, the army said.",
			"MOBILIZE", []string{"MOZ", "RWA"}, true},
		{"aid planes carrying supplies and soldiers are aid",
			"Chinese aid planes carrying medical equipment and soldiers landed in Vientiane.",
			"MOBILIZE", []string{"CHN", "LAO"}, false},
		{"a minister who arrives is on a visit",
			"The Kenyan defence minister arrived in Somalia on Tuesday.",
			"MOBILIZE", []string{"KEN", "SOM"}, false},
	})
}

// A currency swap line one government opens to another is financial aid
// (cues.tsv).
func TestWireFormsTwentySecondPassCurrencySwap(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a currency swap finalized with another country's central bank",
			"Japan on Friday finalized a $30 billion currency swap framework with Indonesia's central bank.",
			"AID", []string{"IDN", "JPN"}, true},
		{"a swap line extended to another country",
			"China extended a 10 billion yuan swap line to Pakistan on Monday.",
			"AID", []string{"CHN", "PAK"}, true},
		{"a prisoner swap offered is no aid",
			"Ukraine offered a prisoner swap to Russia on Monday.",
			"AID", []string{"RUS", "UKR"}, false},
	})
}

// A border closed against a neighbour, or to its trucks, is a sanction
// (cues.tsv).
func TestWireFormsTwentySecondPassBorderClosed(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a border closed with a neighbour",
			"Kenya closed its border with Somalia on Thursday.",
			"SANCTION", []string{"KEN", "SOM"}, true},
		{"a border closed to a neighbour's trucks",
			"Zambia shut the border to Malawian cargo trucks at the main crossing.",
			"SANCTION", []string{"MWI", "ZMB"}, true},
		{"a border closed to tourists of a country is no sanction",
			"Peru closed its borders to tourists, including many Chilean visitors.",
			"SANCTION", []string{"CHL", "PER"}, false},
	})
}

// A flag burned stands for its country (flags20.go); "Cameroun" is
// Cameroon (countries.tsv).
func TestWireFormsTwentySecondPassFlagBurned(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"protesters who set fire to a country's flags",
			"Protesters in Dhaka set fire to Indian flags on Friday.",
			"PROTEST", []string{"BGD", "IND"}, true},
		{"protesters who burned a country's flag",
			"Hundreds of protesters in Dhaka burned the Indian flag on Friday.",
			"PROTEST", []string{"BGD", "IND"}, true},
		{"protesters waving a country's flags name no side by them",
			"Hundreds of protesters in Dhaka waved Palestinian flags on Friday.",
			"PROTEST", []string{"BGD", "PSE"}, false},
		{"Cameroun is Cameroon",
			"Chad sent troops to Cameroun on Friday.",
			"MOBILIZE", []string{"CMR", "TCD"}, true},
	})
}
