package coder

import (
	"slices"
	"testing"
)

// Seventeenth pass (stop 35): sides lost or added by how a country or a
// place is named — an envoy's portfolio, a name that is also an adjective
// before a preposition, a place named with its division noun, and a
// cyberattack as the attack a judgment names. The sentences are written
// for this test.
func TestWireFormsSeventeenthPassSides(t *testing.T) {
	fires := []struct {
		rule, body, typ string
		cs              []string
	}{
		{"an envoy's portfolio is no side",
			"The US special envoy for Libya, Tom Carter, asked the Italian government on Monday to send more coast guard ships.",
			"REQUEST", []string{"ITA", "USA"}},
		{"a representative's portfolio is no side",
			"Britain's Special Representative for Sudan urged Egypt on Tuesday to open its border to refugees.",
			"REQUEST", []string{"EGY", "GBR"}},
		{"a name before a preposition is the country",
			"Japan sent emergency aid to Myanmar following the floods that hit the country on Friday.",
			"AID", []string{"JPN", "MMR"}},
		{"a name before amid is the country",
			"China sent medical supplies to Myanmar amid the cholera outbreak on Friday.",
			"AID", []string{"CHN", "MMR"}},
		{"the province of a place is where the strike falls",
			"Israeli jets struck a power station in the western province of Hodeidah on Sunday.",
			"ASSAULT", []string{"ISR", "YEM"}},
		{"a place before State is the place",
			"American warplanes bombed militant camps in Sokoto State on Friday, the Pentagon said.",
			"ASSAULT", []string{"NGA", "USA"}},
		{"the victim of a judged cyberattack is not charged",
			"“The Kremlin's campaign of cyberattacks against Estonia is totally unacceptable,” Finland's foreign minister said on Monday.",
			"ACCUSE", []string{"FIN", "RUS"}},
	}
	for _, tt := range fires {
		t.Run(tt.rule, func(t *testing.T) {
			found := false
			var got []string
			for _, e := range Code(art(tt.body, "2025-05-20"), Options{}) {
				if e.Type == tt.typ {
					got = e.Countries()
					found = found || slices.Equal(got, tt.cs)
				}
			}
			if !found {
				t.Errorf("got %s %v, want %s %v", tt.typ, got, tt.typ, tt.cs)
			}
		})
	}
	quiet := []struct {
		rule, body, typ, country string
		side                     bool // whether country must be a side (true) or must not (false)
	}{
		{"the envoy's own country before the title stays a side",
			"Syria's envoy for humanitarian affairs asked Turkey on Monday to open the border.", "REQUEST", "SYR", true},
		{"a name before a noun stays a modifier",
			"China sent aid to the Myanmar border town after the earthquake on Friday.", "AID", "MMR", false},
		{"a border of a country is no side",
			"Israeli jets struck a depot near the border of Lebanon on Sunday.", "ASSAULT", "LBN", false},
	}
	for _, tt := range quiet {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, "2025-05-20"), Options{})
			coded := false
			for _, e := range evs {
				if e.Type == tt.typ {
					coded = true
					if slices.Contains(e.Countries(), tt.country) != tt.side {
						t.Errorf("got %s, want %s a side: %v", summary(evs), tt.country, tt.side)
					}
				}
			}
			if tt.side && !coded { // an act left with one side is not written at all
				t.Errorf("got %s, want a %s", summary(evs), tt.typ)
			}
		})
	}
}
