package coder

import (
	"testing"

	"storyline/internal/event"
)

// Thirty-third pass (stop 51): help after a disaster told by the work a
// state does where it struck (aidwork51.go, stop-51 block of cues.tsv).
// The sentences are written for this test; the learned filter is off.
func TestAidRebuilding(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"schools rebuilt after floods, the receiver helped",
			"The Kenyan government will help Uganda to rebuild 300 schools destroyed by the floods.",
			"AID", []string{"KEN", "UGA"}, true},
		{"bridges rebuilt in the stricken country",
			"Chile will rebuild the bridges destroyed by the earthquake in Peru, the Chilean foreign minister said.",
			"AID", []string{"CHL", "PER"}, true},
		{"reconstruction financed",
			"Norway will finance the reconstruction of hospitals damaged by the cyclone in Mozambique.",
			"AID", []string{"MOZ", "NOR"}, true},
		{"homes built for the victims in a country",
			"Saudi Arabia will build 1,000 homes for the victims of the earthquake in Afghanistan.",
			"AID", []string{"AFG", "SAU"}, true},
		{"houses built for families, the disaster named far on",
			"Norway will rebuild 200 houses in Malawi for the families whose homes the cyclone washed away.",
			"AID", []string{"MWI", "NOR"}, true},
		// must not: rebuilding at home, and building with no disaster.
		{"a state rebuilding its own homes",
			"Brazil will rebuild the houses destroyed by the floods in Rio Grande do Sul.",
			"AID", []string{"BRA"}, false},
		{"a base built abroad is no aid",
			"Turkey's army will build a new base in Qatar.",
			"AID", []string{"QAT", "TUR"}, false},
	})
	checkStatusCases(t, []statusCase{
		{"a pledge to rebuild is planned",
			"India will help Vanuatu rebuild homes lost in the earthquake.",
			"AID", []string{"IND", "VUT"}, event.Planned},
	})
}

func TestAidRescuersAtWork(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"rescue crews digging in a country",
			"Greek rescue crews have been digging through a collapsed hotel in Turkey since dawn.",
			"AID", []string{"GRC", "TUR"}, true},
		{"rescuers searching in a country",
			"Brazilian rescuers are searching for survivors under the rubble in Ecuador.",
			"AID", []string{"BRA", "ECU"}, true},
		{"rescuers pulling a survivor out",
			"The Swiss rescue team pulled a woman alive from the rubble in Turkey.",
			"AID", []string{"CHE", "TUR"}, true},
		{"a rescue team at work in a country's city",
			"Chilean rescue teams have been digging through the rubble in the Ecuadorian city of Manta since Sunday.",
			"AID", []string{"CHL", "ECU"}, true},
		{"an aid mission arriving",
			"A Chilean aid mission arrived in Ecuador on Tuesday.",
			"AID", []string{"CHL", "ECU"}, true},
		// must not: doctors serving abroad under a scheme, a team at work
		// at home, a team working on a deal.
		{"doctors working abroad under a scheme",
			"Some 3,000 Cuban doctors have been working in Venezuela's poorest areas under the programme.",
			"AID", []string{"CUB", "VEN"}, false},
		{"rescuers at home",
			"Mexican rescuers are searching for survivors in the rubble in Puebla.",
			"AID", []string{"MEX"}, false},
		{"rescuers after an air strike: the strike is told",
			"Palestinian rescuers searched the rubble in Gaza after Israeli air strikes.",
			"ASSAULT", []string{"ISR", "PSE"}, true},
		{"rescuers after a shelling, no aid to the attacker",
			"Ukrainian rescuers searched the ruins in Kharkiv after Russian shelling overnight.",
			"AID", []string{"RUS", "UKR"}, false},
		{"a negotiating team at work",
			"The Egyptian team is working on a deal between Israel and Hamas.",
			"AID", []string{"EGY", "ISR"}, false},
	})
}

