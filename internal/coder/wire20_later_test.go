package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-second pass (stop 40, the day): a sentence opened by "Two days
// later," or "The next day," counts its act's day from the day the
// sentence before writes (later20.go); "a day earlier" closing a clause
// counts from the day its own sentence named (timex newswire40.go). The sentences are written for this
// test; the page is dated Friday 2025-05-23.
func TestWireFormsTwentySecondPassCountedDay(t *testing.T) {
	sanction := func(start string) expect {
		return expect{typ: "SANCTION", countries: []string{"LTU", "RUS"}, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2025-05-23", []ruleCase{
		{rule: "two days later",
			body: "Lithuania expelled a Russian diplomat on Monday. Two days later, Russia expelled two Lithuanian diplomats.",
			want: []expect{sanction("2025-05-19"), sanction("2025-05-21")}, anyOf: true},
		{rule: "the next day",
			body: "Lithuania expelled a Russian diplomat on Monday. The next day, Russia expelled two Lithuanian diplomats.",
			want: []expect{sanction("2025-05-19"), sanction("2025-05-20")}, anyOf: true},
		{rule: "a day earlier, counted back",
			body: "Russia expelled two Lithuanian diplomats on Wednesday. A day earlier, Lithuania had expelled a Russian diplomat.",
			want: []expect{sanction("2025-05-21"), sanction("2025-05-20")}, anyOf: true},
		{rule: "a day earlier than the day of the saying",
			body: "Russia said on Wednesday it had expelled two Lithuanian diplomats a day earlier.",
			want: []expect{sanction("2025-05-20")}},
		{rule: "two days before the day of the saying",
			body: "Russia's foreign ministry said on Thursday that it had expelled two Lithuanian diplomats two days before.",
			want: []expect{sanction("2025-05-20")}},
		{rule: "left alone: the sentence writes its own day",
			body: "Lithuania expelled a Russian diplomat on Monday. Two days later, on Thursday, Russia expelled two Lithuanian diplomats.",
			want: []expect{sanction("2025-05-19"), sanction("2025-05-22")}, anyOf: true},
	})
}

func TestSentenceOffset(t *testing.T) {
	for text, want := range map[string]int{
		"Two days later, Russia expelled two diplomats.":  2,
		"A day later, Russia expelled two diplomats.":     1,
		"The following day, Russia expelled a diplomat.":  1,
		"The day before, Russia expelled a diplomat.":     -1,
		"Three days earlier, Russia expelled a diplomat.": -3,
	} {
		if got, ok := sentenceOffset(text); !ok || got != want {
			t.Errorf("sentenceOffset(%q) = %d, %v; want %d", text, got, ok, want)
		}
	}
	for _, text := range []string{
		"Two days of talks ended on Monday.",
		"The day after tomorrow, Russia will vote.",
		"A days later, nothing.",
		"Days later, Russia expelled two diplomats.",
		"A day later than planned, the talks opened in Geneva.",
	} {
		if _, ok := sentenceOffset(text); ok {
			t.Errorf("sentenceOffset(%q): want no offset", text)
		}
	}
}
