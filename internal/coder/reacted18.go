package coder

import (
	"slices"

	"storyline/internal/event"
)

// A reaction names the act it answers: "China condemned Japan's decision
// to expel its diplomats", "Iran denounced the US sanctions on its oil
// ministry", "Poland condemned a Russian drone incursion", "slammed Russia
// for its seizure of three Ukrainian ships", "rejected the US demand that
// ...". A clause codes one act, the reaction; a reader learns the other
// act from the same words: the one the reaction is aimed at did it, to the
// one who reacts. The act's own phrase must say who did it (a possessive,
// a country's adjective, "by X", or "its" after "for X") and, when it
// names whom it fell on ("on/against Y"), that must be the one reacting;
// a third country leaves the act alone. The act is coded apart with the
// reaction's status and day: news tells a reaction the day the act is
// reported or the day after, and the act noun itself rarely carries a day.

// reactionTypes are the types a reaction verb codes.
var reactionTypes = map[string]bool{"ACCUSE": true, "REJECT": true, "PROTEST": true}

// decisionHeads name a decided act told by the infinitive after them.
var decisionHeads = map[string]bool{"decision": true, "decisions": true, "move": true, "moves": true}

// reactedAct returns the act a reaction names by its noun, or nil. main is
// the reaction coded from m.
func (c *articleCoder) reactedAct(toks []token, cl clause, m match, matches []match, spans []span, main *report) *report {
	if main == nil || main.parties < 2 || !reactionTypes[main.ev.Type] || m.noun || m.cue.flags.speech || !twoCountries(main.ev.Actors) {
		return nil
	}
	reactor, accused := roleCountry(main.ev.Actors, event.RoleSource), roleCountry(main.ev.Actors, event.RoleTarget)
	if reactor == "" || accused == "" || reactor == accused {
		return nil
	}
	for _, n := range append(matches, reactedNouns(toks, cl, m)...) {
		if n.start <= m.end || n.start >= cl.end || n.start > m.end+10 || n.cue.Type == "" || n.cue.Type == main.ev.Type {
			continue
		}
		if f := n.cue.flags; f.speech || f.intent || f.stance || f.none || f.weak || f.group {
			continue
		}
		if !materialActs[n.cue.Type] {
			continue // a demand or a threat named is dated by its own telling
		}
		if actNegated(toks, n) {
			continue // "a decision not to extradite": a refusal, not the act
		}
		head := n.start
		if h := decidedVerbHead(toks, n, m); h >= 0 {
			head = h // "Japan's decision to expel"
		}
		if !doneBy(toks, head, n, m, spans, accused) || !fellOn(toks, n, cl, spans, reactor, accused) {
			continue
		}
		r := sharedAct(main, n.cue.Type, n.cue.Mode, main.ev.Status, true)
		for k := range r.ev.Actors {
			switch a := r.ev.Actors[k]; {
			case a.Country != nil && *a.Country == accused:
				r.ev.Actors[k].Role = event.RoleSource
			case a.Country != nil && *a.Country == reactor:
				r.ev.Actors[k].Role = event.RoleTarget
			}
		}
		return r
	}
	return nil
}

// reactedNounTypes are act nouns a reaction names whose cue the lexicon
// gives only in other words: an attack and a seizure.
var reactedNounTypes = map[string]string{
	"seizure": "COERCE", "seizures": "COERCE",
}

// reactedNouns returns a match for each act noun of cl after m that only
// reactedAct reads: attack nouns ("a Russian drone incursion") and the
// nouns of reactedNounTypes.
func reactedNouns(toks []token, cl clause, m match) []match {
	var out []match
	for i := m.end; i < cl.end; i++ {
		typ := reactedNounTypes[toks[i].lower]
		if attackNouns[toks[i].lower] {
			typ = "ASSAULT"
		}
		if typ != "" {
			out = append(out, match{cue: &cue{Type: typ, text: toks[i].lower}, start: i, end: i + 1, head: i, noun: true})
		}
	}
	return out
}

