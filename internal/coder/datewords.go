package coder

import (
	"strings"

	"storyline/internal/timex"
)

// Words around a time expression or a verb that say whether it dates the
// act (third real-news pass).

// hasWord reports the lower-case word w in the clause.
func hasWord(toks []token, cl clause, w string) bool {
	for i := cl.start; i < cl.end; i++ {
		if toks[i].lower == w {
			return true
		}
	}
	return false
}

// underWay reports a clause that tells an act going on as it is written:
// "has begun", "have started", "is under way", "are underway".
func underWay(toks []token, cl clause) bool {
	for i := cl.start; i+1 < cl.end; i++ {
		w, next := toks[i].lower, toks[i+1].lower
		switch {
		case (w == "has" || w == "have") && (next == "begun" || next == "started" || next == "opened" || next == "kicked"):
			return true
		case (w == "is" || w == "are" || w == "got" || w == "gets" || w == "get") && (next == "underway" || next == "under" && i+2 < cl.end && toks[i+2].lower == "way"):
			return true
		}
	}
	return false
}

// yearModifier reports a bare year used as a modifier of the noun after
// it: "the 2015 accord", "the 1960 water-sharing pact", "a 1990-batch
// officer". The year names which thing, not when the act was done.
func yearModifier(text string, x timex.Expression) bool {
	if x.End-x.Start != 4 {
		return false
	}
	after := text[x.End:]
	if strings.HasPrefix(after, "-") && len(after) > 1 && after[1] >= 'a' && after[1] <= 'z' {
		return true // "1990-batch"
	}
	if !precededBy(text, x.Start, "the", "a", "an") {
		return false
	}
	after = strings.TrimLeft(after, " ")
	return after != "" && after[0] >= 'a' && after[0] <= 'z' || capitalisedNameAfter(after) // "the 2017 Friendship Agreement" (yearname45.go)
}

// inSincePhrase reports a time expression at off inside a phrase opened
// by "since": "the first visit since the invasion of Ukraine in February
// 2022" and "since it was signed in 1960" date the start of a span the
// event ends, not the event. The phrase ends at a comma, dash, colon,
// semicolon or bracket.
func inSincePhrase(text string, off int) bool {
	before := strings.ToLower(text[:off])
	i := strings.LastIndex(before, " since ")
	if i < 0 {
		if !strings.HasPrefix(before, "since ") {
			return false
		}
		i = 0
	}
	return !strings.ContainsAny(before[i:], ",;:()—–")
}
