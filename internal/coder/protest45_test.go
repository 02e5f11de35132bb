package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-seventh pass (stop 45, sentences written for this test): the
// force of a state's police on a crowd at a foreign mission is the crowd's
// protest at the mission's country, the police on the protesting side
// (protest45.go).
func TestPolicedMissionCrowdProtest(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Lebanese security forces fired tear gas at protesters near the U.S. embassy in Beirut on Sunday.", "LBN", "USA"},
		{"Clashes broke out between hundreds of protesters and Pakistani police outside the Swedish embassy in Islamabad on Monday.", "PAK", "SWE"},
		{"Police in Amman fired tear gas at demonstrators outside the Israeli embassy on Friday.", "JOR", "ISR"},
	}
	for _, tt := range tests {
		evs := Code(art(tt.body, "2025-06-01"), Options{NoLearnedFilter: true})
		checkBothRoles(t, tt.body, evs, "PROTEST", tt.source, tt.target)
		for _, e := range evs {
			if e.Type == "ASSAULT" {
				t.Errorf("%q: police force at a mission coded as an attack", tt.body)
			}
		}
	}
}

// Force on a crowd with no foreign mission named, or by troops, keeps its
// reading.
func TestPolicedCrowdWithoutMission(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"troops are no police: an attack on a foreign embassy's crowd stays force",
			"Israeli troops fired on Palestinian demonstrators near the Gaza border fence on Friday.",
			"ASSAULT", []string{"ISR", "PSE"}, true},
		{"a crowd fought by police with no mission named is no protest at a foreign state",
			"Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
			"PROTEST", []string{"KEN", "USA"}, false},
	})
}

// wantFromTo codes body alone (dated 2025-06-01, rules only) and wants an
// event of type typ by source at target.
func wantFromTo(t *testing.T, body, typ, source, target string) {
	t.Helper()
	checkBothRoles(t, body, Code(art(body, "2025-06-01"), Options{NoLearnedFilter: true}), typ, source, target)
}

// checkBothRoles wants an event of type typ with source and target both
// named, in their roles.
func checkBothRoles(t *testing.T, body string, evs []event.Event, typ, source, target string) {
	t.Helper()
	if !codedFromTo(evs, typ, source, target) {
		t.Errorf("%q: no %s %s→%s in %s", body, typ, source, target, summary(evs))
	}
}

// Twenty-seventh pass (stop 45, sentences written for this test): a venue
// named after a comma ("in the capital, Bishkek") is the place of the act,
// and gives a crowd its country (places45.go).
func TestVenueInApposition(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Police dispersed an anti-Chinese rally in the capital, Bishkek, on Thursday.", "KGZ", "CHN"},
		{"Hundreds of activists gathered in the Kyrgyz capital, Bishkek, on Friday to protest against Chinese migrants.", "KGZ", "CHN"},
		{"Thousands of people protested in the coastal city, Mombasa, outside the Chinese consulate on Saturday.", "KEN", "CHN"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "PROTEST", tt.source, tt.target)
	}
	// A comma after a country's name that is no place noun's apposition
	// adds no venue: the list of protesters' countries stays as it was.
	checkRuleCases(t, []codedCase{
		{"a name after a comma with no place noun before it is no venue",
			"Protesters in Ankara, Istanbul and Izmir rallied against Sweden on Sunday.",
			"PROTEST", []string{"SWE", "TUR"}, true},
	})
}

// Twenty-seventh pass (stop 45, sentences written for this test): the
// country where a protested wrong is done, after the crowd's own side or
// venue, is the side protested against (protest45.go).
func TestProtestedPlace(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Thousands rallied in Kuala Lumpur against the persecution of Rohingya in Myanmar.", "MYS", "MMR"},
		{"Thousands of Chechens gathered in Grozny on Monday to protest against the violence in Myanmar.", "RUS", "MMR"},
		{"The Malaysian prime minister led a protest rally against what he called a \"genocide\" of Muslims in Myanmar on Sunday.", "MYS", "MMR"},
		{"Thousands of Indonesians marched in Jakarta against the crackdown in Myanmar.", "IDN", "MMR"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "PROTEST", tt.source, tt.target)
	}
	// A wrong done in the crowd's own country names no side: Malaysia stays
	// the protesting side, not the one protested against.
	body := "Malaysians rallied outside the Chinese embassy in Kuala Lumpur against the new law in Malaysia."
	wantFromTo(t, body, "PROTEST", "MYS", "CHN")
}
