package coder

import "testing"

// Thirty-second pass (stop 50): summonses and name-calling. The sentences
// are written for these tests.

// A passive summons names its summoner by the ministry the envoy was
// called to (summonerMinistry).
func TestSummonsFiftiethPassMinistryCalledTo(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"an envoy summoned to a named foreign ministry is charged by its state",
			"Chile's ambassador was summoned to the Argentine foreign ministry on Friday.",
			"ACCUSE", []string{"ARG", "CHL"}, true},
		{"a ministry of foreign affairs after a day and a purpose",
			"The Ethiopian envoy was summoned on Monday to the Kenyan Ministry of Foreign Affairs to explain the remarks.",
			"ACCUSE", []string{"ETH", "KEN"}, true},
		{"a summons still to come, to a named ministry",
			"The Brazilian ambassador will be summoned to the Venezuelan foreign ministry, officials said.",
			"ACCUSE", []string{"BRA", "VEN"}, true},
		{"an envoy summoned home to his own ministry is charged by no one",
			"The Danish ambassador was summoned home to the Danish foreign ministry for consultations.",
			"ACCUSE", []string{"DNK"}, false},
	})
}

// A passive summons that names no summoner takes it from the page, the
// country the page pairs with the envoy's (envoySummonedUnnamed,
// summonsOfEnvoy in pageSides).
func TestSummonsFiftiethPassSummonerFromPage(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"the envoy summoned to a bare ministry, the summoner named in the lead",
			"Relations between Bolivia and Peru have worsened since the disputed vote. Bolivian officials said Peru had funded the campaign. The Peruvian ambassador was summoned to the foreign ministry on Thursday.",
			"ACCUSE", []string{"BOL", "PER"}, true},
		{"a high commissioner called to the ministry, the page's pair",
			"Relations between Ghana and Nigeria soured after the vote. Ghana says Nigerian traders broke its laws. Nigeria's high commissioner was summoned to the ministry of foreign affairs on Monday.",
			"ACCUSE", []string{"GHA", "NGA"}, true},
		{"the government's own voice, we, summons the envoy",
			"Relations between Chile and Argentina have worsened since the fishing dispute. Chilean officials said Argentina had broken the treaty. The minister spoke to reporters in Santiago. We have already summoned the Argentine ambassador.",
			"ACCUSE", []string{"ARG", "CHL"}, true},
		{"someone summoned who is no envoy charges no state",
			"Relations between Bolivia and Peru have worsened since the disputed vote. Bolivian officials said Peru had funded the campaign. The Peruvian football coach was summoned to the ministry on Thursday.",
			"ACCUSE", []string{"BOL", "PER"}, false},
	})
}

// "Called in" is a summons as the passive of an envoy, and a headline
// drops the auxiliary of the passive (callInCue, calledInNoEnvoy,
// summonedReduced).
func TestSummonsFiftiethPassCalledInAndHeadlines(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a chargé d'affaires called in by a named ministry",
			"The Iranian charge d'affaires was called in by the Dutch foreign ministry.",
			"ACCUSE", []string{"IRN", "NLD"}, true},
		{"an envoy called in to a named ministry on a day",
			"The Uruguayan ambassador was called in to the Brazilian foreign ministry on Monday.",
			"ACCUSE", []string{"BRA", "URY"}, true},
		{"an envoy in a capital called in",
			"Serbia's ambassador in Zagreb was called in over the remarks.",
			"ACCUSE", []string{"HRV", "SRB"}, true},
		{"a headline's summons without its auxiliary",
			"Nigerian envoy summoned to Ghana foreign ministry over trade row",
			"ACCUSE", []string{"GHA", "NGA"}, true},
		{"police called in charge no one",
			"Police were called in after Kenyan and Ugandan fans clashed.",
			"ACCUSE", []string{"KEN", "UGA"}, false},
		{"an envoy who calls in his staff makes no charge",
			"The Swedish ambassador called in embassy staff in Oslo on Monday.",
			"ACCUSE", []string{"NOR", "SWE"}, false},
	})
}

// A protest note is handed to the state protested to (noteRecipients,
// noteSender, the "handed over" cues).
func TestSummonsFiftiethPassProtestNoteHanded(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"the first object of handed receives the note",
			"Chile handed the Bolivian envoy a protest note over the border incident.",
			"ACCUSE", []string{"BOL", "CHL"}, true},
		{"a passive receiver, the sender by where it was handed",
			"The Belarusian charge d'affaires was handed a protest note in Riga.",
			"ACCUSE", []string{"BLR", "LVA"}, true},
		{"presented with a note at a named ministry",
			"The Russian ambassador was presented with a note of protest at the Finnish foreign ministry.",
			"ACCUSE", []string{"FIN", "RUS"}, true},
		{"a note of protest handed over",
			"Ecuador handed over a protest note to Colombia on Friday.",
			"ACCUSE", []string{"COL", "ECU"}, true},
		{"a letter handed over is no protest",
			"Ecuador handed over a letter from its president to Colombia on Friday.",
			"ACCUSE", []string{"COL", "ECU"}, false},
	})
}

