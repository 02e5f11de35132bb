package coder

// Nineteenth pass (stop 37): a measure told in the future with no verb
// of saying.
//
// News leads a government's measure with its subject and "will": "China
// will impose a 15% tariff on imports of coal from the U.S.", "China will
// apply a 100 per cent tariff on Canadian rapeseed oil, the ministry said",
// "The Czech Republic will expel two Russian diplomats". As with "said it
// will impose" (announced15.go), the story is the decision, made when it
// is told; the future is that of the duties' collection or the diplomats'
// departure. A day to come in the sentence ("from June 1", "effective
// March 20", "in six months"), a condition ("if Brazil raises its
// rates") or another round of the measure ("will further hike") keeps it
// planned, as does a speaker naming himself ("we will impose": a threat,
// threats12.go).

// measureSubjectReach is how many words the subject before "will" may
// hold: "The Czech Republic", "China's Ministry of Commerce".
const measureSubjectReach = 6

// toldMeasure reports a decided act told as "SUBJECT will [also] CUE" at
// the start of its clause, the subject a name, with no day to come, no
// condition, no "once" or "when", no repeat and no quotation mark in the
// sentence. A noun cue may stand a few words after its verb ("will impose
// a 15% tariff").
func toldMeasure(toks []token, cl clause, m match) bool {
	will := willBefore(toks, cl, m)
	if will < 0 || !measureSubject(toks, cl.start, will) {
		return false
	}
	for i := range toks {
		w := toks[i].lower
		if dayToCome(toks, i) || conditionals[w] || repeatWords[w] || w == "once" || w == "when" || isQuoteMark(w) {
			return false
		}
	}
	return true
}

// willBefore returns the index of the "will" that governs the cue: right
// before a verb cue (perhaps with "also"), or before the verb of a noun
// cue with up to four words between ("will impose a 15% tariff"), when
// that verb puts a measure in force; -1 when there is none.
func willBefore(toks []token, cl clause, m match) int {
	j := m.start - 1
	if !m.noun {
		if j >= cl.start && toks[j].lower == "also" {
			j--
		}
		if j >= cl.start && toks[j].lower == "will" {
			return j
		}
		return -1
	}
	for k := j; k >= cl.start && k >= m.start-6; k-- {
		if toks[k].punct && toks[k].lower != "%" {
			return -1
		}
		if toks[k].lower == "will" {
			if k+1 < m.start && enactVerbs[toks[k+1].lower] {
				return k
			}
			return -1
		}
	}
	return -1
}

// enactVerbs put a measure named by a noun in force: "will impose a
// tariff", "will apply a duty". A verb about the measure ("will vote on
// sanctions", "will keep its sanctions in place") tells no decision.
var enactVerbs = map[string]bool{
	"impose": true, "apply": true, "slap": true, "levy": true, "introduce": true, "reimpose": true,
	"raise": true, "hike": true, "increase": true, "expel": true, "freeze": true, "ban": true,
	"suspend": true, "halt": true, "withdraw": true, "lift": true, "end": true, "scrap": true, "remove": true,
}

// measureSubject reports that the words from lo to will are a named
// subject: one to six words, the first capitalised, none of them a
// pronoun of the speaker or a word that opens a clause of its own.
func measureSubject(toks []token, lo, will int) bool {
	if will <= lo || will-lo > measureSubjectReach || isLowerWord(toks[lo].text) {
		return false
	}
	for k := lo; k < will; k++ {
		switch toks[k].lower {
		case "we", "i", "you", "he", "she", "they", "it", "that", "which", "who", "if", "and", "but":
			return false
		}
		if toks[k].punct && toks[k].lower != "'s" && toks[k].lower != "’s" {
			return false
		}
	}
	return true
}

// dayToCome reports a word at i that sets the measure on a day to come:
// a month, "next", "tomorrow", "soon", "later", "starting", "effective",
// "coming", "from" a day, "in" a count of days, weeks, months or years.
func dayToCome(toks []token, i int) bool {
	w := toks[i].lower
	switch {
	case monthNames[w] || w == "next" || w == "tomorrow" || w == "soon" || w == "later" || w == "starting" || w == "effective" || w == "coming":
		return true
	case w == "from" && i+1 < len(toks) && (monthNames[toks[i+1].lower] || isWeekdayOrTime(toks[i+1].lower)):
		return true
	case w == "in" && i+2 < len(toks) && calendarUnits[toks[i+2].lower]:
		return true
	}
	return false
}

// calendarUnits are the units a span to come is counted in: "in six months".
var calendarUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "day": true, "week": true, "month": true, "year": true}
