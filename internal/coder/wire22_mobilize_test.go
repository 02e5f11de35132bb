package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fourth pass (stop 42, the mobilize family, own wire sentences):
// troops pulled from a place are withdrawn; the units and ships wire copy
// names are forces sent; forces stationed in a country, or sent to a base
// in it, go to that country; the border a withdrawal leaves names its
// countries; a body's vote or motion to send troops is the act planned.
// The sentences are written for this test.
func TestWireFormsTwentyFourthPassMobilize(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops pulled from a country are withdrawn",
			"The United States pulled 1,000 troops from Syria on Sunday.",
			"RETREAT", []string{"SYR", "USA"}, true},
		{"soldiers pulled from a country last year are withdrawn",
			"France pulled its soldiers from Mali last year.",
			"RETREAT", []string{"FRA", "MLI"}, true},
		{"a player pulled from a match is no withdrawal",
			"Brazil pulled its striker from the match against Argentina on Sunday.",
			"RETREAT", []string{"ARG", "BRA"}, false},

		{"troops pulled from the border of two countries leave both",
			"Qatar withdrew its troops from the border of Djibouti and Eritrea on Wednesday.",
			"RETREAT", []string{"DJI", "ERI", "QAT"}, true},
		{"troops pulled from a hyphened border leave both countries",
			"Qatar pulled all of its soldiers from the Djibouti-Eritrea border on Wednesday.",
			"RETREAT", []string{"DJI", "ERI", "QAT"}, true},
		{"a state's own border names no neighbour withdrawn from",
			"Cameroon withdrew some forces from its border with Nigeria on Friday.",
			"RETREAT", []string{"CMR", "NGA"}, false},

		{"a battalion sent is a mobilization",
			"Britain sent a battalion to Estonia on Monday.",
			"MOBILIZE", []string{"EST", "GBR"}, true},
		{"military personnel sent are a mobilization",
			"Russia sent about 100 military personnel to Venezuela on Saturday.",
			"MOBILIZE", []string{"RUS", "VEN"}, true},
		{"a warship sent to a country's waters faces it",
			"Nigeria sent a warship to Gambian waters on Wednesday.",
			"MOBILIZE", []string{"GMB", "NGA"}, true},
		{"a medical contingent sent is no mobilization",
			"Cuba sent a medical contingent to Italy on Sunday.",
			"MOBILIZE", []string{"CUB", "ITA"}, false},

		{"a brigade stationed in a country goes there",
			"Germany stationed a brigade in Lithuania on Thursday.",
			"MOBILIZE", []string{"DEU", "LTU"}, true},
		{"weapons stationed in a country go there",
			"Russia stationed nuclear weapons in Belarus on Friday.",
			"MOBILIZE", []string{"BLR", "RUS"}, true},
		{"troops sent to a base in a country go there",
			"Turkey deployed troops to its base in Qatar on Thursday.",
			"MOBILIZE", []string{"QAT", "TUR"}, true},
		{"a country where troops are sent from is no side received",
			"Kenya sent troops to Somalia from its camp in Uganda on Friday.",
			"MOBILIZE", []string{"KEN", "UGA"}, false},

		{"a vote on a weekday to send troops is the act planned",
			"Turkey's parliament voted on Thursday to send troops to Libya.",
			"MOBILIZE", []string{"LBY", "TUR"}, true},
		{"a decision on a weekday to send troops is the act planned",
			"Turkey decided on Thursday to send troops to Libya.",
			"MOBILIZE", []string{"LBY", "TUR"}, true},
		{"a motion to send troops is the act planned",
			"Turkey's parliament approved a motion on Thursday to send troops to Libya.",
			"MOBILIZE", []string{"LBY", "TUR"}, true},
		{"troops trained on a weekday to fight are no mobilization",
			"Turkey trained Libyan soldiers on Thursday to fight the rebels.",
			"MOBILIZE", []string{"LBY", "TUR"}, false},
	})
}

