package coder

import "testing"

// Twenty-fifth pass (stop 43), requests written by hand: a turn to,
// reach out to or approach of a government for help with the help named
// by adjectives (cues.tsv); a noun of asking owned by its asker and made
// the subject ("Cambodia's call for Thailand to ... went unanswered") and
// a call made "to" a government "to" act (request43.go, cues.tsv); a
// government named only by its adjective on the help asked for
// (askedHelper); a capital after "reached out to" (actors/askedto22.go);
// and the asker's own government asked to act toward a
// foreign country (asksOwnOfficial, homeInstitutions). The sentences are
// written for this test.
func TestRequestTwentyFifthPass(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{rule: "a turn to a government for an adjective and a loan is a request",
			body: "Pakistan turned to China for an emergency loan.",
			typ:  "REQUEST", cs: []string{"CHN", "PAK"}, want: true},
		{rule: "approaching a capital for financial support is a request",
			body: "Islamabad has approached Riyadh for financial support.",
			typ:  "REQUEST", cs: []string{"PAK", "SAU"}, want: true},
		{rule: "reaching out to a country for aid is a request",
			body: "The Philippines reached out to Japan for aid after the typhoon.",
			typ:  "REQUEST", cs: []string{"JPN", "PHL"}, want: true},
		{rule: "a capital after 'reached out to' is the government asked",
			body: "Manila reached out to Tokyo for aid after the typhoon.",
			typ:  "REQUEST", cs: []string{"JPN", "PHL"}, want: true},
		{rule: "leave alone: a capital after 'flew out to' is the place",
			body: "The Philippine minister flew out to Tokyo for talks on aid.",
			typ:  "REQUEST", cs: []string{"JPN", "PHL"}, want: false},
		{rule: "a turn to one's own ministers for advice asks no state",
			body: "Turkey's president turned to his ministers for advice on Syria.",
			typ:  "REQUEST", cs: []string{"SYR", "TUR"}, want: false},
		{rule: "an owned call made the subject is a request made",
			body: "Cambodia's call for Thailand to withdraw troops went unanswered.",
			typ:  "REQUEST", cs: []string{"KHM", "THA"}, want: true},
		{rule: "an owned request made the subject is a request made",
			body: "Mali's request for France to withdraw its soldiers came after months of tension.",
			typ:  "REQUEST", cs: []string{"FRA", "MLI"}, want: true},
		{rule: "an owned request pending for months was made",
			body: "Ukraine's request for German Taurus missiles has been pending for months.",
			typ:  "REQUEST", cs: []string{"DEU", "UKR"}, want: true},
		{rule: "a past verb past a comma in a relative clause tells no owned request's tense",
			body: "Russia's demands present a dilemma for the United States, which had called for a truce.",
			typ:  "REQUEST", cs: []string{"RUS", "USA"}, want: false},
		{rule: "a call to a government to act is a request",
			body: "The former Maldivian president's call to India to intervene drew criticism.",
			typ:  "REQUEST", cs: []string{"IND", "MDV"}, want: true},
		{rule: "a phone call to a leader is no request",
			body: "Nepal's prime minister's phone call to the Indian prime minister lasted an hour.",
			typ:  "REQUEST", cs: []string{"IND", "NPL"}, want: false},
		{rule: "the adjective on help sought is the government asked",
			body: "Kenya sought Ugandan help to track the militants.",
			typ:  "REQUEST", cs: []string{"KEN", "UGA"}, want: true},
		{rule: "the adjective on help asked for is the government asked",
			body: "Somalia asked for Turkish help to rebuild its army.",
			typ:  "REQUEST", cs: []string{"SOM", "TUR"}, want: true},
		{rule: "the adjective on assistance requested is the government asked",
			body: "Britain requested US assistance in the search for the missing yacht.",
			typ:  "REQUEST", cs: []string{"GBR", "USA"}, want: true},
		{rule: "help rejected is no request",
			body: "Armenia rejected Russian help.",
			typ:  "REQUEST", cs: []string{"ARM", "RUS"}, want: false},
		{rule: "help thanked for is no request",
			body: "Armenia thanked Russia for its help.",
			typ:  "REQUEST", cs: []string{"ARM", "RUS"}, want: false},
		{rule: "a call on the bare administration asks nothing of the country in the act",
			body: "US senators urged the administration to pause arms sales to Israel.",
			typ:  "REQUEST", cs: []string{"ISR", "USA"}, want: false},
		{rule: "the Pentagon asked is the asker's own",
			body: "The US president said he had asked the Pentagon to prepare for possible military action in Nigeria.",
			typ:  "REQUEST", cs: []string{"NGA", "USA"}, want: false},
		{rule: "the defence department asked is the asker's own",
			body: "Washington asked the Defense Department to draw up options on Venezuela.",
			typ:  "REQUEST", cs: []string{"USA", "VEN"}, want: false},
		{rule: "keep: another country's minister asked is a request",
			body: "Britain asked Iranian Foreign Minister Abbas Araghchi to free the couple.",
			typ:  "REQUEST", cs: []string{"GBR", "IRN"}, want: true},
		{rule: "keep: a country asked first is the one asked, whoever the act names",
			body: "Bangladesh requested India to extradite the former Bangladeshi prime minister.",
			typ:  "REQUEST", cs: []string{"BGD", "IND"}, want: true},
	})
}
