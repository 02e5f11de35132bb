package coder

// News opens a sentence with what came before the news: "After Poland
// closed a Russian consulate on Monday, Russia expelled two Polish
// diplomats on Thursday", "Two days after Israel struck Iran on Monday,
// Iran fired missiles at Israel". When that fronted clause writes a day,
// the day is its own act's, and the act after the comma is the news, with
// its own day. Read as one clause, the first cue and its day stood
// for the sentence and the news was lost. A fronted clause with no day
// ("After Trump abandoned the deal, tensions rose") stays joined: cutting
// every such clause was tried in an early pass and cost precision.

// frontedWords may stand before a fronted "after" or "before": how long
// before or after ("Two days after", "Hours after", "Shortly before").
var frontedWords = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"day": true, "days": true, "hours": true, "hour": true, "weeks": true, "week": true, "minutes": true,
	"moments": true, "shortly": true, "just": true, "soon": true, "only": true, "months": true,
}

// frontedDatedTime reports a sentence opened by a clause of time ("After
// X did Y on Monday") that writes a day and ends at the comma at token
// comma, with a clause of its own verb after it.
func frontedDatedTime(toks []token, comma int) bool {
	k := 0
	for k < comma && k < 3 && frontedWords[toks[k].lower] {
		k++
	}
	if k >= comma || toks[k].lower != "after" && toks[k].lower != "before" {
		return false
	}
	if comma-k < 4 || !isClauseStart(toks, k+1) {
		return false // "After the talks on Monday,": a phrase, no act of its own
	}
	for j := k + 1; j < comma; j++ {
		if toks[j].punct {
			return false // the first comma closes the clause
		}
	}
	// The act after the comma must write its own time too: with none, the
	// fronted day is the whole sentence's ("After China joined the
	// convention in 1979, the two countries agreed to open consulates").
	return writesTime(toks, clause{k + 1, comma}) && writesTime(toks, clause{comma + 1, len(toks)})
}

// writesTime reports a clause that writes a day ("on Monday", "May 19",
// "yesterday") or a span of its own ("last week", "in 2023").
func writesTime(toks []token, cl clause) bool {
	if clauseWritesDay(toks, cl) {
		return true
	}
	for k := cl.start; k < cl.end; k++ {
		w := toks[k].lower
		if w == "last" && k+1 < cl.end {
			switch toks[k+1].lower {
			case "week", "weekend", "month", "year", "night":
				return true
			}
		}
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w) {
			return true
		}
	}
	return false
}