// Twenty-fourth pass (stop 42, the mobilize family, vocabulary): forces
// amassed, concentrated or rushed, war games near a country, warplanes and regiments sent, warships entering a
// country's waters; troops leaving a country, a base closed, a presence
// cut, troops disengaged, a state pulled out of an accord. The sentences are written for this test.
func TestWireFormsTwentyFourthPassMobilizeVocabulary(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops amassed near a country face it",
			"Russia has amassed more than 100,000 troops near Ukraine, the US said on Monday.",
			"MOBILIZE", []string{"RUS", "UKR"}, true},
		{"troops rushed to a border with a country face it",
			"India rushed additional troops to the Ladakh border with China on Thursday.",
			"MOBILIZE", []string{"CHN", "IND"}, true},
		{"warplanes sent are a mobilization",
			"Russia sent warplanes to Syria on Wednesday.",
			"MOBILIZE", []string{"RUS", "SYR"}, true},
		{"warships entering a country's waters are sent there",
			"Chinese warships entered Indonesian waters on Sunday.",
			"MOBILIZE", []string{"CHN", "IDN"}, true},
		{"war games in two words staged around a country show force to it",
			"China staged war games around Taiwan on Saturday.",
			"MOBILIZE", []string{"CHN", "TWN"}, true},
		{"war games staged around a country are no cooperation with it",
			"China staged war games around Taiwan on Saturday.",
			"COOPERATE", []string{"CHN", "TWN"}, false},
		{"troops concentrated along a country's border face it",
			"Azerbaijan has concentrated troops along the Armenian border, Yerevan said on Friday.",
			"MOBILIZE", []string{"ARM", "AZE"}, true},
		{"aid rushed to a country is no mobilization",
			"Japan rushed food and medicine to Turkey on Tuesday.",
			"MOBILIZE", []string{"JPN", "TUR"}, false},

		{"the last troops leaving a country withdraw from it",
			"The last US troops left Afghanistan on Monday, ending a 20-year war.",
			"RETREAT", []string{"AFG", "USA"}, true},
		{"soldiers beginning to leave a country withdraw from it",
			"French troops began leaving Niger on Tuesday, the junta said.",
			"RETREAT", []string{"FRA", "NER"}, true},
		{"troops that leave for a country go there",
			"Turkish troops left for Libya on Tuesday.",
			"RETREAT", []string{"LBY", "TUR"}, false},
		{"a delegation leaving a country is no withdrawal",
			"The Kenyan delegation left Ethiopia on Monday after talks.",
			"RETREAT", []string{"ETH", "KEN"}, false},

		{"a military base closed in a country is given up",
			"France closed its last military base in Chad on Thursday.",
			"RETREAT", []string{"FRA", "TCD"}, true},
		{"a military presence reduced is a withdrawal",
			"Russia reduced its military presence in Syria on Monday.",
			"RETREAT", []string{"RUS", "SYR"}, true},
		{"a company's presence cut is no withdrawal",
			"The Korean company cut its presence in Russia on Monday.",
			"RETREAT", []string{"KOR", "RUS"}, false},
		{"troops disengaged step back",
			"Indian and Chinese troops disengaged from Pangong Lake on Thursday.",
			"RETREAT", []string{"CHN", "IND"}, true},
		{"a state pulled out of an accord leaves it",
			"The US president pulled his country out of the 2015 nuclear deal with Iran on Tuesday.",
			"RETREAT", []string{"IRN", "USA"}, true},
	})
}

// Twenty-fourth pass (stop 42, the mobilize family, third round of own
// wire sentences): border guards pulled out, soldiers home from a country,
// forces ordered to a place, troops moved in the passive, troops across
// the border into a country, a headline's present completion of a noun
// act. The sentences are written for this test.
func TestWireFormsTwentyFourthPassMobilizeForms(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"border guards pulled out of a country withdraw",
			"Russia pulls border guards out of Armenia",
			"RETREAT", []string{"ARM", "RUS"}, true},
		{"soldiers home from a country leave it",
			"Czech soldiers returned home from Iraq on Monday.",
			"RETREAT", []string{"CZE", "IRQ"}, true},
		{"a carrier ordered to a sea to deter a country faces it",
			"The Pentagon ordered a second aircraft carrier to the eastern Mediterranean on Saturday to deter Iran.",
			"MOBILIZE", []string{"IRN", "USA"}, true},
		{"troops ordered to withdraw are no mobilization",
			"The Pentagon ordered troops to withdraw from Syria on Friday.",
			"MOBILIZE", []string{"SYR", "USA"}, false},
		{"troops moved in the passive toward a border face its country",
			"Belarusian troops were moved closer to the Ukrainian border on Sunday, Kyiv said.",
			"MOBILIZE", []string{"BLR", "UKR"}, true},
		{"troops across the border into a country enter it",
			"Turkish troops marched across the border into Syria on Wednesday.",
			"MOBILIZE", []string{"SYR", "TUR"}, true},
		{"a headline's completed withdrawal is done",
			"US completes withdrawal from Afghanistan",
			"RETREAT", []string{"AFG", "USA"}, true},
		{"a headline's begun pullout is done",
			"Russia begins pullout from Syria",
			"RETREAT", []string{"RUS", "SYR"}, true},
	})
	checkStatusCases(t, []statusCase{
		{"a headline's completed withdrawal is done",
			"US completes withdrawal from Afghanistan",
			"RETREAT", []string{"AFG", "USA"}, event.Occurred},
		{"a withdrawal still to be completed is planned",
			"Colombia will complete the withdrawal of its troops from Haiti next year.",
			"RETREAT", []string{"COL", "HTI"}, event.Planned},
	})
}

// Twenty-fourth pass (stop 42, own wire sentences): a state ready or
// prepared to deploy or send forces plans a deployment, no threat; ready
// to impose a hostile measure stays a threat.
func TestWireFormsTwentyFourthPassReadyToDeploy(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"ready to deploy troops to a country is a deployment planned",
			"Britain is ready to deploy troops to Ukraine as part of a peacekeeping force, the prime minister said on Sunday.",
			"MOBILIZE", []string{"GBR", "UKR"}, true},
		{"prepared to send troops to a country is a deployment planned",
			"Norway is prepared to send troops to Estonia next year, the defence minister said on Monday.",
			"MOBILIZE", []string{"EST", "NOR"}, true},
		{"ready to deploy troops is no threat",
			"Britain is ready to deploy troops to Ukraine as part of a peacekeeping force, the prime minister said on Sunday.",
			"THREATEN", []string{"GBR", "UKR"}, false},
		{"prepared to impose sanctions stays a threat",
			"China is prepared to impose sanctions on Lithuania, the ministry said on Monday.",
			"THREATEN", []string{"CHN", "LTU"}, true},
	})
}
