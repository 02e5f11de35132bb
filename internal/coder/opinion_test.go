package coder

import (
	"strings"
	"testing"

	"storyline/internal/event"
)

func TestOpinionTitle(t *testing.T) {
	s, err := loadOpinionSigns()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Opinion | Republicans Are Following the Leader", true},
		{"Analysis: What the summit changed", true},
		{"Column: The merger bodes ill for local news", true},
		{"The Guardian view on the city: on the brink", true},
		{"Why the talks will fail", true},
		{"Commentary - a treaty too far", true},
		{"Japan and Vietnam sign defence pact", false},
		{"Minister comments on the talks", false},
		{"Troops deployed: what we know", false},
		{"", false},
	} {
		if got := s.opinionTitle(tc.title); got != tc.want {
			t.Errorf("opinionTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestOpinionVoice(t *testing.T) {
	s, err := loadOpinionSigns()
	if err != nil {
		t.Fatal(err)
	}
	report := strings.Repeat("The minister met her counterpart in the capital on Tuesday and the two signed an accord on trade. ", 20)
	column := strings.Repeat("We should ask why our leaders keep caving, and I think they must stop. What is the plan? ", 20)
	quoted := strings.Repeat("The minister said: \"We must act and we should act now, our people ask why?\" Officials agreed. ", 20)
	for _, tc := range []struct {
		name, body string
		want       bool
	}{
		{"report", report, false},
		{"column", column, true},
		{"voice only inside quotes", quoted, false},
		{"short page", "We should. We must. Why?", false},
		{"report with a column paragraph", report + "We should ask why.", false},
	} {
		if got := s.opinionVoice(tc.body); got != tc.want {
			t.Errorf("%s: opinionVoice = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestKeepFirmEvents(t *testing.T) {
	in := []event.Event{{ID: "a", Confidence: 0.9}, {ID: "b", Confidence: 0.8}, {ID: "c", Confidence: 0.95}, {ID: "d", Confidence: 0.6}}
	got := keepFirmEvents(in)
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("keepFirmEvents kept %v, want [a c]", ids)
	}
}
