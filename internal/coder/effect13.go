package coder

// Thirteenth pass (stop 31): a measure told by its coming into force.
//
// News tells a tax on another country's goods as often by the day it
// takes effect as by its imposing: "President Trump's 10% tariffs on China
// took effect on Tuesday", "the 50% tariff on India has come into effect",
// "the new duties went into effect at midnight". The tax taking effect is
// the sanction falling on that country, and the day it takes effect is
// its day (cues.tsv, SANCTION: "tariffs ... take effect"). The cue opens
// with the noun, so the tense is the verb's inside it: "took effect" is
// done, "will take effect" still to come.

// laterVerbForm is the form of the first verb of a cue's pattern that
// stands after its first word, in the tokens the cue covers; formNone if
// none. After "has", "have" or "had" it is the participle ("has come into
// effect", whose "come" is also the base).
func laterVerbForm(c *cue, toks []token) form {
	for i, t := range toks {
		for _, el := range c.elems[1:] {
			f := el.words[t.lower]
			if f == formNone {
				continue
			}
			if i > 0 && (toks[i-1].lower == "has" || toks[i-1].lower == "have" || toks[i-1].lower == "had") {
				return formParticiple
			}
			return f
		}
	}
	return formNone
}

// taxOpensCue reports a cue that opens with the tax itself ("tariffs ...
// took effect"): the goods it falls on are named inside the cue.
func taxOpensCue(toks []token, m match) bool {
	return m.form != formNone && m.start < len(toks) && tradeMeasures[toks[m.start].lower]
}
