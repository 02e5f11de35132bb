package coder

import (
	"os"
	"strings"
	"testing"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Thirty-second pass (stop 50, C: measures lifted, tightened and
// withdrawn, own wire sentences). The sentences are written for these
// tests.

// People a state sent to work abroad pulled out of the country are
// withdrawn (cues.tsv, "Thirty-second pass").
func TestWireFormsThirtySecondPassPeoplePulledOut(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"engineers pulled out, planned",
			"Ethiopia will pull its engineers out of Djibouti by the end of the year.",
			"RETREAT", []string{"DJI", "ETH"}, true},
		{"instructors pulled out, reported",
			"Russia has pulled most of its military instructors out of Mali, a security source said.",
			"RETREAT", []string{"MLI", "RUS"}, true},
		{"workers pulled from a country",
			"Vietnam pulled 300 workers from Libya as fighting spread.",
			"RETREAT", []string{"LBY", "VNM"}, true},
		{"a medical mission pulled out",
			"Pakistan pulled its medical mission out of Yemen on Friday.",
			"RETREAT", []string{"PAK", "YEM"}, true},
		{"nationals taken out of a war are an evacuation",
			"India pulled its nationals out of Ukraine last month.",
			"RETREAT", []string{"IND", "UKR"}, false},
	})
}

// Checks tightened at a border or customs against a neighbour are a
// measure against it (cues.tsv, "Thirty-second pass"); checks tightened
// with no border word are not, and border checks whose sentence names no
// other country take no partner from the page (measures50.go).
func TestWireFormsThirtySecondPassBorderChecks(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"customs checks stepped up at the crossings",
			"Uzbekistan has stepped up customs checks at its crossings with Tajikistan.",
			"SANCTION", []string{"TJK", "UZB"}, true},
		{"border inspections toughened",
			"Uzbek officers began toughening border inspections of Tajik lorries on Monday.",
			"SANCTION", []string{"TJK", "UZB"}, true},
		{"border inspections stepped up",
			"Kenya stepped up border inspections of goods from Tanzania.",
			"SANCTION", []string{"KEN", "TZA"}, true},
		{"stricter customs checks imposed",
			"Lithuania imposed stricter customs checks on freight from Russia on Wednesday.",
			"SANCTION", []string{"LTU", "RUS"}, true},
		{"control along the border, reported by the neighbour",
			"Armenia said Azerbaijan had tightened control along the border since Monday.",
			"SANCTION", []string{"ARM", "AZE"}, true},
		{"checks at an airport are no border measure",
			"Azerbaijan tightened checks at the airport in Baku after a bomb threat against Iran's embassy.",
			"SANCTION", []string{"AZE", "IRN"}, false},
		{"border checks after an escape aim at no neighbour on the page",
			"A fugitive banker escaped from Singapore to Portugal on Sunday. Singapore asked Portugal to return him. " +
				"Portugal has no extradition treaty with Singapore. Singapore said it would strengthen border checks after the escape.",
			"SANCTION", []string{"PRT", "SGP"}, false},
	})
}

// Flights resumed or let fly again end the suspension that was the
// measure, and a state's airline stands for its state in measures on
// flights (cues.tsv, actors organisations.tsv, measures50.go).
func TestWireFormsThirtySecondPassFlightsLetBack(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"flights resumed to a country",
			"Morocco resumed its flights to Algeria on Thursday.",
			"CONCEDE", []string{"DZA", "MAR"}, true},
		{"an airline resumes flights for its state",
			"Aeroflot will restart flights to Egypt in April, the Russian transport ministry said.",
			"CONCEDE", []string{"EGY", "RUS"}, true},
		{"a ban on an airline's flights lifted",
			"Morocco lifted its ban on Tunisair flights on Friday.",
			"CONCEDE", []string{"MAR", "TUN"}, true},
		{"an airline's flights allowed again",
			"Jordan is allowing Syrian Air flights into Amman again, the transport ministry said.",
			"CONCEDE", []string{"JOR", "SYR"}, true},
		{"restrictions on a country's airlines lifted",
			"Georgia lifted flight restrictions on Ukrainian airlines.",
			"CONCEDE", []string{"GEO", "UKR"}, true},
		{"a state's airline banned is a flight ban",
			"Morocco banned Tunisair on Monday.",
			"SANCTION", []string{"MAR", "TUN"}, true},
		{"passengers barred from boarding are no flight ban",
			"Sudanese officials said passengers had been barred from boarding EgyptAir flights in Khartoum.",
			"SANCTION", []string{"EGY", "SDN"}, false},
		{"an airline named as a source of a refusal is no side of it",
			"A leaked Qatar Airways memo showed that Sudanese travellers had been refused entry to Doha.",
			"REJECT", []string{"QAT", "SDN"}, false},
	})
}

