package coder

import (
	"strings"

	"storyline/internal/actors"
)

// Twenty-fifth pass (stop 43, CONSULT extras): a craft named by its own
// name is no visitor. News English names a warship by its prefix and name
// ("the HMAS Canberra has arrived in Fiji", "USS Nimitz docked in Manila")
// and a transport plane by its maker and model ("the Antonov 124 of the
// Russian Air Force arrived in Caracas", "a Russian Ilyushin landed in
// Havana"). The head of such a subject is the craft's name, not one of
// the travellers' nouns, so the arrival was read as a state's visit;
// what a ship or a cargo plane brings is aid or a deployment, told by its
// own words, never a meeting of the two states.

// craftMarks are words that make a subject a named craft: warship
// prefixes and the makers of military and cargo aircraft.
var craftMarks = map[string]bool{
	"hmas": true, "hms": true, "uss": true, "ins": true, "hmcs": true, "hmnzs": true,
	"antonov": true, "ilyushin": true, "tupolev": true, "lockheed": true, "hercules": true,
}

// namedCraftArrival reports an arrival cue whose subject, in its clause
// before the verb, holds a craft mark ("the HMAS Canberra arrived").
func namedCraftArrival(toks []token, cl clause, m match) bool {
	if !arrivalVerb(m) {
		return false
	}
	for i := m.start - 1; i >= cl.start; i-- {
		w := toks[i].lower
		if toks[i].punct || w == "said" || w == "says" || w == "that" {
			return false
		}
		if maker, _, _ := strings.Cut(w, "-"); craftMarks[maker] { // "Antonov-124"
			return true
		}
	}
	return false
}

// A former office holder travels and talks for no state (twenty-fifth
// pass, stop 43). "Former Paraguayan President Horacio Cartes had
// traveled to Israel", "ex-president Evo Morales flew to Mexico",
// "former British prime minister Tony Blair visited Kyiv": the man no
// longer holds the office, so his trip is no visit of his country, as a
// student's or a tourist's is none (visitors10.go). A party of a meeting
// named only by former holders is dropped like a private person; an
// official or a government named beside him keeps it.

// pastHolderWords are the modifiers that put a title out of office.
var pastHolderWords = map[string]bool{"former": true, "ex": true}

// formerHolder reports a mention of a person or office opened by "former"
// or "ex-" within it or in the two tokens before it ("former Japanese
// premier", "the former minister", "Thailand's former prime minister"),
// unless the person held that office on the page's day: a page that calls
// a sitting president "former" errs, and his call is still his state's.
func (c *articleCoder) formerHolder(toks []token, sp span) bool {
	if sp.m.Kind == actors.Country || sp.inherited {
		return false // a subject carried over stands where the pronoun or the comma is
	}
	for i := max(sp.start-2, 0); i < sp.end && i < len(toks); i++ {
		w := toks[i].lower
		if pastHolderWords[w] || strings.HasPrefix(w, "ex-") {
			return !c.inOfficeOnRef(sp.m)
		}
	}
	return false
}

// inOfficeOnRef reports a named person whom the office tables hold in the
// mention's office (its "former" left out) on the page's day.
func (c *articleCoder) inOfficeOnRef(m actors.Mention) bool {
	if m.Name == "" || !c.hasRef {
		return false
	}
	var office []string
	for _, w := range strings.Fields(m.Title) {
		if lw := strings.ToLower(w); !pastHolderWords[lw] && !strings.HasPrefix(lw, "ex-") {
			office = append(office, w)
		}
	}
	_, holdings := c.cat.Tenure(m.Name, m.Country, strings.Join(office, " "))
	for _, h := range holdings {
		if h.During(c.ref) {
			return true
		}
	}
	return false
}

