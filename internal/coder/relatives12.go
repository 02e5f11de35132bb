package coder

// A relative clause after a sentence's subject tells an act of that
// subject: "Obama, who arrived here Sunday night, was greeted by crowds",
// "Zelenskyy, who arrived in Ankara on Thursday for a meeting with
// Erdogan, said". The relative pronoun stands for the one named before
// it, as a pronoun does (twelfth pass).

// relativeAct reports clause cl opened by ", who" or ", which" right after
// prev, a clause that is only the sentence's subject, whose act m is a
// verb in the simple past. A relative clause in the present describes the
// one it follows ("Qatar, which hosts U.S. bases", "Kim, who leads the
// party"): a standing fact, no act.
func relativeAct(toks []token, cl, prev clause, m match) bool {
	if m.noun || m.form != formPast || cl.start+1 >= len(toks) || toks[cl.start].lower != "," || prev.start != 0 || prev.end != cl.start {
		return false
	}
	if w := toks[cl.start+1].lower; w != "who" && w != "which" {
		return false
	}
	return subjectOnly(toks, []clause{prev})
}

// frontedSubject is the subject of the main clause after clause cl when
// cl opens the sentence with a present participle and ends at a comma
// ("Visiting Hanoi on Monday, Obama said", "Meeting Xi in Beijing, Kim
// pledged"): the names right after the comma, before the main verb.
func frontedSubject(toks []token, spans []span, cl clause) []span {
	if cl.start != 0 || cl.end+1 >= len(toks) || toks[cl.end].lower != "," || toks[0].punct || isLowerWord(toks[0].text) || !participleClause(toks, 0) && !timedParticiple(toks) {
		return nil
	}
	end := cl.end + 1
	for end < len(toks) && (!isLowerWord(toks[end].text) || toks[end].lower == "'s" || subjectWords[toks[end].lower]) && !toks[end].punct {
		end++
	}
	var out []span
	for _, sp := range spans {
		if sp.start > cl.end && sp.start < end && !sp.m.Group {
			out = append(out, sp)
		}
	}
	return out
}

// subjectWords stand inside a subject's noun phrase: determiners and
// titles written in lower case.
var subjectWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "state": true, "prime": true, "minister": true,
	"president": true, "foreign": true, "ministry": true, "government": true, "leader": true, "secretary": true,
}
