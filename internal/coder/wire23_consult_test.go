package coder

import "testing"

// TestWireFormsTwentyFifthPassNamedCraft: a ship or a plane named by its
// prefix or maker ("the HMAS Adelaide", "an Antonov-124") is no visitor of
// the state it reaches; an official who flies on one still visits
// (consult23.go namedCraftArrival). Sentences written for this test.
func TestWireFormsTwentyFifthPassNamedCraft(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warship prefix", "The Australian navy ship HMAS Adelaide arrived in Tonga on Monday.",
			"CONSULT", []string{"AUS", "TON"}, false},
		{"warship prefix after a comma", "The Australian navy ship, the HMAS Canberra has arrived in Fiji.",
			"CONSULT", []string{"AUS", "FJI"}, false},
		{"carrier", "The US aircraft carrier USS Carl Vinson arrived in Da Nang on Monday.",
			"CONSULT", []string{"USA", "VNM"}, false},
		{"maker and model", "The Russian Air Force's Antonov-124 arrived in Caracas on Saturday.",
			"CONSULT", []string{"RUS", "VEN"}, false},
		{"maker, model after it", "The aircraft Antonov 124 of the Russian Air Force arrived in Caracas today.",
			"CONSULT", []string{"RUS", "VEN"}, false},
		{"minister aboard a craft", "The British foreign secretary arrived in Kyiv aboard a Hercules on Monday.",
			"CONSULT", []string{"GBR", "UKR"}, true},
		{"minister arrives", "Russian Deputy Foreign Minister Sergei Ryabkov arrived in Caracas on Saturday.",
			"CONSULT", []string{"RUS", "VEN"}, true},
	})
}

// TestWireFormsTwentyFifthPassLoadsAndHands: volunteers, engineers and
// weapons that reach a country are no delegation of their state
// (arrivals.go travellers). Sentences written for this test.
func TestWireFormsTwentyFifthPassLoadsAndHands(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"volunteers", "Volunteers from Israel's rescue service arrived in Turkey on Tuesday.",
			"CONSULT", []string{"ISR", "TUR"}, false},
		{"engineers", "Chinese engineers arrived in Pakistan on Monday to build the dam.",
			"CONSULT", []string{"CHN", "PAK"}, false},
		{"missiles", "American Javelin missiles arrived in Kyiv on Tuesday.",
			"CONSULT", []string{"UKR", "USA"}, false},
		{"a batch of missiles", "The first batch of Russian S-400 missiles arrived in Turkey on Friday.",
			"CONSULT", []string{"RUS", "TUR"}, false},
		{"drones", "Chinese-made drones arrived in Serbia on Saturday.",
			"CONSULT", []string{"CHN", "SRB"}, false},
		{"a delegation", "A Qatari delegation arrived in Kabul on Monday for talks with the Taliban.",
			"CONSULT", []string{"AFG", "QAT"}, true},
		{"foreign minister", "The Chinese foreign minister arrived in Belgrade on Saturday.",
			"CONSULT", []string{"CHN", "SRB"}, true},
	})
}

// TestWireFormsTwentyFifthPassFormerHolder: a former office holder's trip
// or talks are no meeting of his state; a holder in office, whatever his
// past, still meets (consult23.go formerHolder). Sentences written for
// this test.
func TestWireFormsTwentyFifthPassFormerHolder(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"former prime minister visited", "Former British prime minister Tony Blair visited Kyiv on Monday.",
			"CONSULT", []string{"GBR", "UKR"}, false},
		{"former president had traveled", "Former Paraguayan President Horacio Cartes had traveled to Israel to open the embassy in May.",
			"CONSULT", []string{"ISR", "PRY"}, false},
		{"ex-president flew", "Ex-president Evo Morales flew to Mexico on Monday.",
			"CONSULT", []string{"BOL", "MEX"}, false},
		{"possessive former", "Thailand's former prime minister Thaksin Shinawatra met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on Sunday.",
			"CONSULT", []string{"MYS", "THA"}, false},
		{"a former trade in the apposition", "Brazil's President Lula, a former metalworker, visited Beijing on Monday.",
			"CONSULT", []string{"BRA", "CHN"}, true},
		{"in office", "The Indian prime minister met Nepal's president in Kathmandu on Sunday.",
			"CONSULT", []string{"IND", "NPL"}, true},
	})
}

