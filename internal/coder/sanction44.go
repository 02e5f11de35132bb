package coder

// Twenty-sixth pass (stop 44): sanctions and coercion, own wire sentences.

// agreedMeasure reports a measure that governments agree on together: "EU
// ministers agreed new sanctions on Iran", "agreed a new package of
// sanctions against Belarus", "agreed to impose sanctions". To agree a
// measure is to decide it, as "approved" and "adopted" do; it is no threat
// of one, as "vowed to" or "prepared to impose" are. Only an agreement
// verb (m, an intent cue) counts, and only when nothing but the measure's
// words stands between it and the SANCTION cue n: "agreed to oppose
// sanctions" or "agreed to lift sanctions" stay what they were.
func agreedMeasure(toks []token, m, n match) bool {
	if n.cue.Type != "SANCTION" || !agreeForms[toks[m.start].lower] || m.end > n.start {
		return false
	}
	for i := m.end; i < n.start; i++ {
		if !agreedMeasureWords[toks[i].lower] {
			return false
		}
	}
	return true
}

var agreeForms = map[string]bool{"agreed": true, "agree": true, "agrees": true, "agreeing": true}

// agreedMeasureWords may stand between "agreed" and the measure: an
// infinitive of imposing, determiners and the words that count or size
// a measure.
var agreedMeasureWords = map[string]bool{
	"to": true, "on": true, "upon": true, "a": true, "an": true, "the": true, "new": true, "fresh": true,
	"further": true, "additional": true, "more": true, "tougher": true, "wider": true, "joint": true,
	"targeted": true, "latest": true, "package": true, "round": true, "set": true, "of": true,
	"its": true, "their": true, "impose": true, "introduce": true, "adopt": true, "slap": true,
	"levy": true, "expand": true, "extend": true, "tighten": true,
}

// agreedBefore reports a SANCTION cue m told after "agreed" or "agrees"
// with only the measure's words between ("EU ministers agreed new
// sanctions on Iran on Monday", "agreed to impose tariffs"): the measure
// is decided when agreed, so it occurred then, as an adopted one does.
// "Will agree" or "are expected to agree" keep it planned.
func agreedBefore(toks []token, cl clause, m match) bool {
	if m.cue.Type != "SANCTION" {
		return false
	}
	i := m.start - 1
	for i > cl.start && agreedMeasureWords[toks[i].lower] {
		i--
	}
	if i < cl.start || i == m.start-1 && !m.noun {
		return false
	}
	w := toks[i].lower
	return w == "agreed" || w == "agrees"
}

// timeAfterPeople are the time words that may follow a plural demonym
// ("deported Haitians last week", "arrested Estonians yesterday"): a
// plural noun of people qualifies no noun, so the word after it starts
// the adverb of time, and the demonym names the people of its country.
// (The country's name before a time word stays as the seventeenth pass
// left it: "the U.S. last month".)
var timeAfterPeople = map[string]bool{
	"yesterday": true, "today": true, "tonight": true, "overnight": true, "last": true,
	"earlier": true, "this": true, "late": true, "early": true,
}