// The receiver is the target, the sender the source.
func TestSummonsFiftiethPassProtestNoteRoles(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Chile handed the Bolivian envoy a protest note over the border incident.", "CHL", "BOL"},
		{"Bolivia's envoy was handed a protest note at the Paraguayan foreign ministry.", "PRY", "BOL"},
		{"The Kyrgyz embassy received a note of protest from the Tajik foreign ministry.", "TJK", "KGZ"},
		{"Latvia handed a protest note to the Belarusian charge d'affaires.", "LVA", "BLR"}, // untouched
	} {
		checkRoles(t, tt.body, Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true}), "ACCUSE", tt.source, tt.target)
	}
}

// Calling a people, a government or its leaders by a name of contempt
// charges them (cues.tsv, namedPeople); praise and requests stay out.
func TestSummonsFiftiethPassNameCalling(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"negotiators called liars",
			"The Algerian foreign minister called the French negotiators liars.",
			"ACCUSE", []string{"DZA", "FRA"}, true},
		{"a government described as hypocrites",
			"The Hungarian prime minister described the Swedish government as hypocrites.",
			"ACCUSE", []string{"HUN", "SWE"}, true},
		{"authorities labelled Nazis",
			"Minsk labelled the Lithuanian authorities as Nazis.",
			"ACCUSE", []string{"BLR", "LTU"}, true},
		{"a president branded a puppet",
			"Caracas branded the Guyanese president a puppet of Washington.",
			"ACCUSE", []string{"GUY", "VEN"}, true},
		{"a move called unfriendly",
			"The Kenyan foreign ministry called the Somali move unfriendly.",
			"ACCUSE", []string{"KEN", "SOM"}, true},
		{"a people named by a demonym that is its own plural",
			"The Serbian president described the Swiss as hypocrites.",
			"ACCUSE", []string{"CHE", "SRB"}, true},
		{"praise is no charge",
			"The Indonesian minister described the Malaysian proposal as constructive.",
			"ACCUSE", []string{"IDN", "MYS"}, false},
		{"a request against criminals stays a request",
			"Ireland called for the prosecution of the criminals behind the attack on the British embassy.",
			"ACCUSE", []string{"GBR", "IRL"}, false},
	})
}

// An active summons by a bare ministry is made by the state the envoy is
// posted to (activeSummonsHost).
func TestSummonsFiftiethPassActiveSummonsHost(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"the envoy's post in his title",
			"The foreign ministry summoned Peru's ambassador to Chile on Monday.",
			"ACCUSE", []string{"CHL", "PER"}, true},
		{"the envoy's post by its capital",
			"The ministry also summoned the Peruvian ambassador in Santiago over the remarks.",
			"ACCUSE", []string{"CHL", "PER"}, true},
		{"a named summoner keeps its role",
			"Bolivia summoned Peru's ambassador to Chile on Monday.",
			"ACCUSE", []string{"CHL", "PER"}, false},
	})
	checkRoles(t, "The foreign ministry summoned Peru's ambassador to Chile on Monday.",
		Code(art("The foreign ministry summoned Peru's ambassador to Chile on Monday.", "2025-06-01"), Options{NoLearnedFilter: true}), "ACCUSE", "CHL", "PER")
}

// Review of stop 50: the words of a summons are read whole, so a
// one-sided charge told with "noted", or a "recalled in" that is no
// summons, takes no summoner from the page (summonsOfEnvoy).
func TestSummonsFiftiethPassWholeWords(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a criticism a report noted names no accuser",
			"Chile and Peru are at odds over fishing rights. The Peruvian navy was condemned for the incident, a report noted on Monday.",
			"ACCUSE", []string{"CHL", "PER"}, false},
		{"an accusation officials noted names no accuser",
			"Ghana and Togo have argued over the border for years. Togo was accused of moving the markers, officials noted.",
			"ACCUSE", []string{"GHA", "TGO"}, false},
		{"a summons still takes the page's other side",
			"Chile and Peru are at odds over fishing rights. The Peruvian ambassador was summoned on Monday.",
			"ACCUSE", []string{"CHL", "PER"}, true},
		{"an envoy called in still does",
			"Chile and Peru are at odds over fishing rights. The Peruvian ambassador was called in on Monday.",
			"ACCUSE", []string{"CHL", "PER"}, true},
	})
}
