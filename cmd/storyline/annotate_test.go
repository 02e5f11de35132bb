package main

import (
	"testing"
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
)

func TestAnnotateOneSentence(t *testing.T) {
	pub := "2024-05-01"
	a := article.Article{Source: "one.txt", Published: &pub,
		Body: "Japanese Foreign Minister Yoko Kamikawa will visit Manila on Saturday."}
	an := annotate(actors.Default(), a, time.Time{})
	if an.Ref != pub {
		t.Errorf("ref = %s, want the publication date %s", an.Ref, pub)
	}
	if len(an.Sentences) != 1 || an.Sentences[0].Start != 0 || an.Sentences[0].End != len(a.Body) {
		t.Errorf("sentences = %v, want the whole body", an.Sentences)
	}
	var kinds []string
	for _, m := range an.Mentions {
		if a.Body[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d", m.Text, m.Start, m.End)
		}
		kinds = append(kinds, string(m.Kind)+":"+m.Country)
	}
	if len(kinds) != 2 || kinds[0] != "person:JPN" || kinds[1] != "place:PHL" {
		t.Errorf("mentions = %v, want person:JPN place:PHL", kinds)
	}
	if len(an.Times) != 1 || a.Body[an.Times[0].Start:an.Times[0].End] != "Saturday" || an.Times[0].Value.Start != "2024-05-04" {
		t.Errorf("times = %+v, want Saturday 2024-05-04", an.Times)
	}
}

func TestAnnotateRefFlagWins(t *testing.T) {
	pub := "2024-05-01"
	a := article.Article{Source: "x", Published: &pub, Body: "Talks were held."}
	an := annotate(actors.Default(), a, time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC))
	if an.Ref != "2021-03-05" {
		t.Errorf("ref = %s, want the --ref day", an.Ref)
	}
}
