package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Espionage news tells the charge against a state through the person
// caught working for it: "a retired Dutch navy officer is suspected of
// spying for Iran", "police arrested two men on suspicion of passing
// secrets to Belarus", "a former official is under investigation for
// working with Chinese intelligence". The sentence names the state spied
// for after "for", "to" or "with" (or as the adjective of its
// intelligence service), and the state that suspects by its officer's
// adjective, its police, its ministry or its leader: whoever holds or
// investigates the spy charges the state the spy served. The gold of the
// corpus codes such a suspicion as an ACCUSE between the two states, and
// an arrest of one's own officer on such a charge as that charge, not as
// coercion of the state spied for.
//
// A foreigner held as a spy for their own country ("sentenced a British
// academic for spying for Britain") is a coercion of that country, as
// the held-person rules read it: the rule stays off when the state spied
// for is named before the charge as the demonym of the person held ("a
// French national", "a Chinese businessman"). A denial or an acquittal ("denied
// spying for", "acquitted of spying for") charges nobody.

// spyChargeCue stands for the charge a suspicion of spying tells.
var spyChargeCue = &cue{Type: "ACCUSE", text: "(suspected of spying for)"}

// spyChargeWords put a person under a charge or an inquiry.
var spyChargeWords = map[string]bool{
	"suspected": true, "suspect": true, "suspects": true, "suspicion": true, "suspicions": true,
	"accused": true, "accusations": true, "accusation": true, "charged": true, "charges": true,
	"investigated": true, "investigation": true, "investigating": true, "probe": true, "probed": true,
	"arrested": true, "arrest": true, "detained": true, "detention": true, "held": true,
	"convicted": true, "jailed": true, "sentenced": true, "indicted": true, "allegedly": true, "alleged": true,
}

// spyDenials before the act spied undo the charge.
var spyDenials = map[string]bool{
	"denied": true, "denies": true, "deny": true, "denying": true, "acquitted": true, "cleared": true,
	"no": true, "not": true, "never": true, "rejected": true, "rejects": true, "dismissed": true,
}

// heldNationals are persons, besides the private ones of suspect50.go,
// whom news names by the state of their passport.
var heldNationals = map[string]bool{
	"academic": true, "journalist": true, "researcher": true, "professor": true, "scientist": true,
	"engineer": true, "pastor": true, "diplomat": true, "diplomats": true, "executive": true, "employee": true,
}

// heldNational reports a mention that names a person by the state of
// their passport: an unnamed person of that state ("a British academic",
// "a French national"), or the state's demonym before a person's noun.
func heldNational(toks []token, sp span) bool {
	if sp.m.Kind == actors.Person {
		return sp.m.Name == ""
	}
	return sp.end < len(toks) && (suspectNouns[toks[sp.end].lower] || heldNationals[toks[sp.end].lower])
}

// spyActWords tell spying before the "for" that names the state served.
var spyActWords = map[string]bool{
	"spying": true, "spied": true, "spy": true, "espionage": true, "intelligence": true, "secrets": true,
}

// leakWords tell what a spy hands "to" a state.
var leakWords = map[string]bool{
	"secrets": true, "classified": true, "documents": true, "information": true, "intelligence": true, "data": true,
}

// intelligenceNouns after a state's adjective name its spy service.
var intelligenceNouns = map[string]bool{
	"intelligence": true, "secret": true, "spy": true, "special": true,
}

// spiedFor returns the index of the span naming the state a spy served
// in the sentence, and the token of its spying phrase, or -1.
func spiedFor(toks []token, spans []span) (int, int) {
	for k, sp := range spans {
		if sp.m.Country == "" {
			continue
		}
		p := sp.start - 1
		for p >= 0 && (toks[p].lower == "the" || toks[p].lower == "a" || toks[p].lower == "an") {
			p--
		}
		if p < 0 {
			continue
		}
		service := sp.end < len(toks) && intelligenceNouns[toks[sp.end].lower]
		prep := toks[p].lower
		if (prep == "for" || prep == "with" || prep == "to") && service {
			return k, p // "working with a Dutch intelligence service", "passing data to Iranian intelligence"
		}
		if prep != "for" && prep != "to" {
			continue
		}
		for q := p - 1; q >= 0 && q >= p-6 && !toks[q].punct; q-- {
			if prep == "for" && spyActWords[toks[q].lower] || prep == "to" && leakWords[toks[q].lower] {
				return k, q // "spying for Iran", "collecting intelligence for Tehran", "passing classified documents to China"
			}
		}
	}
	return -1, -1
}