// A concession on flights to come is the decision, kept as the
// concession, as "will lift the ban" is (concede16.go, measures50.go).
func TestWireFormsThirtySecondPassFlightsPlanned(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"flights to be resumed",
			"EgyptAir will resume its flights to Sudan next week, the airline said.",
			"CONCEDE", []string{"EGY", "SDN"}, event.Planned},
		{"an airline to be allowed to buy parts",
			"Washington will allow Conviasa to buy spare parts for its fleet, the embassy said.",
			"CONCEDE", []string{"USA", "VEN"}, event.Planned},
	})
}

// A passive RETREAT: the country of those withdrawn withdraws them, the
// place left is the target (roleOf, measures50.go).
func TestWireFormsThirtySecondPassWithdrawnPassive(t *testing.T) {
	wantFromTo(t, "Kenyan troops were pulled out of Somalia on Friday.", "RETREAT", "KEN", "SOM")
	wantFromTo(t, "Cuban teachers were withdrawn from Bolivia last month.", "RETREAT", "CUB", "BOL")
	// The active keeps its subject the source and its object's place the
	// target, as before.
	wantFromTo(t, "Egypt pulled its teachers out of Libya on Tuesday amid the fighting.", "RETREAT", "EGY", "LBY")
}

// Review of stop 50: only the people or forces withdrawn make the state
// named with them the source of a passive RETREAT; a blockade, a border
// or a treaty named before the verb keeps its state the target.
func TestPassiveRetreatOfThings(t *testing.T) {
	wantFromTo(t, "The blockade of Qatar was lifted by Saudi Arabia on Tuesday.", "RETREAT", "SAU", "QAT")
	wantFromTo(t, "The treaty with Russia was suspended by Poland on Monday.", "RETREAT", "POL", "RUS")
	wantFromTo(t, "Ugandan and Kenyan troops were pulled out of Somalia on Monday.", "RETREAT", "KEN", "SOM")
	wantFromTo(t, "Cuba's medical brigades were withdrawn from Bolivia in November.", "RETREAT", "CUB", "BOL")
}

// Review of stop 50: every airline the actor tables list for its state is
// an airline to isAirline, those whose names do not say that they fly
// too, and no energy or shipping firm is.
func TestEveryTabledAirlineIsAnAirline(t *testing.T) {
	b, err := os.ReadFile("../actors/data/organisations.tsv")
	if err != nil {
		t.Fatal(err)
	}
	in, n := false, 0
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			in = strings.Contains(line, "the airlines their states own") || in && n == 0
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || f[3] != "BUS" {
			continue
		}
		m := actors.Mention{Kind: actors.Organisation, Sector: "BUS", Name: f[0], Country: f[2]}
		if in {
			n++
		}
		if isAirline(m) != in {
			t.Errorf("isAirline(%q) = %v, want %v", f[0], !in, in)
		}
	}
	if n < 30 {
		t.Fatalf("found %d airlines in the table, want its section of them", n)
	}
	checkRuleCases(t, []codedCase{
		{"an airline named by a brand banned",
			"Saudi Arabia banned Royal Jordanian from its airspace on Monday.",
			"SANCTION", []string{"JOR", "SAU"}, true},
		{"another airline named by a brand banned",
			"Malaysia bans Garuda Indonesia over safety failings.",
			"SANCTION", []string{"IDN", "MYS"}, true},
		{"an airline's memo is no party of a charge",
			"A leaked Garuda Indonesia memo accused Malaysia of delays.",
			"ACCUSE", []string{"IDN", "MYS"}, false},
	})
}
