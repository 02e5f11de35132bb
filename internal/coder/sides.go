package coder

import (
	"strings"

	"storyline/internal/event"
)

// Rules that find the side a clause leaves unnamed, from how news English
// tells who acts when it does not say so: a crowd is of the place it
// gathers in, an arrest is made by the country it is made in, and a
// condemnation of "the attack" is aimed at whoever the story says attacked.

// crowdNouns are unnamed crowds acting: "protesters stormed the embassy".
var crowdNouns = map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "mourners": true, "crowd": true,
	"crowds": true, "supporters": true, "rioters": true, "mob": true, "mobs": true, "students": true,
}

// crowdSubject reports a crowd as the subject of the clause, before its cue.
func crowdSubject(toks []token, cl clause, m match) bool {
	for i := cl.start; i < m.start; i++ {
		if crowdNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

// crowdAct makes a crowd's storming or attack of a building a protest: in
// PLOVER, force by an unarmed crowd against a mission is a protest.
func crowdAct(toks []token, cl clause, m match, typ string) string {
	if typ == "ASSAULT" && crowdSubject(toks, cl, m) && !ownDoerBefore(toks, m) {
		return "PROTEST"
	}
	return typ
}

// expelledEnvoys reports "23 Russian diplomats will be expelled": a
// government's envoys sent home is a sanction, as "expelled 23 diplomats"
// is.
func expelledEnvoys(toks []token, cl clause, m match) bool {
	// "were expelled", or "have been asked to leave India"
	expelled := m.cue.Type == "COERCE" && isPassive(toks, m) && strings.HasPrefix(toks[m.start].lower, "expel")
	if !expelled && !toldToLeave(toks, m) {
		return false
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-6; i-- {
		if envoyNouns[toks[i].lower] {
			return true
		}
	}
	return envoysChargedBefore(toks, cl, m) // "Two Russian diplomats suspected of spying by Latvian prosecutors will be expelled" (expelspeaker51.go)
}

// toldToLeave reports a passive "asked", "told" or "ordered" followed by
// "to leave": "diplomats have been asked to leave India".
func toldToLeave(toks []token, m match) bool {
	w := toks[m.start].lower
	if !(strings.HasPrefix(w, "ask") || w == "told" || strings.HasPrefix(w, "order")) || !isPassive(toks, m) && !headlineToldToLeave(toks, m) {
		return false
	}
	return m.end+1 < len(toks) && toks[m.end].lower == "to" && toks[m.end+1].lower == "leave"
}

// envoyNouns are the people a government sends to another.
var envoyNouns = map[string]bool{
	"diplomat": true, "diplomats": true, "ambassador": true, "ambassadors": true, "envoy": true, "envoys": true,
	// the consul too (twenty-second pass): "two consuls were expelled"; not
	// "commissioner", for a police commissioner is expelled from a party
	"consul": true, "consuls": true,
}

// localActs are the types whose unnamed actor is of the place the act is
// done in: a crowd protests where it lives, the police of a country arrest
// in it.
var localActs = map[string]bool{"PROTEST": true, "COERCE": true}

// sideFromPlace adds the country of the venue as the acting side of a
// protest or an arrest that names only the side acted upon: "protesters
// stormed the US embassy in Baghdad" (Iraq protests), "a Canadian was
// detained in Beijing" (China detains).
func (c *articleCoder) sideFromPlace(typ string, parties []*party, loc *event.Location) []*party {
	if !localActs[typ] || loc == nil || loc.Country == nil || *loc.Country == "" || len(parties) == 0 {
		return parties
	}
	place := *loc.Country
	for _, p := range parties {
		if p.role == event.RoleSource || p.country == place {
			return parties
		}
	}
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleSource})
}

// targetFromPlace makes the country an attack lands in (or troops leave)
// its target when the clause names an attacker and no one attacked:
// "strikes on camps in Pakistan", "an airstrike in Doha", "a withdrawal of
// US troops in Syria". An act inside the actor's own country gets no target
// this way.
func (c *articleCoder) targetFromPlace(typ string, parties []*party, loc *event.Location) []*party {
	if typ != "ASSAULT" && typ != "RETREAT" {
		return parties
	}
	return c.placeAsTarget(parties, loc)
}

// placeAsTarget adds the country of the event's place as its target when
// the parties name who acts and no state acted upon, and none of them is
// of that country. A group the tables place in no country ("Islamic State
// targets in Libya") is struck on the territory of the state it is in.
func (c *articleCoder) placeAsTarget(parties []*party, loc *event.Location) []*party {
	if loc == nil || loc.Country == nil || *loc.Country == "" {
		return parties
	}
	place := *loc.Country
	hasSource := false
	for _, p := range parties {
		if p.role == event.RoleTarget && p.country != "" || p.country == place {
			return parties
		}
		hasSource = hasSource || p.role == event.RoleSource
	}
	if !hasSource {
		return parties
	}
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleTarget})
}

