package coder

import "testing"

// Twenty-seventh pass (stop 45, sanctions and coercion written by hand): a
// state's officials barred from its territory are a travel ban on their
// state, a SANCTION (cues.tsv); other people barred at a border stay the
// COERCE they were. The sentences are written for this test.
func TestWireFormsTwentySeventhPassEntryBan(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"ministers banned from the country",
			"Israel retaliated by banning two left-wing Spanish ministers from the country.",
			"SANCTION", []string{"ESP", "ISR"}, true},
		{"officials barred from entering",
			"Hungary banned three Ukrainian officials from entering its territory on Monday.",
			"SANCTION", []string{"HUN", "UKR"}, true},
		{"lawmakers barred from visiting",
			"China barred two Lithuanian lawmakers from visiting the country last week.",
			"SANCTION", []string{"CHN", "LTU"}, true},
		{"athletes barred stay coerced",
			"Indonesia barred Israeli athletes from entering the country.",
			"COERCE", []string{"IDN", "ISR"}, true},
		{"athletes barred are no sanction",
			"Indonesia barred Israeli athletes from entering the country.",
			"SANCTION", []string{"IDN", "ISR"}, false},
	})
}

// A state that "retaliated by" a measure took the measure; it struck no
// blow. Retaliation by fire stays an attack.
func TestWireFormsTwentySeventhPassRetaliatedBy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"retaliated against by banning",
			"Israel retaliated against Spain by banning two of its ministers.",
			"SANCTION", []string{"ESP", "ISR"}, true},
		{"retaliated against by banning is no attack",
			"Israel retaliated against Spain by banning two of its ministers.",
			"ASSAULT", []string{"ESP", "ISR"}, false},
		{"retaliated by expelling",
			"Beijing retaliated on Friday by expelling three Canadian diplomats.",
			"SANCTION", []string{"CAN", "CHN"}, true},
		{"retaliated by firing stays an attack",
			"Iran retaliated against Israel by launching missiles.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
	})
}

// A consulate ordered to close is named before the infinitive as well as
// after "closure of".
func TestWireFormsTwentySeventhPassConsulateOrdered(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"consulate ordered to close",
			"The U.S. ordered the Chinese consulate in Houston to close.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"consulate ordered closed",
			"Washington ordered China's consulate in Houston closed on Wednesday.",
			"SANCTION", []string{"CHN", "USA"}, true},
		{"staff told to close windows",
			"The Dutch mayor ordered the Turkish embassy staff to close the windows.",
			"SANCTION", []string{"NLD", "TUR"}, false},
	})
}

// The noun of a detention with its day or place before "of" is the
// detention, as "the detention of" is.
func TestWireFormsTwentySeventhPassDetentionNoun(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"detention on a day of",
			"China announced the detention on Saturday of a Swedish citizen.",
			"COERCE", []string{"CHN", "SWE"}, true},
		{"detention in a city of",
			"Iran confirmed the detention in Tehran of two French teachers on Sunday.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"a camp of an army is no detention of its people",
			"Kenya said he spent a year in detention in a camp of the Ugandan army.",
			"COERCE", []string{"KEN", "UGA"}, false},
	})
}
