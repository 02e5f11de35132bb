package dedup

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"storyline/internal/dedup/internal/spin"
)

var sentencePattern = regexp.MustCompile(`[^.!?\n]+[.!?]`)

// TestHotTopic checks the index at the scale where one event is covered by
// many different stories: they share names, place, date and a quotation, so
// they share fact bands, and the first article to hold a band key keeps it.
// Reworded copies of some of the stories, added after all of them, must
// still find their own source and no other story.
func TestHotTopic(t *testing.T) {
	if testing.Short() {
		t.Skip("signs a few thousand synthetic stories")
	}
	const stories, copies = 3000, 300
	// Stories are made of sentences from the labelled originals, dealt from
	// a shuffled deck so that two stories rarely share more than one: they
	// are different stories, not partial copies.
	var pool []string
	for _, r := range readLabelled(t) {
		if r.Kind != spin.Original {
			continue
		}
		for _, s := range sentencePattern.FindAllString(r.Body, -1) {
			if len(strings.Fields(s)) >= 10 {
				pool = append(pool, strings.TrimSpace(s))
			}
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	deck := 0
	deal := func() string {
		if deck%len(pool) == 0 {
			r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		}
		deck++
		return pool[deck%len(pool)]
	}
	event := spin.Events[1]
	bodies := make([]string, stories)
	for i := range bodies {
		ps := make([]string, 5)
		for j := range ps {
			ps[j] = deal() + " " + deal()
		}
		bodies[i] = spin.SameEvent(r, strings.Join(ps, "\n\n"), event)
	}
	ix := NewIndex(Options{})
	linked := 0
	for i, b := range bodies {
		if m, ok := ix.Find(Sign(b)); ok {
			linked++
			t.Logf("story %d linked to %s (%s %.2f)", i, m.Of, m.Kind, m.Similarity)
		}
		ix.Add(fmt.Sprint("story/", i), b)
	}
	found, wrong := 0, 0
	for k := range copies {
		src := r.IntN(stories)
		c := spin.Reword(r, bodies[src], 0.5+0.4*r.Float64())
		m, ok := ix.Find(Sign(c))
		ix.Add(fmt.Sprint("copy/", k), c)
		switch {
		case ok && m.Of == fmt.Sprint("story/", src):
			found++
		case ok:
			wrong++
			t.Logf("copy of story %d linked to %s (%s %.2f)", src, m.Of, m.Kind, m.Similarity)
		}
	}
	recall := float64(found) / copies
	t.Logf("%d stories of one event: %d linked to each other (sentence pool %d); %d reworded copies: %d found, %d wrong (recall %.3f)",
		stories, linked, len(pool), copies, found, wrong, recall)
	if linked > 0 || wrong > 0 || recall < 0.8 {
		t.Errorf("%d stories of one event: %d linked to each other; reworded copies: recall %.3f, %d wrong links", stories, linked, recall, wrong)
	}
}