// attackNouns name an attack told before: "condemned the attack". A
// cyberattack is one (stop 35): "the campaign of cyberattacks against
// Georgia is unacceptable" names the victim, not the one charged.
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"assault": true, "bombing": true, "bombings": true, "raid": true, "raids": true, "aggression": true,
	"incursion": true, "shelling": true, "downing": true,
	"cyberattack": true, "cyberattacks": true, "cyber-attack": true, "cyber-attacks": true,
}

// responses are the types of a reaction to an attack: condemning it,
// threatening to answer it, asking for it to stop.
var responses = map[string]bool{"ACCUSE": true, "THREATEN": true, "REJECT": true, "REQUEST": true}

// answerAttacks gives a reaction that names no target ("Qatar condemned the
// attack", "Pakistan vowed to respond") the attacker of the attack the
// story is about (storyAttacker). The attacker must be a country other
// than the one reacting.
func (c *articleCoder) answerAttacks(reports []*report, toks [][]token) {
	for _, r := range reports {
		if !responses[r.ev.Type] || r.parties != 1 {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" {
			continue
		}
		attacker := ""
		if r.ev.Type == "ACCUSE" && (judgesDecision(toks[r.sentIdx]) || decisionJudged(toks[r.sentIdx])) ||
			r.ev.Type == "THREATEN" && answersDecision(toks[r.sentIdx]) {
			attacker = storyOffender(reports, self) // "China condemned the move" (reactions7.go)
		}
		if attacker == "" && !mentionsAttack(toks[r.sentIdx]) && r.ev.Type != "THREATEN" && !(r.ev.Type == "ACCUSE" && namesAnAct(toks[r.sentIdx])) {
			continue
		}
		if attacker == "" {
			attacker = storyAttacker(reports, self)
		}
		if attacker == "" {
			continue
		}
		code := attacker
		r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
		r.parties++
	}
}

// actWords stand for an act told before when a verb of judging takes
// them: "called it a stab in the back", "denounced the incident".
var actWords = map[string]bool{
	"it": true, "incident": true, "downing": true, "shooting": true, "killing": true, "killings": true, "act": true,
}

// judging verbs name an act and say what it was.
var judging = map[string]bool{
	"called": true, "calls": true, "branded": true, "brands": true, "labelled": true, "labeled": true, "described": true,
	"describes": true, "denounced": true, "denounces": true, "condemned": true, "condemns": true,
}

// namesAnAct reports a verb of judging whose object stands for an act told
// before ("Putin calls it 'a stab in the back'", "condemned the downing of
// the jet"): the charge is aimed at whoever did it.
func namesAnAct(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if !judging[toks[i].lower] {
			continue
		}
		next := toks[i+1].lower
		if next == "the" && i+2 < len(toks) {
			next = toks[i+2].lower
		}
		if actWords[next] {
			return true
		}
	}
	return false
}

