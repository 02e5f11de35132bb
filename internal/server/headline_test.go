package server

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHeadlineEvidenceShown: an event coded from a page's title (its body
// tells no event with two sides) shows the title on its event page, with
// the evidence marked, not a slice of the body at the title's offsets.
func TestHeadlineEvidenceShown(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "headline.db")
	s, st := serveStore(t, db, Options{})
	const title = "French President Emmanuel Macron meets German Chancellor Olaf Scholz in Berlin"
	page := "date 2024-03-04  Test\n" + title + "\n\nThe talks lasted two hours and ended with a lunch, officials said on Monday.\n"
	ingestText(t, st, "headline.txt", page)
	events := decode[eventPage](t, get(t, s, "/api/events"))
	if events.Total != 1 {
		t.Fatalf("%d events, want the one the title tells", events.Total)
	}
	body := get(t, s, "/events/"+events.Events[0].ID).Body.String()
	if !strings.Contains(body, `<mark class="evidence">`+title+`</mark>`) {
		t.Errorf("the event page does not mark the title as the evidence:\n%s", body)
	}
	if strings.Contains(body, "offsets do not fit") {
		t.Error("the event page read the title's offsets in the body")
	}
}
