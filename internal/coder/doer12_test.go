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
		found := false
		for _, e := range evs {
			if e.Type != tt.typ {
				continue
			}
			src, tgt := false, false
			for _, a := range e.Actors {
				if a.Country == nil {
					continue
				}
				src = src || *a.Country == tt.source && a.Role == event.RoleSource
				tgt = tgt || *a.Country == tt.target && a.Role == event.RoleTarget
			}
			found = found || src && tgt
		}
		if !found {
			t.Errorf("%q: want a %s by %s to %s, got %s", tt.body, tt.typ, tt.source, tt.target, summary(evs))
		}
	}
}