// An accord that stands is no accord made (twenty-fifth pass, stop 43,
// AGREE extras). News names a truce or a treaty already in force by its
// noun, with a verb of its life or of its use: "as the truce between
// Armenia and Azerbaijan enters its second week", "the ceasefire between
// India and Pakistan held for a third day", "violations of the ceasefire
// between ... have increased", "the Philippines invoked its mutual defence
// treaty with the United States". The noun names the accord as a thing
// that lasts, is broken or is called on; the agreement was made before
// and is not this sentence's act. "Reached a ceasefire", "the ceasefire
// was signed" and "a truce that will hold" keep theirs (the verb is not
// the noun's own in the present or past of its lasting).

// accordNouns are the nouns of a standing accord read here.
var accordNouns = map[string]bool{
	"ceasefire": true, "cease-fire": true, "truce": true, "treaty": true, "pact": true,
	"armistice": true, "ceasefires": true, "truces": true, "treaties": true,
}

// accordLives are the verbs, after the accord's noun phrase, of its lasting.
var accordLives = map[string]bool{
	"enters": true, "entered": true, "held": true, "holds": true, "holding": true,
	"survived": true, "survives": true, "collapsed": true, "collapses": true,
}

// accordUses are the words before the accord's noun of its breach or its
// use: what is broken or invoked stands already.
var accordUses = map[string]bool{
	"violations": true, "violation": true, "breach": true, "breaches": true,
	"invoked": true, "invokes": true, "invoking": true, "invoke": true,
	"cited": true, "cites": true, "citing": true,
}

// standingAccord reports an AGREE noun cue naming a truce or treaty in
// force: a verb of its lasting follows it in its clause within eight words
// ("the truce between A and B enters its second week"), or a word of its
// breach or use stands within four words before it ("violations of the
// ceasefire", "invoked its defence treaty").
func standingAccord(toks []token, cl clause, m match) bool {
	if m.cue.Type != "AGREE" || !m.noun || m.end-m.start != 1 || !accordNouns[toks[m.start].lower] {
		return false // "signed a ceasefire ... that held": the signing is told
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-4; i-- {
		if accordUses[toks[i].lower] {
			return true
		}
	}
	if newAccordBefore(toks, cl, m.start) {
		return false // "signed a ceasefire on Monday that held": a new accord
	}
	for i := m.end; i < cl.end && i < m.end+8; i++ {
		w := toks[i].lower
		if toks[i].punct || w == "that" {
			return false
		}
		if accordLives[w] {
			return true
		}
	}
	return false
}

// newAccordBefore reports "a" or "an" within three words before token at
// in its clause: an accord named for the first time is a new one.
func newAccordBefore(toks []token, cl clause, at int) bool {
	for i := at - 1; i >= cl.start && i >= at-3; i-- {
		if w := toks[i].lower; w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// A secret accord suspected is no accord made (twenty-fifth pass, stop
// 43). "Opposition leaders suspected a secret deal between Nepal and
// India", "there were rumours of a secret agreement between Moscow and
// Minsk": the sentence tells a suspicion, and nobody says the two sides
// agreed. An AGREE noun cue after "secret" with a word of suspicion or
// rumour within four words before "secret" is dropped; "the two sides
// signed a secret deal" keeps its accord.

// suspicionWords tell a thing suspected, rumoured or alleged.
var suspicionWords = map[string]bool{
	"suspected": true, "suspect": true, "suspects": true, "suspicion": true, "suspicions": true,
	"rumours": true, "rumors": true, "rumour": true, "rumor": true, "rumoured": true, "rumored": true,
	"speculation": true, "speculated": true, "alleged": true, "allegations": true, "allegedly": true,
}

// suspectedSecretAccord reports an AGREE noun cue after "secret" that a
// word of suspicion stands before.
func suspectedSecretAccord(toks []token, cl clause, m match) bool {
	if m.cue.Type != "AGREE" || !m.noun || m.start < 1 || toks[m.start-1].lower != "secret" {
		return false
	}
	for i := m.start - 2; i >= cl.start && i >= m.start-6; i-- {
		if suspicionWords[toks[i].lower] {
			return true
		}
	}
	return false
}