// spyCharges returns the charge a sentence tells as a suspicion, inquiry
// or arrest of someone spying for a state: the one other state the
// sentence names before the spying accuses the state spied for. A
// coercion the clause coded between the same two states, the state spied
// for taken as the one held, becomes that charge.
func (c *articleCoder) spyCharges(s nlp.Sentence, toks []token, spans []span, coded []*report) []*report {
	k, q := spiedFor(toks, spans)
	if k < 0 {
		return nil
	}
	x := spans[k].m.Country
	charge := -1
	for i := q - 1; i >= 0 && i >= q-14; i-- {
		if spyDenials[toks[i].lower] {
			return nil // "denied spying for Iran"
		}
		if spyChargeWords[toks[i].lower] {
			charge = i
			break
		}
	}
	if charge < 0 || deniedCharge(toks, charge) {
		return nil
	}
	src, xBefore := "", false
	for _, sp := range spans {
		if sp.start >= spans[k].start || sp.m.Country == "" {
			continue
		}
		if sp.m.Country == x {
			if heldNational(toks, sp) {
				return nil // "a British academic sentenced for spying for Britain": the state's own national held
			}
			xBefore = xBefore || sp.start < charge
			continue // "cancelled her trip to Moscow after an officer was detained on suspicion of spying for Moscow"
		}
		if src != "" && src != sp.m.Country {
			return nil
		}
		src = sp.m.Country
	}
	if src == "" {
		return nil
	}
	for _, r := range coded {
		if r.ev.Type == "ACCUSE" && hasCountry(r.ev.Actors, src) && hasCountry(r.ev.Actors, x) {
			return nil
		}
	}
	for _, r := range coded {
		if xBefore {
			break // "detained an employee of a Chinese firm on suspicion of spying for China": the hold on China's firm stays
		}
		if r.ev.Type == "COERCE" && len(r.ev.Actors) == 2 && hasCountry(r.ev.Actors, src) && hasCountry(r.ev.Actors, x) {
			r.ev.Type = "ACCUSE" // "arrested a former officer suspected of spying for Iran": the charge, not a hold on Iran
			setRoles(r, src, x)
			return nil
		}
	}
	return []*report{c.pairNounReport(s, toks, "ACCUSE", src, x, clause{start: 0, end: charge + 1}, match{cue: spyChargeCue, start: charge, end: charge + 1, head: charge, noun: true})}
}

// deniedCharge reports a denial or a negation a few words before the
// charge word at i, in its clause: "never suspected anyone of spying for
// China", "no one was charged with spying for Russia", "has not arrested
// anyone for passing secrets to Iran" tell that no charge was made.
func deniedCharge(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !toks[k].punct; k-- {
		if spyDenials[toks[k].lower] || toks[k].lower == "n't" || toks[k].lower == "nobody" {
			return true
		}
	}
	return false
}

// setRoles makes src the source and x the target of a report between the
// two.
func setRoles(r *report, src, x string) {
	for i, a := range r.ev.Actors {
		if a.Country == nil {
			continue
		}
		switch *a.Country {
		case src:
			r.ev.Actors[i].Role = event.RoleSource
		case x:
			r.ev.Actors[i].Role = event.RoleTarget
		}
	}
}

// hasSpyWord reports a word of spying in toks, so that a sentence with no
// cue is read for a charge of spying only when it may hold one.
func hasSpyWord(toks []token) bool {
	for _, t := range toks {
		if spyActWords[t.lower] || leakWords[t.lower] {
			return true
		}
	}
	return false
}
