package coder

import "testing"

// Twenty-fourth pass (stop 42): protests and threats, read from sentences
// written for these tests (protest22.go, data/cues.tsv).

// A rally written "anti-X" protests against X wherever the adjective
// stands: before the crowd noun as its subject too, and the crowd's own
// country is the venue's.
func TestWireFormsTwentyFourthPassAntiRally(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"an anti-X protest was held in a city",
			"An anti-Chinese protest was held in Almaty on Friday.",
			"PROTEST", []string{"CHN", "KAZ"}, true},
		{"anti-X demonstrations broke out",
			"Anti-French demonstrations broke out in Bamako on Friday.",
			"PROTEST", []string{"FRA", "MLI"}, true},
		{"police dispersed an anti-X rally",
			"Police in Almaty dispersed an anti-Russian rally on Saturday.",
			"PROTEST", []string{"KAZ", "RUS"}, true},
		{"anti-X protesters rallied",
			"Anti-Chinese protesters rallied in Almaty on Friday.",
			"PROTEST", []string{"CHN", "KAZ"}, true},
		{"an anti-X crowd at a third state's mission protests at the mission's state",
			"Anti-Japanese protesters stormed the South Korean embassy in Beijing on Friday.",
			"PROTEST", []string{"CHN", "JPN"}, false},
	})
}

// A war a state threatens falls on the country after it.
func TestWireFormsTwentyFourthPassThreatenedWar(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"threatened war against",
			"Turkey threatened war against Greece on Monday.",
			"THREATEN", []string{"GRC", "TUR"}, true},
		{"threatened war with",
			"Turkey threatened war with Greece on Monday.",
			"THREATEN", []string{"GRC", "TUR"}, true},
		{"threatened war on",
			"Ethiopia threatened war on Eritrea on Tuesday.",
			"THREATEN", []string{"ERI", "ETH"}, true},
		{"a war talked about is no threat to its place",
			"Turkey warned of the war in Syria on Monday.",
			"THREATEN", []string{"SYR", "TUR"}, false},
	})
}

// Goods a state threatens to bar name their country.
func TestWireFormsTwentyFourthPassThreatenedGoods(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"threatened to boycott X wine",
			"China threatened to boycott Australian wine on Tuesday.",
			"THREATEN", []string{"AUS", "CHN"}, true},
		{"threatened to ban X goods",
			"China threatened to ban Australian goods on Tuesday.",
			"THREATEN", []string{"AUS", "CHN"}, true},
		{"a boycott held by the one threatened names no third side",
			"China threatened Japan over its boycott of Australian wine.",
			"THREATEN", []string{"AUS", "CHN", "JPN"}, false},
	})
}

// A crowd protests against the state whose act it names after "against"
// or "over", wherever the phrase stands.
func TestWireFormsTwentyFourthPassProtestedAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"rallied in a city against X interference",
			"Moldovans rallied in Chisinau on Sunday against Russian interference.",
			"PROTEST", []string{"MDA", "RUS"}, true},
		{"marched against X sanctions",
			"Venezuelans marched in Caracas on Saturday against US sanctions.",
			"PROTEST", []string{"USA", "VEN"}, true},
		{"protested on a day against the X decision",
			"Palestinians protested on Friday against the US decision to move the embassy.",
			"PROTEST", []string{"PSE", "USA"}, true},
		{"protested against X designs",
			"Danes protested in Copenhagen on Saturday against US designs on Greenland.",
			"PROTEST", []string{"DNK", "USA"}, true},
		{"protest X pressure: the verb's object",
			"Taiwanese students protest Chinese pressure in Taipei",
			"PROTEST", []string{"CHN", "TWN"}, true},
		{"protested the X settlement plan",
			"Palestinians in Ramallah protested the Israeli settlement plan on Friday.",
			"PROTEST", []string{"ISR", "PSE"}, true},
		{"a country's competition is no act of state",
			"Kenyan traders held a strike on Monday to protest against Chinese competition.",
			"PROTEST", []string{"CHN", "KEN"}, false},
	})
}

// The property of a country's people that a crowd storms, loots or burns
// names the country protested against.
func TestWireFormsTwentyFourthPassProtestedProperty(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"protesters looted X shops in a city",
			"Protesters looted South African shops in Lagos on Wednesday.",
			"PROTEST", []string{"NGA", "ZAF"}, true},
		{"rioters torched X factories",
			"Vietnamese rioters torched Chinese factories on Wednesday.",
			"PROTEST", []string{"CHN", "VNM"}, true},
		{"protesters torched an X cultural centre",
			"Protesters in Niamey torched a French cultural centre on Saturday.",
			"PROTEST", []string{"FRA", "NER"}, true},
		{"shops a crowd marches past are not harmed",
			"Protesters in Lagos marched past South African shops on Wednesday.",
			"PROTEST", []string{"NGA", "ZAF"}, false},
	})
}

