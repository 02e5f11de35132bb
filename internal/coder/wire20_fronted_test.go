package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40, the day): a sentence opened by a clause of
// time that writes its own day ("After X did Y on Monday,") tells two acts,
// each on its day (fronted20.go). The sentences are written for this test;
// the page is dated Friday 2025-05-23.
func TestWireFormsTwentySecondPassFrontedDay(t *testing.T) {
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "a fronted clause's day and the news's day, two types",
			body: "After Israel struck Iran on Monday, Iran expelled two Israeli diplomats on Thursday.",
			want: []expect{
				{typ: "ASSAULT", countries: []string{"IRN", "ISR"}, status: event.Occurred, start: "2025-05-19"},
				{typ: "SANCTION", countries: []string{"IRN", "ISR"}, status: event.Occurred, start: "2025-05-22"},
			}, anyOf: true},
		{rule: "the same type answered in kind, a counted fronted clause",
			body: "Two days after Azerbaijan shelled Armenian positions on Monday, Armenian forces shelled Azerbaijan on Wednesday.",
			want: []expect{
				{typ: "ASSAULT", countries: []string{"ARM", "AZE"}, status: event.Occurred, start: "2025-05-19"},
				{typ: "ASSAULT", countries: []string{"ARM", "AZE"}, status: event.Occurred, start: "2025-05-21"},
			}, anyOf: true},
		{rule: "a fronted clause's year and a summons told on a weekday",
			body: "After Poland closed the Russian consulate in Gdansk in 2024, Russia summoned the Polish ambassador on Tuesday.",
			want: []expect{
				{typ: "ACCUSE", countries: []string{"POL", "RUS"}, status: event.Occurred, start: "2025-05-20"},
			}, anyOf: true},
		{rule: "left alone: the news writes no time, the fronted day is the sentence's",
			body: "After Israel struck Iran on Monday, Iran fired missiles at Israel.",
			want: []expect{
				{typ: "ASSAULT", countries: []string{"IRN", "ISR"}, status: event.Occurred, start: "2025-05-19"},
			}},
	})
}

func TestFrontedDatedTime(t *testing.T) {
	for text, want := range map[string]bool{
		"After Israel struck Iran on Monday , Iran fired missiles on Thursday .":       true,
		"Hours after Israel struck Iran on Monday , Iran fired missiles on Tuesday .":  true,
		"After the talks on Monday , Iran fired missiles on Thursday .":                false, // a phrase, no act of its own
		"After Israel struck Iran , Iran fired missiles on Thursday .":                 false, // no day of its own
		"After Israel struck Iran on Monday , Iran fired missiles in reply .":          false, // the news writes no time
		"While Israel struck Iran on Monday , Iran fired missiles on Thursday .":       false,
		"After Israel struck Iran on Monday and Tuesday , Iran fired missiles today .": true,
	} {
		toks := tokenize(text)
		comma := -1
		for i, tk := range toks {
			if tk.lower == "," {
				comma = i
				break
			}
		}
		if got := frontedDatedTime(toks, comma); got != want {
			t.Errorf("frontedDatedTime(%q) = %v, want %v", text, got, want)
		}
	}
}
