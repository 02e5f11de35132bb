package coder

import "testing"

// Twenty-eighth pass (stop 46, concessions, releases and withdrawals, own
// wire sentences): a deportation that ends a detention is the release
// (release46.go). The sentences are written for this test.
func TestWireFormsTwentyEighthPassHeldDeported(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a release in a clause of its own is another act",
			"Iran deported a French tourist on Monday after Paris released an Iranian engineer from prison.",
			"COERCE", []string{"FRA", "IRN"}, true},
		{"spies detained, then expelled, stay expelled",
			"The Netherlands expelled two Russian spies on Monday after they were detained in The Hague.",
			"SANCTION", []string{"NLD", "RUS"}, true},
		{"a jailed reporter deported",
			"Egypt deported jailed Canadian journalist Mark Holloway to Toronto on Sunday after 400 days in prison.",
			"CONCEDE", []string{"CAN", "EGY"}, true},
		{"a detained student expelled",
			"North Korea expelled a detained Australian student on Thursday for anti-state acts.",
			"CONCEDE", []string{"AUS", "PRK"}, true},
		{"deported after holding him",
			"Egypt deported the Australian reporter to his native Australia on Sunday after holding him for more than 400 days.",
			"CONCEDE", []string{"AUS", "EGY"}, true},
		{"the release is no coercion",
			"Egypt deported jailed Canadian journalist Mark Holloway to Toronto on Sunday after 400 days in prison.",
			"COERCE", []string{"CAN", "EGY"}, false},
		{"migrants held and deported stay the expulsion",
			"The United States deported 200 detained migrants to Guatemala on Friday.",
			"COERCE", []string{"GTM", "USA"}, true},
		{"asylum-seekers in a compound stay the expulsion",
			"Thailand said it had deported around 100 Uighur Muslims detained in the kingdom since last year to China, in a move sparking fears for the safety of the asylum-seekers.",
			"COERCE", []string{"CHN", "THA"}, true},
		{"a deportation with no captivity stays the expulsion",
			"Italy deported a Tunisian imam to Tunisia on Tuesday, the interior ministry said.",
			"CONCEDE", []string{"ITA", "TUN"}, false},
	})
}

// Troops removed, a unit not replaced or discontinued, an embassy returned
// from one city to another (cues.tsv, "Twenty-eighth pass").
func TestWireFormsTwentyEighthPassTroopsAndEmbassies(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"troops removed from a country",
			"The Pentagon will remove hundreds of US troops from Germany.",
			"RETREAT", []string{"DEU", "USA"}, true},
		{"soldiers removed, a decision",
			"The Pentagon decided to remove 700 American soldiers from Romania.",
			"RETREAT", []string{"ROU", "USA"}, true},
		{"a brigade not replaced",
			"The Pentagon will not replace the US brigade in Romania.",
			"RETREAT", []string{"ROU", "USA"}, true},
		{"a rotation discontinued",
			"Washington will discontinue the rotational US brigade in Romania.",
			"RETREAT", []string{"ROU", "USA"}, true},
		{"an embassy returned to Tel Aviv",
			"Guatemala returned its embassy from Jerusalem to Tel Aviv on Wednesday.",
			"RETREAT", []string{"GTM", "ISR"}, true},
		{"an embassy moved to Jerusalem is no retreat",
			"Guatemala moved its embassy from Tel Aviv to Jerusalem on Wednesday.",
			"RETREAT", []string{"GTM", "ISR"}, false},
		{"a general removed is no retreat",
			"The Pentagon removed the general in charge of US forces in Japan on Monday.",
			"RETREAT", []string{"JPN", "USA"}, false},
	})
}

// A threatened measure not imposed, sanctions suspended (cues.tsv,
// "Twenty-eighth pass").
func TestWireFormsTwentyEighthPassMeasuresHeldBack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"threatened tariffs not imposed, reported",
			"Washington said it would not impose the threatened tariffs on Mexican goods.",
			"CONCEDE", []string{"MEX", "USA"}, true},
		{"planned sanctions not imposed",
			"The Canadian government said it will not impose the planned sanctions on Venezuela.",
			"CONCEDE", []string{"CAN", "VEN"}, true},
		{"sanctions suspended",
			"Britain suspended some sanctions on Syria on Monday.",
			"CONCEDE", []string{"GBR", "SYR"}, true},
		{"sanctions suspended are no sanction",
			"Britain suspended some sanctions on Syria on Monday.",
			"SANCTION", []string{"GBR", "SYR"}, false},
		{"sanctions never threatened, not imposed: no concession",
			"Germany will not impose sanctions on Russia, the chancellor said.",
			"CONCEDE", []string{"DEU", "RUS"}, false},
	})
}

