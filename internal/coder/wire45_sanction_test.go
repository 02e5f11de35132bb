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

// A passive expulsion with no expeller names the envoys by their post:
// the state they are posted to sends them away (sanction45.go hostExpels).
func TestWireFormsTwentySeventhPassHostExpels(t *testing.T) {
	checkRoles45(t, "Five diplomats from the Russian Embassy to Moldova were declared personae non grata on Monday.", "SANCTION", "MDA", "RUS")
	checkRoles45(t, "Two diplomats at the Chinese mission to the Philippines were expelled last week.", "SANCTION", "PHL", "CHN")
	checkCodedCases(t, []codedCase{
		{"an ambassador to a country expelled",
			"The Russian ambassador to Moldova was expelled on Monday.",
			"SANCTION", []string{"MDA", "RUS"}, true},
		{"an expeller named keeps its role",
			"Two diplomats at the Chinese mission to the Philippines were expelled by Manila last week.",
			"SANCTION", []string{"CHN", "PHL"}, true},
	})
	checkRoles45(t, "The Russian ambassador to Moldova was summoned on Monday.", "ACCUSE", "MDA", "RUS")
}

// The recall of an envoy "from" a country is aimed at that country; the
// state that recalls him is named before the noun.
func TestWireFormsTwentySeventhPassRecallNoun(t *testing.T) {
	checkRoles45(t, "Mali announced the recall of its ambassador from Algeria.", "SANCTION", "MLI", "DZA")
	checkRoles45(t, "Mali, Burkina Faso and Niger ordered the recall of their ambassadors from Algeria on Sunday.", "SANCTION", "MLI", "DZA")
	checkRoles45(t, "Mali, Burkina Faso and Niger ordered the recall of their ambassadors from Algeria on Sunday.", "SANCTION", "BFA", "DZA")
	checkRoles45(t, "Mali, Burkina Faso and Niger ordered the recall of their ambassadors from Algeria on Sunday.", "SANCTION", "NER", "DZA")
	checkRoles45(t, "Ghana rejected a request from Nigeria on Sunday.", "REJECT", "GHA", "NGA")
}

// checkRoles45 codes body as an article of 2025-06-01 with the rules
// alone (the roles are theirs; the learned filter, retrained each stop,
// may drop a one-sided event) and checks the roles of one source and one
// target country in its events of type typ.
func checkRoles45(t *testing.T, body, typ, source, target string) {
	t.Helper()
	checkRoles(t, body, Code(art(body, "2025-06-01"), Options{NoLearnedFilter: true}), typ, source, target)
}

// A measure told as the subject of a passive takes its imposer after
// "by", past the words that say what it falls on; a measure "hit with"
// names its imposer before the measure noun; a surtax is a tariff.
func TestWireFormsTwentySeventhPassPassiveMeasure(t *testing.T) {
	checkRoles45(t, "New sanctions were imposed on Russia by Japan on Friday.", "SANCTION", "JPN", "RUS")
	checkRoles45(t, "New sanctions against Russian banks were imposed by Canada on Monday.", "SANCTION", "CAN", "RUS")
	checkRoles45(t, "Hungary was hit with EU sanctions on Monday.", "SANCTION", "", "HUN")
	checkRoles45(t, "Belarus was slapped with fresh British sanctions on Tuesday.", "SANCTION", "GBR", "BLR")
	checkRoles45(t, "Britain hit Belarus with new sanctions on Monday.", "SANCTION", "GBR", "BLR") // active: untouched
	checkCodedCases(t, []codedCase{
		{"a surtax announced",
			"Ottawa said it would impose a 100% surtax on Chinese electric vehicles from October 1.",
			"SANCTION", []string{"CAN", "CHN"}, true},
		{"a surtax placed",
			"Mexico placed a 30 percent surcharge on Chinese steel on Monday.",
			"SANCTION", []string{"CHN", "MEX"}, true},
		{"a fuel surcharge of an airline is none",
			"Kenya Airways imposed a fuel surcharge on Ugandan routes on Monday.",
			"SANCTION", []string{"KEN", "UGA"}, false},
	})
}

// An envoy recalled "in" or "to" a city is recalled from the state the
// city lies in; "in protest" names no place.
func TestWireFormsTwentySeventhPassRecalledInCity(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"recalled its ambassador in a city",
			"Spain recalled its ambassador in Tel Aviv on Monday.",
			"SANCTION", []string{"ESP", "ISR"}, true},
		{"recalled its ambassador to a city",
			"Spain recalled its ambassador to Tel Aviv on Monday.",
			"SANCTION", []string{"ESP", "ISR"}, true},
		{"recalled its envoy in a capital",
			"Mexico recalled its envoy in Lima on Friday.",
			"SANCTION", []string{"MEX", "PER"}, true},
	})
	checkCoded(t, "Spain recalled its ambassador in protest on Monday.", "SANCTION", []string{"ESP"}, true, Options{KeepOneSided: true})
}

// A ship's people held are named by their trade: the adjective before
// "crewmembers", "crewmen", "seamen" is the state they belong to.
func TestWireFormsTwentySeventhPassCrew(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"crewmembers sentenced",
			"An Ecuadorean judge has sentenced 20 Chinese crewmembers to jail.",
			"COERCE", []string{"CHN", "ECU"}, true},
		{"seamen detained",
			"Iran detained six Indian seamen on Monday.",
			"COERCE", []string{"IND", "IRN"}, true},
		{"seamen who rally are not held",
			"Indian seamen held a rally in Mumbai on Monday.",
			"COERCE", []string{"IND"}, false},
	})
}

// A measure told as the means of an act someone is urged to take was not
// taken; the same means of an act done stays a measure.
func TestWireFormsTwentySeventhPassUrgedMeasure(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"urged to act by cutting ties",
			"The protesters urged the Indonesian government to take a tougher stance on Myanmar by cutting diplomatic ties with the country.",
			"SANCTION", []string{"IDN", "MMR"}, false},
		{"urged to respond by expelling",
			"Opposition leaders urged Nigeria to respond by expelling Ghanaian diplomats.",
			"SANCTION", []string{"GHA", "NGA"}, false},
		{"called on to act by imposing",
			"Senators called on the White House to act by imposing sanctions on Venezuelan officials.",
			"SANCTION", []string{"USA", "VEN"}, false},
		{"retaliated by imposing stays a measure",
			"China retaliated on Friday by imposing tariffs on American soybeans.",
			"SANCTION", []string{"CHN", "USA"}, true},
	})
}