func TestAidTeamDeparts(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a medical team leaves for a country",
			"A Chilean medical team left for Ecuador on Tuesday.",
			"AID", []string{"CHL", "ECU"}, true},
		{"an army's medical unit departed",
			"An Indian Army medical unit departed for Vanuatu on Friday with 40 doctors on board.",
			"AID", []string{"IND", "VUT"}, true},
		{"an emergency team from a country departed",
			"A 60-member emergency team from Japan departed for Vanuatu on Sunday.",
			"AID", []string{"JPN", "VUT"}, true},
		{"rescuers deployed in the passive",
			"Ukrainian rescuers were deployed to Turkey to help search for survivors.",
			"AID", []string{"TUR", "UKR"}, true},
		// must not: an official's or a delegation's departure is no aid,
		// and a clause's aid told before a departure is still read.
		{"a minister leaves for a country",
			"The Chilean foreign minister left for Ecuador on Tuesday.",
			"AID", []string{"CHL", "ECU"}, false},
		{"a delegation departs",
			"The Indian delegation departed for China on Monday.",
			"AID", []string{"CHN", "IND"}, false},
		{"an airlift ordered, then a plane left",
			"Jordan has ordered an airlift of emergency medical aid to Lebanon, and the first aircraft of its air force has already left for Beirut.",
			"AID", []string{"JOR", "LBN"}, true},
	})
	checkStatusCases(t, []statusCase{
		{"a team that will leave is planned",
			"A Korean medical team will leave for Vanuatu on Sunday.",
			"AID", []string{"KOR", "VUT"}, event.Planned},
	})
}

// The stricken country from the page: a pledge to build, or rescuers at
// work, told with no receiver takes the country the page pairs with the
// helper (aidOnSiteEvent, pageSides).
func TestAidOnSiteFromPage(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"homes pledged, the receiver on the page",
			"A strong earthquake struck Peru on Sunday, killing 300 people. The Chilean president spoke by phone with the Peruvian president on Monday. " +
				"Chile's president said his government would rebuild the clinics the earthquake destroyed.",
			"AID", []string{"CHL", "PER"}, true},
		{"rescuers at work, the receiver on the page",
			"A flood swept through towns in northern Ecuador this week. Ecuador thanked Colombia for its help on Tuesday. " +
				"Colombian rescuers are digging through the mud after the flood.",
			"AID", []string{"COL", "ECU"}, true},
		// must not: a state rebuilding a place of its own, on a page about
		// another's help, and a page that names no other country.
		{"rebuilding at home beside a neighbour's aid",
			"A strong earthquake struck Mexico on Sunday. Mexico and Guatemala signed a border deal on Monday. " +
				"Mexico will rebuild the schools damaged by the earthquake in Puebla and Oaxaca.",
			"AID", []string{"GTM", "MEX"}, false},
		{"a state rebuilding at home",
			"A strong earthquake struck Peru on Sunday. The Peruvian president declared that his government will build 400 homes for the residents affected by the earthquake.",
			"AID", []string{"PER"}, false},
	})
}

// On-site aid that names the helper's own country as where the work is
// done ("in Chile's north", "in the Chinese province of") is work at home,
// as a place of that country is: the page's other side receives nothing
// (aidAtHome, placedIn). The sentences are written for this test.
func TestAidOnSiteAtHomeByCountry(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"own rescuers in the country's north",
			"An earthquake struck northern Chile on Sunday. Chile and Argentina agreed to reopen the mountain pass on Monday. " +
				"Chilean rescue crews are digging through the rubble in Chile's north after the earthquake.",
			"AID", []string{"ARG", "CHL"}, false},
		{"homes rebuilt in a province named by the adjective",
			"Floods hit central China in July. China and Japan agreed on Tuesday to resume direct flights. " +
				"China will rebuild the homes destroyed by the floods in the Chinese province of Henan.",
			"AID", []string{"CHN", "JPN"}, false},
		{"still read: a helper at work abroad, the receiver on the page",
			"A flood swept through towns in northern Ecuador this week. Ecuador thanked Colombia for its help on Tuesday. " +
				"Colombian rescuers are digging through the mud after the flood, working in the town of Esmeraldas.",
			"AID", []string{"COL", "ECU"}, true},
	})
}

// The same work at home told after a meeting of the helper's takes no
// receiver from the meeting either (meetingAidTargets, aidAtHome).
func TestAidOnSiteAtHomeAfterMeeting(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"homes rebuilt at home after talks",
			"Floods hit central China in July. China and Japan held talks on trade on Tuesday. " +
				"China will rebuild the homes destroyed by the floods in the Chinese province of Henan.",
			"AID", []string{"CHN", "JPN"}, false},
		{"rescuers at home after a call",
			"A storm struck southern Mexico on Sunday. The Mexican president spoke by phone with the Guatemalan president on Monday. " +
				"Mexican rescue crews are digging through the mud in Oaxaca after the storm.",
			"AID", []string{"GTM", "MEX"}, false},
	})
}
