package coder

import "strings"

// Eighteenth pass (stop 36): the status of an act named by a noun subject.
//
// English news names a planned act by a noun as often as by a verb, and
// when the noun is the subject its verb may stand far from it, after the
// parties' names and titles or a parenthesis: "The one-day meeting between
// the foreign minister of A and his counterpart, B, will be held in Seoul
// on Monday", "A free trade agreement (FTA) between A and B is expected to
// be signed in 2015", "the final deal was yet to be signed". The verb tells
// an act to come; left unread, the noun's act had no tense and was settled
// as done (status13.go). nounStatus (status.go) now reads past a
// parenthesis, past the usual reach when only names stand between, and
// reads "is expected to", "is to" and "was yet to" as a plan.

// subjectPlanReach is how far after a noun subject its verb is looked for,
// past the parties' names and titles ("between South Korean Foreign
// Minister Yun and his Japanese counterpart, Fumio Kishida, will").
const subjectPlanReach = 22

// nameLinks are the words that join the parties' names and titles after
// a noun subject: "between A and his counterpart, B, in Anchorage".
var nameLinks = map[string]bool{
	"between": true, "and": true, "of": true, "his": true, "her": true, "their": true, "its": true,
	"the": true, "counterpart": true, "counterparts": true, "in": true, "at": true, ",": true, "(": true, ")": true,
}

// namesOnly reports that the words from the noun's end to i are names,
// titles and the words that join them: only then does the noun's verb
// lie beyond the usual reach.
func namesOnly(toks []token, from, i int) bool {
	for k := from; k < i; k++ {
		if !nameLinks[toks[k].lower] && isLowerWord(toks[k].text) {
			return false
		}
	}
	return true
}

// skipParenthesis returns the index of the ")" closing a "(" at i, or i
// when there is none in the clause: "(FTA)" is no break in the sentence.
func skipParenthesis(toks []token, cl clause, i int) int {
	if toks[i].lower != "(" {
		return i
	}
	for k := i + 1; k < cl.end && k < i+8; k++ {
		if toks[k].lower == ")" {
			return k
		}
	}
	return i
}

// stillToCome reports "is expected to", "is to" and "was yet to" at i,
// after a noun subject, with a verb that tells the act itself taking place:
// "the agreement is expected to be signed", "the deal was yet to be
// signed", "the talks are to resume". A verb of what the act will bring is
// no plan of it: "the invasion is expected to be a major topic".
func stillToCome(toks []token, cl clause, i int) bool {
	to := -1
	switch toks[i].lower {
	case "expected":
		if i > cl.start && beVerbs[toks[i-1].lower] {
			to = i + 1
		}
	case "is", "are":
		to = i + 1
		if i+1 < cl.end && toks[i+1].lower == "yet" {
			to = i + 2
		}
	case "was", "were":
		if i+1 < cl.end && toks[i+1].lower == "yet" {
			to = i + 2
		}
	}
	if to < 0 || to+1 >= cl.end || toks[to].lower != "to" {
		return false
	}
	return takesPlace(toks, cl, to+1)
}

// takingPlace are verbs that tell an act itself taking place.
var takingPlace = map[string]bool{
	"take": true, "begin": true, "start": true, "open": true, "last": true, "resume": true,
	"convene": true, "go": true, "run": true, "conclude": true, "end": true,
}

// takesPlace reports such a verb at i, or "be" and a participle ("be
// signed", "be held").
func takesPlace(toks []token, cl clause, i int) bool {
	w := toks[i].lower
	if w != "be" {
		return takingPlace[w]
	}
	if i+1 >= cl.end {
		return false
	}
	p := toks[i+1].lower
	return irregularParticiples[p] || len(p) > 4 && strings.HasSuffix(p, "ed")
}

// A meeting told as the purpose of a move already made is held: "has
// walked across the border to meet the South Korean president", "was in
// Guatemala to meet government officials", "had called the ambassador to
// discuss his comments". The move or the call brings the parties together
// as it is told; an arrival is left alone ("arrived in Beijing to meet"
// tells a meeting still to come on the first day of a visit).
var movesToMeet = map[string]bool{
	"walked": true, "came": true, "crossed": true, "called": true, "summoned": true, "stopped": true,
}

// movedToMeet reports such a move before the "to" at index to, in the
// clause, with no other verb between but the place and the other side.
func movedToMeet(toks []token, cl clause, to int) bool {
	for i := to - 1; i >= cl.start && i >= to-8; i-- {
		w := toks[i].lower
		if toks[i].punct {
			return false
		}
		if movesToMeet[w] {
			return true
		}
		if (w == "was" || w == "were") && i+1 < to && (toks[i+1].lower == "in" || toks[i+1].lower == "at") {
			return true
		}
	}
	return false
}
