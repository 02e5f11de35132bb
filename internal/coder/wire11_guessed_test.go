package coder

import "testing"

// A person who held several offices, named on an undated page without the
// one the text means, served in any of them: the page's year is bounded by
// all their holdings, not by the tables' first (actors: Mention.Guessed).
// One the text names bounds it by that office alone.
func TestGuessedOfficeBoundsByEveryHolding(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		// Kalın was presidential spokesman to June 2023, intelligence chief
		// since; al-Sudani prime minister since October 2022: the one
		// Tuesday, Sept. 12 of their years together is in 2023.
		{"Ibrahim Kalin met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Tuesday, Sept. 12.", "2023-09-12"},
		{"Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Ibrahim Kalin in Baghdad on Tuesday, Sept. 12, officials said.", "2023-09-12"},
		// Named as spokesman, he is bounded by those years, which hold no
		// such Tuesday beside al-Sudani's.
		{"Presidential spokesman Ibrahim Kalin met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Tuesday, Sept. 12.", ""},
		// Named bare first and with the office after, still that office.
		{"Ibrahim Kalin landed in Baghdad early in the morning. Presidential spokesman Ibrahim Kalin met Iraqi Prime Minister Mohammed Shia al-Sudani on Tuesday, Sept. 12.", ""},
	} {
		if got := firstDay(t, art(c.body, "")); got != c.want {
			t.Errorf("%q: dated %q, want %q", c.body, got, c.want)
		}
	}
}