// afterAttackNoun reports a token that follows an attack noun after the
// cue: in "condemned the attack on buildings housing Hamas members" what
// follows "attack" tells who was hit.
func afterAttackNoun(toks []token, m match, at int) bool {
	if at > 0 && toks[at-1].lower == "by" {
		return false // "condemned the strikes by India": the attacker
	}
	for i := m.end; i < at && i < len(toks); i++ {
		if attackNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

// victimPhrase reports a mention that names whose sovereignty, territory
// or airspace was violated ("a violation of the sovereignty of Qatar",
// "Qatar's sovereignty"): the victim of the act an accusation is about, not
// the accused.
func victimPhrase(toks []token, sp span) bool {
	if sp.end+1 < len(toks) && toks[sp.end].lower == "'s" {
		if victimNouns[toks[sp.end+1].lower] || sp.end+2 < len(toks) && victimNouns[toks[sp.end+2].lower] {
			return true // "Qatar's (national) sovereignty"
		}
	}
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	return i >= 1 && toks[i].lower == "of" && victimNouns[toks[i-1].lower]
}

var victimNouns = map[string]bool{"sovereignty": true, "territory": true, "airspace": true, "soil": true, "integrity": true}

// mentionsAttack reports an attack noun in a sentence.
func mentionsAttack(toks []token) bool {
	for _, t := range toks {
		if attackNouns[t.lower] {
			return true
		}
	}
	return false
}

// attackerOf is the source country of an attack report, unless it is self.
func attackerOf(r *report, self string) string {
	if r.ev.Type != "ASSAULT" {
		return ""
	}
	for _, a := range r.ev.Actors {
		if a.Role == event.RoleSource && a.Country != nil && *a.Country != "" && *a.Country != self {
			return *a.Country
		}
	}
	return ""
}

// onlyCountry is the one country of the actors, or "".
func onlyCountry(as []event.Actor) string {
	c := ""
	for _, a := range as {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		if c != "" && c != *a.Country {
			return ""
		}
		c = *a.Country
	}
	return c
}

// conflictWords name a war or its end; a country named as where it is
// fought is what an event is about, not a side of it.
var conflictWords = map[string]bool{
	"war": true, "conflict": true, "crisis": true, "invasion": true, "ceasefire": true, "truce": true,
	"peace": true, "fighting": true, "aggression": true, "occupation": true, "war's": true,
	"situation": true, "issue": true, "question": true, "unrest": true, "turmoil": true, // "the Hong Kong situation": a topic
}

// conflictTopic reports a country named as the place or victim of a war in
// a clause coded for something else: "discussed the war in Ukraine", "the
// Ukraine conflict", "Russia's invasion of Ukraine". An attack's own cue
// ("invaded Ukraine") is never a topic.
func conflictTopic(toks []token, sp span, m match, typ string) bool {
	if typ == "ASSAULT" || sp.start >= m.start && sp.start < m.end {
		return false
	}
	// "the Ukraine war", "Russia's war": the country before the word.
	k := sp.end
	if k < len(toks) && toks[k].lower == "'s" {
		k++
	}
	if k < len(toks) && conflictWords[toks[k].lower] && (k < m.start || k >= m.end) {
		// "condemned the Russian invasion": the doer of the act condemned
		// is the one charged, not the war's place (accuse22.go).
		return !authoredPlan(toks, sp, k) && !condemnedDoer(toks, k) && !condemnedBlowDoer(toks, k)
	}
	// "the war in Ukraine", "invasion of Ukraine", "peace for Ukraine".
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i >= 1 {
		switch toks[i].lower {
		case "in", "of", "on", "over", "for", "against", "with":
			return conflictWords[toks[i-1].lower] && (i-1 < m.start || i-1 >= m.end) && !(typ == "THREATEN" && warBegun(toks, i-1)) // "threatened to declare war on Greece" (warwaged47.go)
		}
	}
	return false
}

// backedBy reports a country that only backs the actor named after it:
// "Iran-backed militias" are not Iran, nor are "Russian-supported rebels".
func backedBy(toks []token, sp span) bool {
	if sp.end <= sp.start || sp.end > len(toks) {
		return false // a subject taken over from the clause before
	}
	w := toks[sp.end-1].lower
	if sp.end < len(toks) && toks[sp.end].lower == "-" && sp.end+1 < len(toks) {
		w = "-" + toks[sp.end+1].lower
	}
	for _, suffix := range []string{"-backed", "-supported", "-sponsored", "-funded", "-aligned", "-allied"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return sidesWith(toks, sp)
}

// targetVerbs open a participle tail that names what an attack hit.
var targetVerbs = map[string]bool{"targeting": true, "targetting": true, "hitting": true, "striking": true, "destroying": true, "sinking": true}

// targetTail returns the end of a participle tail after an attack's clause
// that names what the attack hit ("conducted a strike on a vessel,
// targeting members of a Venezuelan gang"), or cl.end when none follows.
func targetTail(toks []token, cl clause, typ string) int {
	if k := includingTail(toks, cl); k > cl.end {
		return k
	}
	if typ != "ASSAULT" {
		return cl.end
	}
	i := cl.end
	if i < len(toks) && toks[i].lower == "," {
		i++
	}
	if i >= len(toks) || !targetVerbs[toks[i].lower] {
		return cl.end
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].punct && toks[j].lower != "'" && toks[j].lower != "’" && toks[j].lower != "-" {
			return j
		}
	}
	return len(toks)
}

// groupNouns name several parties at once; a list after them says who.
var groupNouns = map[string]bool{"leaders": true, "officials": true, "ministers": true, "countries": true,
	"nations": true, "governments": true, "counterparts": true, "heads": true, "presidents": true, "delegations": true}

// includingTail returns the end of a list that names the members of a
// group the clause ends on ("held talks with several leaders, including
// Indian Prime Minister Narendra Modi and ..."), or cl.end when none
// follows. The list runs to a semicolon, dash or the sentence's end.
func includingTail(toks []token, cl clause) int {
	i := cl.end
	if i < len(toks) && toks[i].lower == "," {
		i++
	}
	if i >= len(toks) || toks[i].lower != "including" || i-1 < cl.start {
		return cl.end
	}
	last := cl.end - 1
	if toks[last].punct && last > cl.start {
		last--
	}
	if !groupNouns[toks[last].lower] {
		return cl.end
	}
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].lower {
		case ";", "—", "–", ".", "(":
			return j
		}
	}
	return len(toks)
}
