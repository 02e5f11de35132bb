package coder

import "testing"

// Twenty-eighth pass (stop 46, coercion written by hand): a person
// "deported from" a country is put out by that country, as one "expelled
// from" it; a headline's participle right before "from" is passive. The
// sentences are written for this test.
func TestDeportedFromTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Dozens of Afghan refugees were deported from Iran last week.", "COERCE", "IRN", "AFG")
	checkRoles45(t, "The Kenyan activist has been deported from Tanzania, his lawyer said on Friday.", "COERCE", "TZA", "KEN")
	checkRoles45(t, "Afghans deported from Iran arrive in Herat", "COERCE", "IRN", "AFG")
	// The active verb keeps its subject as the doer.
	checkRoles45(t, "Ghana deported two Nigerian journalists from the country on Monday.", "COERCE", "GHA", "NGA")
}

// A state that retaliated by arresting, deporting or seizing did that act
// and struck no blow; retaliation by fire stays an attack.
func TestRetaliatedByHoldingTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Russia retaliated by deporting an Azerbaijani community leader.", "COERCE", "RUS", "AZE")
	checkRoles45(t, "Beijing retaliated on Saturday by seizing two Philippine boats.", "COERCE", "CHN", "PHL")
	checkCodedCases(t, []codedCase{
		{"retaliated by detaining is no attack",
			"Beijing retaliated against Canada by detaining a former Canadian diplomat.",
			"ASSAULT", []string{"CAN", "CHN"}, false},
		{"retaliated by firing missiles stays an attack",
			"Iran retaliated against Israel by launching missiles.",
			"ASSAULT", []string{"IRN", "ISR"}, true},
	})
	if !retaliatedByHolding(tokenize("Russia retaliated by deporting a community leader."), match{cue: &cue{Type: "ASSAULT"}, start: 1, end: 3}) {
		t.Error("retaliated by deporting: want the force cue dropped")
	}
}

// A ship or an aircraft impounded is seized; cars impounded by the police
// are not.
func TestImpoundedTwentyEighthPass(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"trawlers impounded",
			"Senegal impounded two Russian trawlers off Dakar on Monday.",
			"COERCE", []string{"RUS", "SEN"}, true},
		{"a tanker impounded",
			"The Nigerian navy impounded a Greek tanker carrying stolen crude.",
			"COERCE", []string{"GRC", "NGA"}, true},
		{"cars impounded are no seizure",
			"Kenyan police impounded three cars belonging to the Ugandan ambassador.",
			"COERCE", []string{"KEN", "UGA"}, false},
	})
}

// The court that sentences and the prison that holds name the state that
// holds, in the passive as after "by".
func TestJailerPhraseTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "An American citizen has been sentenced to ten years in a Russian prison.", "COERCE", "RUS", "USA")
	checkRoles45(t, "Two Chinese fishermen were jailed by a South Korean court on Monday.", "COERCE", "KOR", "CHN")
	checkRoles45(t, "The British academic was sentenced to life in prison by an Emirati court.", "COERCE", "ARE", "GBR")
	// The active sentence keeps its roles.
	checkRoles45(t, "A Russian court sentenced a Ukrainian sailor to six years on Monday.", "COERCE", "RUS", "UKR")
}

// A country's news agency, outlet or radio station raided is that
// country's side held, as its firm or broadcaster is (coerce21.go).
func TestCoercedMediaTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Azerbaijani police raided the offices of the Russian news agency in Baku.", "COERCE", "AZE", "RUS")
	checkRoles45(t, "Belarusian police raided the office of the Polish radio station on Monday.", "COERCE", "BLR", "POL")
	checkCodedCases(t, []codedCase{
		{"a news agency as the teller is no side held",
			"The Russian news agency reported that Azerbaijani police raided a warehouse.",
			"COERCE", []string{"AZE", "RUS"}, false},
	})
}

// Police who storm an office or an embassy raid it; troops who storm a
// camp attack it, and protesters who storm an embassy protest.
func TestPoliceStormTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Azerbaijani police stormed the offices of a Russian news agency on Monday.", "COERCE", "AZE", "RUS")
	checkRoles45(t, "Ecuadorian police stormed the Mexican embassy in Quito late on Friday.", "COERCE", "ECU", "MEX")
	checkCodedCases(t, []codedCase{
		{"protesters storming an embassy are no raid",
			"Protesters stormed the French embassy in Niamey on Sunday.",
			"COERCE", []string{"FRA", "NER"}, false},
		{"troops storming a camp still attack",
			"Israeli troops stormed the Jenin refugee camp on Monday.",
			"COERCE", []string{"ISR", "PSE"}, false},
	})
}

// A headline's dropped passive keeps its reading when a teller closes it
// after a comma; a reduced relative before the headline's own verb is
// left as it was.
func TestHeadlineTellerTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "Canadian detained in China, foreign ministry says", "COERCE", "CHN", "CAN")
	checkRoles45(t, "Briton jailed in Iran for spying, family says", "COERCE", "IRN", "GBR")
	toks := tokenize("US pastor detained in Turkey may soon be released")
	for k := range toks {
		if tellerTail(toks, k) {
			t.Errorf("reduced relative: no teller wanted at %d", k)
		}
	}
}

// A foreign broadcaster or its broadcasts suspended are censored.
func TestSuspendedBroadcasterTwentyEighthPass(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a broadcaster suspended",
			"The Burkinabe junta suspended French broadcaster RFI on Thursday.",
			"COERCE", []string{"BFA", "FRA"}, true},
		{"broadcasts suspended",
			"Mali suspended the broadcasts of two French television channels on Monday.",
			"COERCE", []string{"FRA", "MLI"}, true},
		{"a broadcaster suspending its own service is no coercion of a state",
			"The French broadcaster suspended its service in Mali on Monday.",
			"COERCE", []string{"FRA", "MLI"}, false},
	})
}

// A passive's auxiliary carries over "and" to the second participle; a
// place after "deported from" names the state that deports whichever
// verb of the pair codes the clause. The active pair keeps its roles.
func TestCoordinatedPassiveTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "An Australian filmmaker has been found guilty of espionage and jailed for six years in Cambodia.", "COERCE", "KHM", "AUS")
	checkRoles45(t, "The Kenyan activist was arrested and deported from Tanzania on Thursday.", "COERCE", "TZA", "KEN")
	checkRoles45(t, "Two French tourists were detained and later expelled from Iran.", "COERCE", "IRN", "FRA")
	checkRoles45(t, "Iran arrested and jailed a British aid worker on Monday.", "COERCE", "IRN", "GBR")
}

// Spies and intelligence officers expelled are a state's people sent home
// as its diplomats are; traders suspected of spying stay held people.
func TestExpelledSpiesTwentyEighthPass(t *testing.T) {
	checkRoles45(t, "The Netherlands expelled four Russian intelligence officers in April.", "SANCTION", "NLD", "RUS")
	checkRoles45(t, "Two Russian spies were expelled from Estonia on Monday.", "SANCTION", "EST", "RUS")
	checkCodedCases(t, []codedCase{
		{"traders suspected of spying stay coerced",
			"Kenya expelled two Somali traders suspected of being spies on Monday.",
			"SANCTION", []string{"KEN", "SOM"}, false},
	})
}
