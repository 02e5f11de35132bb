package actors

import (
	"testing"
	"time"
)

// Stop 47: a capital's name borne by a city of another country is that
// city in a story of that country (homonym47.go). Sentences written for
// this test.
func TestHomonymCapitalCity(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		body    string
		kind    Kind
		country string
	}{
		{"Jordan sent medical teams to Tyre and Tripoli to help the Lebanese health ministry.", Place, "LBN"},
		{"Clashes broke out in Tripoli, Lebanon's second city, on Friday.", Place, "LBN"},
		{"Fighting in Georgetown closed the Penang port, Malaysian officials said.", Place, "MYS"},
		// must not: in a story of Libya the capital still acts for its government
		{"Tripoli accused Lebanon of holding a Libyan businessman, the Libyan government said.", Country, "LBY"},
	} {
		var got Mention
		for _, m := range Default().Mentions(tt.body, ref) {
			if m.Text == "Tripoli" || m.Text == "Georgetown" {
				got = m
			}
		}
		if got.Kind != tt.kind || got.Country != tt.country {
			t.Errorf("%q: got %s %q, want %s %q", tt.body, got.Kind, got.Country, tt.kind, tt.country)
		}
	}
}
