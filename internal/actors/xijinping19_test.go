package actors

import "testing"

// TestXiJinpingStop39 checks "President Xi Jinping" read as one mention:
// the alias "President Xi" no longer takes the title and the given name
// away from the full name, leaving "Jinping" unread and the "A and B" pair
// of a lead broken. The sentence is written for this test.
func TestXiJinpingStop39(t *testing.T) {
	c := Default()
	// "President Xi Jinping": one mention, not "President Xi" and a
	// stray "Jinping".
	ms := c.Mentions("Chinese President Xi Jinping and Russian President Vladimir Putin met.", day("2025-05-09"))
	found := false
	for _, m := range ms {
		found = found || m.Name == "Xi Jinping" && m.Text == "President Xi Jinping"
	}
	if !found {
		t.Errorf("President Xi Jinping: got %+v", ms)
	}
	// Left alone: "President Xi" without the given name is still him.
	ms = c.Mentions("President Xi met the delegation on Friday.", day("2025-05-09"))
	if len(ms) == 0 || ms[0].Name != "Xi Jinping" || ms[0].Text != "President Xi" {
		t.Errorf("President Xi: got %+v", ms)
	}
}
