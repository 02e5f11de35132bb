package coder

import "strings"

// Rules of the twenty-eighth pass (stop 46) on coercion: a person put out
// of a country.
//
// English tells a deportation as it tells an expulsion: the person is
// "deported from" the country that puts him out ("Afghan refugees were
// deported from Iran", "the Kenyan activist has been deported from
// Tanzania"), so the place after "from" names the state that deports, as
// "were expelled from the UK" already did. A participle of putting out
// followed at once by "from" is passive even without its "was", since
// the active verb needs its object first: "Afghans deported from Iran
// arrive in Herat" is a headline's reduced passive, where "Ghana deported
// two Nigerians from the country" is active.

// putOutVerb reports a cue word of deporting or expelling: "deported",
// "expelled", "deportation".
func putOutVerb(w string) bool {
	return strings.HasPrefix(w, "expel") || strings.HasPrefix(w, "deport")
}

// putOutFromReduced reports a participle of putting out right before
// "from", with no "was" before it: "Afghans deported from Iran".
func putOutFromReduced(toks []token, m match) bool {
	if m.noun || m.start < 1 || m.end != m.start+1 || m.end >= len(toks) || toks[m.end].lower != "from" {
		return false
	}
	switch toks[m.start].lower {
	case "deported", "expelled":
	default:
		return false
	}
	prev := toks[m.start-1]
	// "who deported from ..." or "they expelled from ..." would be a
	// subject's own verb; a noun before it is the reduced passive.
	return !prev.punct && !subjectPronouns[prev.lower] && !articles[prev.lower] && prev.lower != "who" && prev.lower != "that"
}

// A state that "retaliated by" arresting, deporting or seizing answered
// with that act and struck no blow: "Russia retaliated by deporting an
// Azerbaijani community leader", "Beijing retaliated against the arrest
// by detaining a former Canadian diplomat". The gerund after "by" tells
// what the retaliation was and is coded by its own cue, with its object
// as the side held; the force line "retaliate+ ~3 against|on|with|by"
// is then no event. Stop 45 wrote the same for measures as cue lines
// (retaliated by banning, by expelling); a cue line here would swallow
// the gerund and lose the person held. "Retaliated by firing rockets"
// stays an attack.

// holdingGerunds are the gerunds of holding, putting out and seizing.
var holdingGerunds = map[string]bool{
	"arresting": true, "detaining": true, "deporting": true, "jailing": true, "imprisoning": true,
	"seizing": true, "impounding": true, "capturing": true, "confiscating": true, "raiding": true,
}

// retaliatedByHolding reports a force cue of retaliation whose "by",
// within four words of the cue's end, opens a gerund of holding.
func retaliatedByHolding(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" || !strings.HasPrefix(toks[m.start].lower, "retaliat") {
		return false
	}
	for k := m.end - 1; k+1 < len(toks) && k < m.end+4; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].lower == "by" {
			return holdingGerunds[toks[k+1].lower]
		}
	}
	return false
}

// The court that sentences and the prison that holds are the state's:
// "was sentenced by a Russian court to ten years", "has been sentenced to
// ten years in a Russian prison". In a passive of holding the country
// adjective of such a court or prison names the state that holds, not a
// second side held, as the agent after "by" does ("by Russia").

// jailerPhrase reports a country adjective at i after the cue m, led by
// "in" or "by" (and an article), before a court or a place of captivity:
// "in a Russian prison", "by an Iranian court".
func jailerPhrase(toks []token, m match, i int) bool {
	if i < m.end || i < 1 {
		return false
	}
	k := i - 1
	if articles[toks[k].lower] && k > 0 {
		k--
	}
	lead := toks[k].lower
	if lead != "in" && lead != "by" {
		return false
	}
	j := i
	for j < len(toks) && j < i+3 && !toks[j].punct && !isLowerWord(toks[j].text) {
		j++
	}
	if j == i || j >= len(toks) {
		return false
	}
	w := toks[j].lower
	return courtWords[w] || lead == "in" && captivityNouns[w]
}

// A headline of a detention often ends with its teller after a comma:
// "Canadian detained in China, foreign ministry says", "Briton jailed in
// Iran, family says". The "says" closes an attribution, not a main verb
// after a reduced relative ("US pastor detained in Turkey may soon be
// released"), so the participle is still the headline's dropped passive.

// tellerTail reports the token k as a comma that opens a closing
// attribution: two to five words after it, the last a verb of saying.
func tellerTail(toks []token, k int) bool {
	if k >= len(toks) || toks[k].text != "," {
		return false
	}
	n := len(toks) - k - 1
	if n < 2 || n > 5 {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].punct {
			return false
		}
	}
	switch toks[len(toks)-1].lower {
	case "says", "said", "say", "reports", "report", "confirms":
		return true
	}
	return false
}

// A passive's auxiliary carries over "and" to a second participle: "has
// been found guilty of espionage and jailed for six years in Cambodia",
// "was arrested and deported from Tanzania", "were detained and later
// expelled from Iran". The second participle is passive too, so the one
// named before it is held, not the holder; and a place after "from" that
// follows a verb of putting out names the state that puts out, whichever
// verb of the pair the clause is coded by. coordinatedPassive
// (passive46.go) reads the chain.

// putOutFrom reports the clause's cue as one of putting out, or the word
// before the "from" that leads the mention at i ("deported from
// Tanzania", "from the UK") as a participle of putting out.
func putOutFrom(toks []token, m match, i int) bool {
	if putOutVerb(toks[m.start].lower) {
		return true
	}
	f := i - 1
	if f >= 0 && toks[f].lower == "the" {
		f--
	}
	return f >= 1 && f < len(toks) && toks[f].lower == "from" && (toks[f-1].lower == "deported" || toks[f-1].lower == "expelled")
}

// Spies and intelligence officers a state expels are told as its
// diplomats are: they serve under an embassy's cover, and the expulsion
// is the same measure against their state ("The Netherlands expelled four
// Russian intelligence officers", "Two Russian spies were expelled from
// Estonia"). Stop 33's line "expel+ ~3 agents" read the active verb with
// agents; this reads spies and intelligence officers, active and passive.

// spyNouns name the people of a foreign service.
var spyNouns = map[string]bool{"spies": true, "spy": true, "agents": true}

// expelledSpies reports an expulsion cue whose people, within six words
// before a passive or five after the active verb, are spies or
// intelligence officers.
func expelledSpies(toks []token, cl clause, m match) bool {
	if m.cue.Type != "COERCE" || !strings.HasPrefix(toks[m.start].lower, "expel") {
		return false
	}
	spies := func(i int) bool {
		w := toks[i].lower
		return spyNouns[w] || i > 0 && toks[i-1].lower == "intelligence" && (w == "officers" || w == "officials" || w == "operatives")
	}
	if isPassive(toks, m) {
		for i := m.start - 1; i >= cl.start && i >= m.start-6; i-- {
			if spies(i) {
				return true
			}
		}
		return false
	}
	for i := m.end; i < cl.end && i < len(toks) && i < m.end+5; i++ {
		if toks[i].punct {
			return false
		}
		if spies(i) {
			return true
		}
	}
	return false
}
