package coder

import "testing"

// Twenty-third pass (stop 41): seats of government, capitals and older
// spellings news writes for a state. The sentences are written for this
// test.
func TestWireFormsTwentyThirdPassActorSeats(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"Malaysia's administrative capital acts for its government",
			"Putrajaya protested to Beijing over the coast guard vessel.",
			"ACCUSE", []string{"CHN", "MYS"}, true},
		{"Malaysia's foreign ministry by its building",
			"Wisma Putra summoned the Chinese ambassador over the incursion.",
			"ACCUSE", []string{"CHN", "MYS"}, true},
		{"the French prime minister's residence",
			"Matignon summoned the Algerian ambassador.",
			"ACCUSE", []string{"DZA", "FRA"}, true},
		{"Kazakhstan's presidential palace",
			"Akorda hosted the Russian president.",
			"CONSULT", []string{"KAZ", "RUS"}, true},
		{"Singapore's Istana",
			"The Istana welcomed the Malaysian prime minister.",
			"CONSULT", []string{"MYS", "SGP"}, true},
		{"Kuwait's capital acts for its government",
			"Kuwait City expelled the Iraqi diplomat.",
			"SANCTION", []string{"IRQ", "KWT"}, true},
		{"Bolivia's seat of government",
			"La Paz expelled the US ambassador.",
			"SANCTION", []string{"BOL", "USA"}, true},
		{"an older spelling of Tehran",
			"Teheran accused Washington of sabotage.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"a spelling of N'Djamena without the apostrophe",
			"Ndjamena expelled the French ambassador.",
			"SANCTION", []string{"FRA", "TCD"}, true},
		{"Jamaica's capital",
			"Kingston protested to London over the remarks.",
			"ACCUSE", []string{"GBR", "JAM"}, true},
		{"Japan's foreign ministry by its Japanese name",
			"The Gaimusho summoned the Chinese ambassador.",
			"ACCUSE", []string{"CHN", "JPN"}, true},
		{"Germany's foreign office by its German name",
			"The Auswärtiges Amt summoned the Russian ambassador.",
			"ACCUSE", []string{"DEU", "RUS"}, true},
		{"the state agency that reports is no party",
			"Xinhua reported that China and Brazil signed a trade deal.",
			"AGREE", []string{"BRA", "CHN"}, true},
		{"Reporters Without Borders is not Sudan's RSF",
			"Reporters Without Borders (RSF) condemned the arrest of the journalist in Turkey.",
			"ACCUSE", []string{"SDN", "TUR"}, false},
	})
}

// Twenty-third pass (stop 41): one state's own office titles name its
// holder with "the" and no name ("the Taoiseach"); English titles that
// several states' news writes ("the secretary of state") do not.
func TestWireFormsTwentyThirdPassActorTitles(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the Taoiseach is Ireland's",
			"The Taoiseach met the British prime minister in Dublin.",
			"CONSULT", []string{"GBR", "IRL"}, true},
		{"the Taoiseach criticising a state",
			"The Taoiseach criticised Britain over the legacy bill.",
			"ACCUSE", []string{"GBR", "IRL"}, true},
		{"the Bundeskanzler is Germany's",
			"The Bundeskanzler met the French president in Paris.",
			"CONSULT", []string{"DEU", "FRA"}, true},
		{"a bare secretary of state may be any state's",
			"The secretary of state met the French president in Paris.",
			"CONSULT", []string{"FRA", "USA"}, false},
	})
}

// Twenty-third pass (stop 41): armed forces, border forces and police by
// their own names or acronyms, and demonyms the table lacked.
func TestWireFormsTwentyThirdPassActorForces(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"Congo's army by its acronym",
			"The FARDC accused Rwanda of backing M23.",
			"ACCUSE", []string{"COD", "RWA"}, true},
		{"Ethiopia's army by its acronym",
			"The ENDF accused Eritrea of massing troops.",
			"ACCUSE", []string{"ERI", "ETH"}, true},
		{"Canada's federal police",
			"The RCMP accused India of orchestrating violence in Canada.",
			"ACCUSE", []string{"CAN", "IND"}, true},
		{"Ireland's police",
			"The Gardai arrested a British soldier.",
			"COERCE", []string{"GBR", "IRL"}, true},
		{"India's border force",
			"The BSF fired on Pakistani troops.",
			"ASSAULT", []string{"IND", "PAK"}, true},
		{"Indonesia's armed forces",
			"TNI soldiers clashed with Malaysian troops.",
			"ASSAULT", []string{"IDN", "MYS"}, true},
		{"Japan's coast guard by its acronym",
			"The JCG arrested a Chinese national.",
			"COERCE", []string{"CHN", "JPN"}, true},
		{"Comorian",
			"The Comorian government accused France.",
			"ACCUSE", []string{"COM", "FRA"}, true},
		{"Dominica is a state of its own",
			"Dominica signed a deal with China.",
			"AGREE", []string{"CHN", "DMA"}, true},
		{"Dominican is the Dominican Republic's",
			"The Dominican Republic signed a deal with China.",
			"AGREE", []string{"CHN", "DMA"}, false},
		{"Basotho",
			"Basotho officials met South African ministers.",
			"CONSULT", []string{"LSO", "ZAF"}, true},
		{"Kittitian",
			"Kittitian officials met Taiwanese envoys.",
			"CONSULT", []string{"KNA", "TWN"}, true},
	})
}

// Twenty-third pass (stop 41): a governing body placed in a capital ("the
// government in Tehran") is that state's; an embassy there, or officials
// of unnamed states, are not.
func TestWireFormsTwentyThirdPassActorBodyInCapital(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the government in a capital",
			"The government in Tehran accused Washington of sabotage.",
			"ACCUSE", []string{"IRN", "USA"}, true},
		{"the military government in a capital",
			"The military government in Bamako expelled the French ambassador.",
			"SANCTION", []string{"FRA", "MLI"}, true},
		{"officials in a capital opening the sentence",
			"Officials in Kyiv accused Moscow of shelling the plant.",
			"ACCUSE", []string{"RUS", "UKR"}, true},
		{"Western officials in a capital are not its own",
			"Western officials in Kyiv accused Moscow of shelling the plant.",
			"ACCUSE", []string{"RUS", "UKR"}, false},
		{"an embassy in a capital is not its government",
			"The embassy in Beijing criticised Japan over the remarks.",
			"ACCUSE", []string{"CHN", "JPN"}, false},
	})
}