// roleCountry returns the country of the first actor in role, or "".
func roleCountry(acts []event.Actor, role event.Role) string {
	i := slices.IndexFunc(acts, func(a event.Actor) bool { return a.Role == role && a.Country != nil && *a.Country != "" })
	if i < 0 {
		return ""
	}
	return *acts[i].Country
}

// decidedVerbHead returns the decision noun an act verb n is the
// infinitive of ("Japan's decision to expel"), or -1.
func decidedVerbHead(toks []token, n, m match) int {
	if n.start-2 < m.end || toks[n.start-1].lower != "to" || !decisionHeads[toks[n.start-2].lower] {
		return -1
	}
	return n.start - 2
}

// actNounBreaks end the modifiers before an act noun: a possessive
// pronoun, a preposition, a conjunction, a verb of being. "accused Russia
// of opening fire" is a charge (the reaction's own act), and "a proposal
// by Trump to send troops" an act only proposed.
var actNounBreaks = map[string]bool{
	"its": true, "their": true, "of": true, "for": true, "to": true, "by": true, "with": true, "in": true,
	"on": true, "at": true, "from": true, "that": true, "and": true, "or": true, "but": true, "as": true,
	"which": true, "who": true, "over": true, "against": true, "into": true, "about": true, "after": true,
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "not": true, "nor": true,
}

// doneBy reports an act noun at head whose own phrase names country as
// its doer: a possessive or an adjective before it, past at most three
// modifiers ("Japan's decision", "a Russian drone incursion"), "its" or
// "their" after "for" ("slammed Russia for its seizure"), or "by" right
// after it ("a decision by the United States").
func doneBy(toks []token, head int, n, m match, spans []span, country string) bool {
	i := head - 1
	for k := 0; k < 3 && i > m.end && isLowerWord(toks[i].text) && !determiners[toks[i].lower] && !toks[i].punct && !actNounBreaks[toks[i].lower]; k++ {
		i--
	}
	if i <= m.end-1 {
		return false
	}
	if (toks[i].lower == "its" || toks[i].lower == "their") && i-1 >= m.end && toks[i-1].lower == "for" {
		return true // "slammed Russia for its seizure"
	}
	if i == head-1 && toks[i].lower == "for" && forAccused(toks, i, m, spans, country) {
		return true // "hit back at the United States for doubling the tariff"
	}
	end := i + 1
	if toks[i].lower == "'s" {
		end = i
	}
	for _, sp := range spans {
		if sp.end == end && sp.start >= m.end && sp.m.Country == country {
			return true
		}
	}
	if n.end+1 < len(toks) && toks[n.end].lower == "by" {
		for _, sp := range spans {
			if sp.start > n.end && sp.start <= n.end+2 && sp.m.Country == country {
				return true
			}
		}
	}
	return false
}

// fellOn reports an act noun n whose next few words name no country
// but the two of the reaction: "India's air strikes on Pakistan", not
// "Russia's seizure of three Ukrainian ships" in a reaction from a third.
func fellOn(toks []token, n match, cl clause, spans []span, reactor, accused string) bool {
	for _, sp := range spans {
		if sp.start >= n.end && sp.start < cl.end && sp.start <= n.end+5 && sp.m.Country != "" && sp.m.Country != reactor && sp.m.Country != accused {
			return false
		}
	}
	return true
}

// forAccused reports "for" at i right after the accused country's name,
// itself right after the reaction: "hit back at the United States for".
func forAccused(toks []token, i int, m match, spans []span, country string) bool {
	for _, sp := range spans {
		if sp.end == i && sp.start <= m.end+2 && sp.m.Country == country {
			return true
		}
	}
	return false
}

// actNegated reports "not" or "never" just before an act's words.
func actNegated(toks []token, n match) bool {
	for i := n.start - 1; i >= 0 && i >= n.start-2; i-- {
		if toks[i].lower == "not" || toks[i].lower == "never" {
			return true
		}
	}
	return false
}

// materialActs are the acts a reaction names that are done, not said.
var materialActs = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "REJECT": true, "MOBILIZE": true, "RETREAT": true, "AID": true, "CONCEDE": true}