// TestWireFormsTwentyFifthPassMetDemands: meeting another's demands or
// target is giving ground or reaching a goal, no meeting (cues.tsv).
// Sentences written for this test.
func TestWireFormsTwentyFifthPassMetDemands(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"met Ukraine's demands", "The minister said Poland had met Ukraine's demands.",
			"CONSULT", []string{"POL", "UKR"}, false},
		{"met Ethiopia's demands", "Kenya has met Ethiopia's demands, the minister said.",
			"CONSULT", []string{"ETH", "KEN"}, false},
		{"met Nepal's president", "The Indian prime minister met Nepal's president in Kathmandu on Sunday.",
			"CONSULT", []string{"IND", "NPL"}, true},
	})
}

// TestWireFormsTwentyFifthPassFormerInOffice: a page that calls a sitting
// president "former" errs; his call stays a call of his state
// (consult23.go inOfficeOnRef). Sentence written for this test.
func TestWireFormsTwentyFifthPassFormerInOffice(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"sitting president called former", "Brazilian President Luiz Inácio Lula da Silva spoke by phone with former US President Donald Trump on Monday.",
			"CONSULT", []string{"BRA", "USA"}, true},
	})
}

// TestWireFormsTwentyFifthPassStandingAccord: a truce or treaty named as
// lasting, broken or invoked stands already, no accord made; a truce
// reached or signed, even one that then held, is made (consult23.go
// standingAccord). Sentences written for this test.
func TestWireFormsTwentyFifthPassStandingAccord(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"enters its second week", "As the truce between Armenia and Azerbaijan enters its second week, villagers have returned.",
			"AGREE", []string{"ARM", "AZE"}, false},
		{"held for a third day", "The ceasefire between India and Pakistan held for a third day on Monday.",
			"AGREE", []string{"IND", "PAK"}, false},
		{"appeared to be holding", "The truce between Thailand and Cambodia appeared to be holding on Tuesday.",
			"AGREE", []string{"KHM", "THA"}, false},
		{"violations of", "Violations of the 2020 ceasefire between Armenia and Azerbaijan have increased.",
			"AGREE", []string{"ARM", "AZE"}, false},
		{"invoked its treaty", "The Philippines invoked its mutual defence treaty with the United States on Monday.",
			"AGREE", []string{"PHL", "USA"}, false},
		{"signed, then held", "Thailand and Cambodia signed a ceasefire on Monday that held overnight.",
			"AGREE", []string{"KHM", "THA"}, true},
		{"was signed", "The ceasefire between Israel and Hamas was signed in Cairo on Wednesday.",
			"AGREE", []string{"ISR", "PSE"}, true},
		{"talks held, then a pact", "Ethiopia and Eritrea held talks on Monday and signed a pact.",
			"AGREE", []string{"ERI", "ETH"}, true},
	})
}

// TestWireFormsTwentyFifthPassSuspectedSecretAccord: a secret accord
// suspected or rumoured is no accord made; one that officials say was
// signed or reached is (consult23.go suspectedSecretAccord). Sentences
// written for this test.
func TestWireFormsTwentyFifthPassSuspectedSecretAccord(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"suspected", "Opposition leaders suspected a secret deal between Nepal and India.",
			"AGREE", []string{"IND", "NPL"}, false},
		{"rumours of", "There were rumours of a secret agreement between Moscow and Minsk.",
			"AGREE", []string{"BLR", "RUS"}, false},
		{"signed a secret agreement", "Russia and Belarus signed a secret agreement on Monday, officials said.",
			"AGREE", []string{"BLR", "RUS"}, true},
		{"reached a secret deal", "Egypt and Sudan reached a secret deal on Nile water, two officials said on Monday.",
			"AGREE", []string{"EGY", "SDN"}, true},
	})
}
