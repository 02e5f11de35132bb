package coder

// Nineteenth pass (stop 38, the bj/bk family): the countries a state
// follows are no parties to its act.
//
// News places a state's act in a row of the same acts done before by
// others: "the fourth Arab country after the UAE, Bahrain and Sudan to
// normalize relations with Israel", "the second state after the U.S. to
// open its embassy in Jerusalem", "positions the UK alongside the United
// States and France ... to support Morocco's plan", "other Security Council
// members like the U.S. and France in backing Morocco's plan". The
// countries of the row did the act earlier, on their own; they are neither
// its doers nor the ones it is done to. "Joined X in calling for" is left
// alone: there X often acts again with the subject (stop 37 measured a
// loss on check when it was dropped).

// ordinalWords rank a state in a row of the same act.
var ordinalWords = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "latest": true, "2nd": true, "3rd": true, "4th": true, "5th": true,
}

// modelCollectives are the plural nouns a "like X" example list follows
// ("members like the U.S. and France").
var modelCollectives = map[string]bool{
	"members": true, "countries": true, "states": true, "nations": true, "allies": true,
	"powers": true, "partners": true, "governments": true,
}

// listFillers may stand between the introducer and a country of its list.
var listFillers = map[string]bool{"the": true, ",": true, "and": true, "other": true}

// dropModels removes from a clause's spans the countries named in a row
// of those who did the act before.
func dropModels(toks []token, spans []span) []span {
	covered := map[int]bool{}
	for _, sp := range spans {
		for k := sp.start; k < sp.end; k++ {
			covered[k] = true
		}
	}
	return dropSpans(spans, func(sp span) bool {
		return !sp.inherited && sp.start > 0 && sp.start < len(toks) && modelIntro(toks, sp.start, covered)
	})
}

// modelIntro reports a list a country at token at belongs to, opened by
// "after|following" with an ordinal shortly before it, by "alongside" in a
// sentence that ranks the state, or by "like" after a comma or after a
// collective plural of "other" states.
func modelIntro(toks []token, at int, covered map[int]bool) bool {
	k := at - 1
	for k > 0 && (covered[k] || listFillers[toks[k].lower]) {
		k--
	}
	switch toks[k].lower {
	case "alongside":
		return ordinalAfter(toks, k) // "alongside the US and France, making it the third": not "signed alongside Trump"
	case "like":
		return k > 0 && (toks[k-1].lower == "," || modelCollectives[toks[k-1].lower] && otherBefore(toks, k-1))
	case "after", "following":
		for j := k - 1; j >= 0 && j >= k-6; j-- { // the clause may open at "after"
			if ordinalWords[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// ordinalAfter reports an ordinal later in the sentence than token k: the
// row the state is ranked in ("making it the third permanent member").
func ordinalAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if ordinalWords[toks[j].lower] {
			return true
		}
	}
	return false
}

// otherBefore reports "other" among the five words before a collective:
// "other Security Council members like the U.S." sets the examples apart
// from the subject, where "countries like Mali and Niger have called"
// names the doers by example.
func otherBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].lower == "other" {
			return true
		}
	}
	return false
}