// The state after "from" in a passive deportation or release is the one
// that deports or releases (release46.go, sentAwayFrom).
func TestWireFormsTwentyEighthPassSentAwayFrom(t *testing.T) {
	wantFromTo(t, "The jailed Swedish diplomat was released from Iranian custody on Monday.", "CONCEDE", "IRN", "SWE")
	wantFromTo(t, "The German reporter was freed from a Turkish prison on Friday.", "CONCEDE", "TUR", "DEU")
	wantFromTo(t, "Ten Afghan migrants were deported from Germany on Tuesday.", "COERCE", "DEU", "AFG")
	// Not after the verb, or not the passive: "Germany deported ten Afghans
	// from Berlin" keeps its subject the source (no "from" right after).
	body := "The Egyptian authorities released the Italian engineer from detention on Monday."
	if evs := Code(art(body, "2025-06-01"), Options{NoLearnedFilter: true}); !codedFromTo(evs, "CONCEDE", "EGY", "ITA") {
		t.Errorf("%q: no CONCEDE EGY→ITA in %s", body, summary(evs))
	}
}

// A day between a passive's auxiliary and its participle, and a demonym
// after an article and a describing word read as a person (release46.go).
func TestWireFormsTwentyEighthPassDayAndDescribedOne(t *testing.T) {
	wantFromTo(t, "The Australian student was on Thursday released from detention in North Korea.", "CONCEDE", "PRK", "AUS")
	wantFromTo(t, "The Indian fishermen were on Friday freed by Pakistan.", "CONCEDE", "PAK", "IND")
	wantFromTo(t, "The young Australian has been released from detention in North Korea.", "CONCEDE", "PRK", "AUS")
	wantFromTo(t, "Australia's foreign minister said the young Australian has today been released from detention in North Korea.", "CONCEDE", "PRK", "AUS")
	checkCodedCases(t, []codedCase{
		{"an active verb after a day stays active",
			"Pakistan on Friday freed 20 Indian fishermen.",
			"CONCEDE", []string{"IND", "PAK"}, true},
		{"a demonym before its noun stays the adjective",
			"The new American tariffs on Chinese steel took effect on Monday.",
			"SANCTION", []string{"CHN", "USA"}, true},
	})
}

// A prisoner swapped, or sent or transferred home, and one released
// "from" a country (cues.tsv "Twenty-eighth pass"; release46.go).
func TestWireFormsTwentyEighthPassSwappedAndSentHome(t *testing.T) {
	wantFromTo(t, "Russia swapped the jailed American journalist for two Russian spies on Thursday.", "CONCEDE", "RUS", "USA")
	wantFromTo(t, "Thailand transferred three Iranians jailed over a 2012 bomb plot back to Tehran on Thursday.", "CONCEDE", "THA", "IRN")
	wantFromTo(t, "An Australian academic was released from Iran as part of a prisoner swap.", "CONCEDE", "IRN", "AUS")
	checkCodedCases(t, []codedCase{
		{"a swapped prisoner is no coercion",
			"Russia swapped the jailed American journalist for two Russian spies on Thursday.",
			"COERCE", []string{"RUS", "USA"}, false},
		{"sent back to prison is no release",
			"Britain sent the detained Iranian tanker crew back to prison.",
			"CONCEDE", []string{"GBR", "IRN"}, false},
	})
}

// "Hit the pause button" on tariffs, with a time between (cues.tsv
// "Twenty-eighth pass").
func TestWireFormsTwentyEighthPassPauseButton(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"the pause button with a time between",
			"Ottawa hit the pause button for a month on the planned duties on American steel.",
			"RETREAT", []string{"CAN", "USA"}, true},
		{"the pause button reported",
			"Washington said it was hitting the pause button for 30 days on the tariffs against Mexico.",
			"RETREAT", []string{"MEX", "USA"}, true},
		{"a pause button on a season is no retreat",
			"The Spanish league hit the pause button for a month on the new season with Portugal.",
			"RETREAT", []string{"ESP", "PRT"}, false},
	})
}

// Two participles joined by "and" share the first one's auxiliary
// (release46.go, passiveCoordinated).
func TestWireFormsTwentyEighthPassCoordinatedPassive(t *testing.T) {
	wantFromTo(t, "The detained Dutch aid worker was freed from prison and deported from Iran overnight.", "CONCEDE", "IRN", "NLD")
	body := "A Canadian filmmaker has been arrested in Hanoi and accused of spying, state media said."
	if evs := Code(art(body, "2025-06-01"), Options{NoLearnedFilter: true}); codedFromTo(evs, "ACCUSE", "CAN", "VNM") {
		t.Errorf("%q: the one accused accuses in %s", body, summary(evs))
	}
	// An active first verb leaves the second active.
	wantFromTo(t, "Iran seized the tanker last month and freed the Indian crew on Friday.", "CONCEDE", "IRN", "IND")
}

// A state that agrees to take back its deported nationals gives in
// (cues.tsv "Twenty-eighth pass").
func TestWireFormsTwentyEighthPassDeporteesTakenBack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"deported migrants accepted",
			"Colombia agreed to accept deported migrants on US military aircraft.",
			"CONCEDE", []string{"COL", "USA"}, true},
		{"deportation flights received",
			"Mexico agreed to receive deportation flights from the United States.",
			"CONCEDE", []string{"MEX", "USA"}, true},
		{"deported migrants accepted is no threat",
			"Colombia agreed to accept deported migrants on US military aircraft.",
			"THREATEN", []string{"COL", "USA"}, false},
		{"a deportation agreed is no concession",
			"Mexico agreed to deport Guatemalan migrants.",
			"CONCEDE", []string{"GTM", "MEX"}, false},
	})
}
