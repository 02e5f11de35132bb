package coder

import "slices"

// Crime news names a private person by the country of their passport and
// the crime they are held for: "a Peruvian woman accused of killing a
// Chilean tourist", "two Kenyan men held on suspicion of smuggling
// weapons into Uganda", "a Bolivian student charged with spying". The
// charge is a prosecutor's, or a court's, against one person; neither
// the charge nor the crime it names is an act between states, and the
// adjective of the suspect's passport makes no party of the state.

// suspectNouns are the private persons crime news names by nationality.
var suspectNouns = map[string]bool{
	"woman": true, "women": true, "man": true, "men": true, "national": true, "nationals": true,
	"citizen": true, "citizens": true, "businessman": true, "businesswoman": true, "student": true,
	"students": true, "tourist": true, "tourists": true, "worker": true, "workers": true,
	"teenager": true, "suspect": true, "suspects": true, "couple": true, "nurse": true, "driver": true,
}

// suspectVerbs are the words that put a person under a charge, before
// the preposition that names it.
var suspectVerbs = map[string][]string{
	"accused": {"of", "in"}, "suspected": {"of"}, "convicted": {"of"}, "charged": {"with"}, "suspicion": {"of"},
}

// chargeEnders are the finite verbs that close the person's phrase and
// open what the sentence tells of them.
var chargeEnders = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "went": true, "appeared": true,
}

// privateSuspect reports a cue that is, or lies in, the charge against a
// private person named just before it: "an Indonesian woman accused of
// killing", "a man held on suspicion of smuggling", "accused in the
// killing".
func privateSuspect(toks []token, m match) bool {
	return suspectChargeAt(toks, m.start) >= 0
}

// suspectChargeAt gives the index of the charging word ("accused of",
// "on suspicion of") at most ten words before the token at, with no
// punctuation or finite verb between them, when the person's noun stands at most six
// words before that word, past commas only ("a woman held for two years on suspicion of");
// else -1.
func suspectChargeAt(toks []token, at int) int {
	for i := at; i >= 1 && i >= at-10; i-- {
		preps, ok := suspectVerbs[toks[i].lower]
		if !ok || i+1 >= len(toks) || !slices.Contains(preps, toks[i+1].lower) {
			if i < at && (toks[i].punct || chargeEnders[toks[i].lower]) {
				return -1 // "... accused of killing a tourist was freed": past the charge
			}
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if toks[k].punct && toks[k].lower != "," {
				return -1
			}
			if suspectNouns[toks[k].lower] {
				return i
			}
		}
		return -1
	}
	return -1
}

// inSuspectCharge reports a mention at token at inside the charge against
// a private person, when the cue m lies outside it: in "a Peruvian woman
// accused of killing a Chilean tourist was freed", Chile is what she is
// charged with, no side of her release.
func inSuspectCharge(toks []token, m match, at int) bool {
	i := suspectChargeAt(toks, at)
	return i >= 0 && (m.start < i || m.start > at)
}

// dropCharged drops the parties named only in a private person's charge.
func dropCharged(parties []*party, charged map[string]bool) []*party {
	return slices.DeleteFunc(parties, func(p *party) bool { return charged[p.key] })
}
