package coder

import (
	"testing"

	"storyline/internal/event"
)

// The subject of a clause whose act is a noun with its doer after "from" or
// "by" is the one the act is done to (doer12.go). The sentences are written
// for this test.
func TestDoerNamedAfterANoun(t *testing.T) {
	for _, tt := range []struct {
		body, typ, source, target string
	}{
		{"Kenya on Tuesday approved an extradition request from Uganda.", "REQUEST", "UGA", "KEN"},
		{"Chile's foreign ministry received a formal request from Peru on Tuesday.", "REQUEST", "PER", "CHL"},
		// A noun with no doer after it keeps its subject as the doer.
		{"Kenya on Tuesday sent an extradition request to Uganda.", "REQUEST", "KEN", "UGA"},
	} {
		evs := Code(art(tt.body, "2024-06-12"), Options{})
		if !codedFromTo(evs, tt.typ, tt.source, tt.target) {
			t.Errorf("%q: want a %s by %s to %s, got %s", tt.body, tt.typ, tt.source, tt.target, summary(evs))
		}
	}
}

// codedFromTo says whether one of evs is of type typ, by a party of the
// country source at one of the country target.
func codedFromTo(evs []event.Event, typ, source, target string) bool {
	for _, e := range evs {
		if e.Type != typ {
			continue
		}
		src, tgt := false, false
		for _, a := range e.Actors {
			if a.Country == nil {
				continue
			}
			src = src || *a.Country == source && a.Role == event.RoleSource
			tgt = tgt || *a.Country == target && a.Role == event.RoleTarget
		}
		if src && tgt {
			return true
		}
	}
	return false
}
