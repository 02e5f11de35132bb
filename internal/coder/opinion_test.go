package coder

import (
	"strconv"
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

// An opinion title drops the events stated less firmly (here undated) and
// keeps the firm ones;
// the same body under a report's title keeps both.
func TestCodeOpinionPiece(t *testing.T) {
	body := "Japan has provided Vietnam with patrol boats.\n\n" +
		"Japan's foreign minister met his Chinese counterpart in Beijing on Tuesday."
	types := func(title string) []string {
		a := art(body, "2023-05-10")
		a.Title = title
		var out []string
		// The rule alone, without the learned filter.
		for _, e := range Code(a, Options{}) {
			out = append(out, e.Type+"@"+strconv.FormatFloat(e.Confidence, 'f', 2, 64))
		}
		return out
	}
	report, column := types("Japan courts its neighbours"), types("Opinion: Japan courts its neighbours")
	if len(report) != 2 {
		t.Fatalf("report title: got events %v, want two (an undated gift and a dated meeting)", report)
	}
	if len(column) != 1 || !strings.HasPrefix(column[0], "CONSULT") {
		t.Errorf("opinion title: got events %v, want the meeting only", column)
	}
}
