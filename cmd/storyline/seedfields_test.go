package main

import (
	"testing"

	"storyline/internal/eval"
)

// TestSeedsEveryField holds the coder to issue 11's bar on the sample
// captures: precision at least 0.95 and recall at least 0.92, and every
// found event's status, day and place right. People are held where they
// stand (18 of the gold's 21 names found): a rule that loses one fails.
// The status of one seed event was lost once by a merge rule whose own
// tests passed (docs/coding.md, fifteenth pass); this test would have said.
func TestSeedsEveryField(t *testing.T) {
	gold, coded := codeSeeds(t)
	c := eval.ScoreEvents(gold, coded).Total
	t.Logf("seeds: P %.3f R %.3f (%d/%d), status %d, day %d/%d, place %d/%d, people %d/%d",
		c.Precision(), c.Recall(), c.Found, c.Required, c.Status, c.DateExact, c.Dated, c.Location, c.LocationN, c.People, c.PeopleN)
	if c.Precision() < 0.95 || c.Recall() < 0.92 {
		t.Errorf("precision %.3f, recall %.3f: want at least 0.95 and 0.92", c.Precision(), c.Recall())
	}
	if c.Status != c.Found {
		t.Errorf("status right for %d of %d found events, want all", c.Status, c.Found)
	}
	if c.DateExact != c.Dated {
		t.Errorf("day right for %d of %d dated events, want all", c.DateExact, c.Dated)
	}
	if c.Location != c.LocationN {
		t.Errorf("place right for %d of %d events, want all", c.Location, c.LocationN)
	}
	if c.People < 18 {
		t.Errorf("%d gold people found, want at least 18 (of %d)", c.People, c.PeopleN)
	}
}
