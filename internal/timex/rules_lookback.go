package timex

// stretchBack reports whether "in N units" at token i closes a clause that
// counts a stretch up to now rather than a day ahead: "the first time a
// Chinese leader has come to North Korea in 14 years", "the first by an
// Indian premier in 70 years", "the two leaders have not met in five
// years". News writes "the first ... in N years" and a negated perfect with
// "in N years" for how long something has not happened; a day N years
// ahead needs a verb that looks ahead ("will be completed in six months",
// "are set to take effect in three weeks").
//
// The clause is read back from token i to the nearest comma, semicolon,
// colon, dash or bracket (at most stretchWindow words). A word that counts
// occurrences ("first", "time", "record") or a superlative nearer to "in"
// than any verb that looks ahead makes it a stretch ("This will be the first
// visit ... in 14 years"; not "The first phase will be completed in six
// months"); a negation makes it one only in a clause with no such verb ("have
// not met in five years"; not "will not be finished in two years").
func (p *parser) stretchBack(i int) bool {
	negated := false
	for b := i - 1; b >= 0 && b >= i-stretchWindow; b-- {
		w := p.tok(b).text
		if clauseStop[w] {
			break
		}
		if aheadWords[w] {
			return false
		}
		if tallyWords[w] {
			return true
		}
		if negations[w] || w == "t" && p.is(b-1, "'", "’") {
			negated = true
		}
	}
	return negated
}

const stretchWindow = 15

var clauseStop = setOf(",", ";", ":", "—", "–", "(", ")")

// tallyWords count occurrences up to now: "the first visit in 14 years",
// "the worst attack in decades".
var tallyWords = setOf("first", "time", "times", "twice", "record",
	"highest", "lowest", "biggest", "largest", "worst", "best", "deadliest", "longest", "strongest", "heaviest")

// aheadWords look ahead from the time of the clause: a modal or a verb of
// plans.
var aheadWords = setOf("will", "would", "shall", "ll", "won", "could", "may", "might", "should", "must",
	"going", "plan", "plans", "planned", "expected", "expects", "scheduled", "set", "due", "aims", "intends", "hopes", "wants")

var negations = setOf("not", "never", "no")
