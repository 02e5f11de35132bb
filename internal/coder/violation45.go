package coder

// Twenty-seventh pass (stop 45), accusations written by hand: a breach
// said of another state. "The Macedonian premier said that with the veto
// Bulgaria violated the friendship treaty", "Sudan told the court that the
// UAE was violating the Genocide Convention", "Tokyo says Seoul is
// breaking an international accord": the breach is the speaker's charge,
// as stop 42 read "said Azerbaijan had violated the ceasefire" (cues.tsv,
// a perfect of "ceasefire" or "truce" only). Told by a speaker, with an
// accord, a law or a state's waters or sovereignty after the verb, the
// breach was coded as the subject's own refusal (REJECT, one side only) and
// the charge lost its maker. Only a teller named first makes the breach
// a charge: told first and attributed after ("Russia violated the truce
// with Ukraine on Monday, Kyiv said") it stays the act it was read as
// since the ninth pass, and a gerund after a preposition ("guilty of
// violating the truce") is a verdict. The reporter's own "Russia violated
// the treaty" stays a refusal; "violated airspace" stays the incursion it is
// (cues.tsv).

// breachVerbs are the forms of the verbs of breach that open the charge.
var breachVerbs = map[string]bool{
	"violated": true, "violates": true, "violating": true, "violate": true,
	"breached": true, "breaches": true, "breaching": true,
	"broke": true, "breaks": true, "breaking": true,
	"flouted": true, "flouts": true, "flouting": true,
}

// breachedObjects are what a state is charged with breaching: an accord or
// a law it is bound by, or another state's waters or sovereignty.
var breachedObjects = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"treaties": true, "convention": true, "conventions": true, "ceasefire": true, "cease-fire": true,
	"truce": true, "deal": true, "resolution": true, "resolutions": true, "sovereignty": true,
	"waters": true, "commitments": true, "obligations": true, "law": true, "charter": true,
	"article": true, "protocol": true, "memorandum": true, "understanding": true,
}

// gerundPrepositions open a phrase whose gerund of breach is no verb of
// its own clause.
var gerundPrepositions = map[string]bool{
	"of": true, "for": true, "by": true, "after": true, "from": true, "without": true, "in": true,
}

// headSpeech reports a speech act told before the token at i ("Kyiv said
// that Russia violated"), not after it ("Russia violated ..., Kyiv said").
func headSpeech(speech []clause, i int) bool {
	for _, r := range speech {
		if r.start < i && r.end <= i {
			return true
		}
	}
	return false
}

// saidBreach reports a breach cue at m ("violated", "is breaking") whose
// object, within four words after the verb, is an accord, a law or
// another's waters: what a speaker charges another state with.
func saidBreach(toks []token, m match) bool {
	i := m.start
	if i < len(toks) && (beVerbs[toks[i].lower] || toks[i].lower == "was" || toks[i].lower == "were" || toks[i].lower == "had" || toks[i].lower == "has" || toks[i].lower == "have") {
		i++
	}
	if i >= len(toks) || !breachVerbs[toks[i].lower] {
		return false
	}
	if i > 0 && gerundPrepositions[toks[i-1].lower] {
		return false // "guilty of violating the truce": a verdict, not a charge said
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].punct {
			return false
		}
		if breachedObjects[toks[k].lower] {
			return true
		}
	}
	return false
}