// The idioms of retaliation promised: countermeasures taken or vowed, a
// strike back vowed, measures against a side, no hesitation to act.
func TestWireFormsTwentyFourthPassRetaliationIdioms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"would take resolute countermeasures against",
			"China said on Friday it would take resolute countermeasures against the United States.",
			"THREATEN", []string{"CHN", "USA"}, true},
		{"vowed countermeasures against",
			"China vowed countermeasures against Lithuania on Friday.",
			"THREATEN", []string{"CHN", "LTU"}, true},
		{"vowed to hit back against",
			"Beijing vowed to hit back against Washington on Friday.",
			"THREATEN", []string{"CHN", "USA"}, true},
		{"would take all necessary measures against",
			"China said it would take all necessary measures against the Philippines.",
			"THREATEN", []string{"CHN", "PHL"}, true},
		{"would not hesitate to act against",
			"Israel said on Monday it would not hesitate to act against Iran.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"measures to protect one's own name no one threatened",
			"China said it would take all necessary measures to protect its citizens in the Philippines.",
			"THREATEN", []string{"CHN", "PHL"}, false},
		{"countermeasures imposed are a sanction, no threat",
			"China imposed countermeasures on Lithuania on Friday.",
			"THREATEN", []string{"CHN", "LTU"}, false},
	})
}

// The acts of a crowd at a mission with no word of protesting, and
// pictures of a leader burned.
func TestWireFormsTwentyFourthPassCrowdActs(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"students gathered outside the X embassy",
			"Iranian students gathered outside the British embassy in Tehran on Sunday.",
			"PROTEST", []string{"GBR", "IRN"}, true},
		{"pelted the X embassy with eggs",
			"Hardliners pelted the British embassy in Tehran with eggs on Sunday.",
			"PROTEST", []string{"GBR", "IRN"}, true},
		{"burned pictures of the X president",
			"Palestinians burned pictures of the US president in Gaza on Thursday.",
			"PROTEST", []string{"PSE", "USA"}, true},
		{"burned portraits of the X leader",
			"Protesters in Tehran burned portraits of the Israeli prime minister on Friday.",
			"PROTEST", []string{"IRN", "ISR"}, true},
		{"diplomats gathered at an embassy for a reception do not protest",
			"Diplomats gathered at the French embassy in Tokyo on Monday for a reception.",
			"PROTEST", []string{"FRA", "JPN"}, false},
		{"photos taken are no protest",
			"Tourists took photos of the US president in Gaza on Thursday.",
			"PROTEST", []string{"PSE", "USA"}, false},
	})
}

// "In protest at X" names what is protested, not where the protest is.
func TestWireFormsTwentyFourthPassProtestedAt(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"walked out in protest at X's speech",
			"The Saudi delegation walked out on Tuesday in protest at Qatar's speech.",
			"PROTEST", []string{"QAT", "SAU"}, true},
		{"staged a walkout in protest at X",
			"Saudi Arabia staged a walkout at the meeting on Tuesday in protest at Qatar.",
			"PROTEST", []string{"QAT", "SAU"}, true},
		{"walked out in protest at X's remarks",
			"The UAE delegation walked out of the conference on Tuesday in protest at Iran's remarks.",
			"PROTEST", []string{"ARE", "IRN"}, true},
	})
	evs := Code(art("Dozens of Iraqis gathered in protest at Baghdad's Tahrir Square on Friday.", "2025-06-01"), Options{NoLearnedFilter: true, KeepOneSided: true})
	for _, e := range evs {
		if e.Type == "PROTEST" && (e.Location == nil || e.Location.Name != "Baghdad") {
			t.Errorf("a square in a city is where the crowd protests: %s", summary(evs))
		}
	}
}

// A measure held out on a condition is a threat made when it is said; a
// measure announced without one stays a planned sanction.
func TestWireFormsTwentyFourthPassConditionalMeasure(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"will impose tariffs on X if",
			"The United States will impose tariffs on Mexico if it does not stop the migrants.",
			"THREATEN", []string{"MEX", "USA"}, true},
		{"will impose tariffs on X unless",
			"The United States will impose tariffs on Mexico unless it stops the migrants.",
			"THREATEN", []string{"MEX", "USA"}, true},
		{"will raise tariffs on X if, a spokesman said",
			"Washington will raise tariffs on Canada if Ottawa retaliates, the White House said.",
			"THREATEN", []string{"CAN", "USA"}, true},
		{"will cut gas to X if",
			"Russia will cut gas supplies to Moldova if it does not pay its debt.",
			"THREATEN", []string{"MDA", "RUS"}, true},
		{"a measure announced with no condition is no threat",
			"The United States will impose tariffs on Mexico from July 1.",
			"THREATEN", []string{"MEX", "USA"}, false},
	})
}
