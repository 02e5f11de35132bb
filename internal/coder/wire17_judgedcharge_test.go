package coder

import "testing"

// Seventeenth pass (stop 35), judged charges: the accused side's answer
// told with the charge noun as subject and a judgement of it as predicate
// is a rejection of the accuser the charge noun names. The sentences are
// written for this test.
func TestWireFormsSeventeenthPassJudgedCharge(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a country's accusations judged unfounded are rejected",
			"A Chinese foreign ministry spokesman said on Monday that Japan's accusations were unfounded.",
			"REJECT", []string{"CHN", "JPN"}, true},
		{"accusations from a country judged baseless, the speaker after",
			"Accusations from Poland targeting Belarus over the migrant crisis are absurd and baseless, the Belarusian foreign minister said on Friday.",
			"REJECT", []string{"BLR", "POL"}, true},
		{"a country's allegations judged unacceptable are rejected, not a charge",
			"Tehran said on Sunday that the British allegations were unacceptable.",
			"REJECT", []string{"GBR", "IRN"}, true},
		{"statements considered vague are rejected",
			"Beijing considers Canberra's statements about the 2020 trade dispute to be vague and false, a Chinese spokesman said on Tuesday.",
			"REJECT", []string{"AUS", "CHN"}, true},
		{"a report judged false names no charge",
			"Moscow said on Monday that the Ukrainian report was false.",
			"REJECT", []string{"RUS", "UKR"}, false},
		{"an act judged unacceptable stays a charge against its doer",
			"Tokyo said on Monday that the Chinese incursion was unacceptable.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
	})
}
