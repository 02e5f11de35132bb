package coder

import (
	"strings"
	"unicode"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Rules of the thirty-second pass (stop 50) on summonses and name-calling.
//
// A summons told in the passive names the summoner by where the envoy was
// called to: "Chile's ambassador was summoned to the Argentine foreign
// ministry", "the Austrian envoy was called in to the Danish Ministry of
// Foreign Affairs on Friday". A ministry is its state's voice, so the
// state whose ministry the envoy was called to is the one who summons
// him; the agent after "by" was read already (summons17.go), and the
// ministry after "to" is the same role written as a place.

// summonerMinistry gives a passive summons that names only the envoy's
// side the state of the ministry he was called to, when the words after
// the verb only say where he went ("to the Greek foreign ministry", "on
// Monday to the Danish Ministry of Foreign Affairs"). A bare "Foreign
// Office", which the tables give to Britain when no country is written,
// names no state here: Pakistan and Germany call their ministries so too.
func (c *articleCoder) summonerMinistry(toks []token, m match, spans []span, parties []*party) []*party {
	if !bareSummons(toks, m) || !isPassive(toks, m) || len(parties) != 1 {
		return parties
	}
	for _, sp := range spans {
		if sp.start <= m.end || !calledToWord(toks, sp.start) {
			continue
		}
		at := sp.start - 1
		if toks[at].lower == "the" {
			at--
		}
		if !summonedTo(toks, m.end, at) {
			continue
		}
		mm := sp.m
		if mm.Kind != actors.Organisation || mm.Sector != "GOV" || mm.Country == "" || mm.Country == parties[0].country || bareForeignOffice(mm) {
			return parties
		}
		return append(parties, &party{key: mm.Country, country: mm.Country, role: event.RoleSource, name: c.countryName(mm.Country), at: sp.start})
	}
	return parties
}

// calledToWord reports "to" or "at" (an optional "the" between) right
// before token i: where a summoned envoy was called to.
func calledToWord(toks []token, i int) bool {
	if i > 0 && toks[i-1].lower == "the" {
		i--
	}
	return i > 0 && (toks[i-1].lower == "to" || toks[i-1].lower == "at")
}

// bareForeignOffice reports a "Foreign Office" written without its
// country, whose country the tables only guess.
func bareForeignOffice(mm actors.Mention) bool {
	t := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(mm.Text, "the "), "The "))
	return t == "foreign office"
}

// A summons told in the passive often names no summoner at all: "the
// Peruvian ambassador was summoned to the foreign ministry on Thursday".
// The news has named the summoning state already, in the title or the
// lead, and the reader takes it from the page as for a sanction
// (sides10.go): the country the page pairs with the envoy's.

// envoySummonedUnnamed reports a passive summons whose only side is the
// envoy called in, his state its target ("the Peruvian ambassador",
// "Nigeria's high commissioner", "Chile's chargé d'affaires"): a charge
// against his state by a state the sentence leaves to the page. The weak
// bare cue keeps it one-sided, for pageSides to complete.
func envoySummonedUnnamed(toks []token, m match, r *report) bool {
	return bareSummons(toks, m) && isPassive(toks, m) && summonedEnvoyBefore(toks, m) && targetOnly(r.ev)
}

// summonedEnvoyBefore reports an envoy's noun among the few words before
// a passive summons: the subject called in is a diplomat.
func summonedEnvoyBefore(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-8; i-- {
		w := toks[i].lower
		if envoyNouns[w] || w == "commissioner" || w == "chargé" || w == "charge" {
			return true
		}
		if toks[i].punct && w != "'" && w != "’" {
			return false
		}
	}
	return false
}

// targetOnly reports an event whose actors are one country's, all the
// target.
func targetOnly(e event.Event) bool {
	for _, a := range e.Actors {
		if a.Role != event.RoleTarget {
			return false
		}
	}
	return onlyCountry(e.Actors) != ""
}

// summonsOfEnvoy reports a charge coded from a summons whose summoner the
// sentence leaves unnamed: told in the passive (envoySummonedUnnamed), or
// by a speaker's "we" ("We have summoned the ambassador"): pageSides
// gives it the page's other side as the summoner.
func summonsOfEnvoy(e event.Event) bool {
	if e.Type != "ACCUSE" || !targetOnly(e) || len(e.Evidence) == 0 {
		return false
	}
	// Whole words: "noted", "notebook" and "recalled in" tell no summons.
	words := strings.FieldsFunc(strings.ToLower(e.Evidence[0].Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		switch {
		case w == "summoned", w == "note", w == "notes":
			return true
		case w == "called" && i+1 < len(words) && words[i+1] == "in":
			return true
		}
	}
	return false
}

// The summons has other words and shorter forms. British and
// Commonwealth usage "calls in" an envoy ("the Iranian chargé d'affaires
// was called in by the Dutch foreign ministry"), and a headline drops the
// auxiliary of the passive ("Nigerian envoy summoned over trade row").
// The bare "called in" is a charge only as the passive of an envoy:
// police, troops and experts are called in to do a job.

// callInCue reports the two-word cue "call in" in any form.
func callInCue(toks []token, m match) bool {
	return m.cue.Type == "ACCUSE" && m.end-m.start == 2 && strings.HasPrefix(toks[m.start].lower, "call") && toks[m.start+1].lower == "in"
}

// calledInNoEnvoy reports a bare "called in" that is no summons: used in
// the active ("called in the army"), or with no envoy before it ("police
// were called in").
func calledInNoEnvoy(toks []token, m match) bool {
	return callInCue(toks, m) && (!isPassive(toks, m) || !summonedEnvoyBefore(toks, m))
}

// summonedReduced reports a headline's passive summons without its
// auxiliary: "summoned" right after the envoy's noun, and no object after
// it ("Nigerian envoy summoned over trade row", "Chilean ambassador
// summoned to ministry").
func summonedReduced(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" || m.end-m.start != 1 || toks[m.start].lower != "summoned" || m.start == 0 {
		return false
	}
	w := toks[m.start-1].lower
	if !envoyNouns[w] && w != "commissioner" && w != "d'affaires" && w != "d’affaires" {
		return false
	}
	return m.end == len(toks) || reducedSummonsNext[toks[m.end].lower] || toks[m.end].punct
}

// reducedSummonsNext are the words that follow a participle, not a verb
// with its object: where, why, when and by whom the envoy was summoned.
var reducedSummonsNext = map[string]bool{
	"to": true, "over": true, "by": true, "in": true, "for": true, "after": true, "amid": true,
	"on": true, "following": true, "as": true, "again": true, "yesterday": true, "today": true,
}

// A protest note is handed to the envoy of the state it protests to:
// "Chile handed the Bolivian envoy a protest note", "the Belarusian chargé
// d'affaires was handed a protest note in Riga", "the ambassador was
// presented with a note of protest at the Finnish foreign ministry". The
// note is a noun cue, whose parties before it are read as its senders;
// the one it is handed to, the verb's first object or its passive
// subject, is the state protested to.

// noteHandVerbs give or receive a diplomatic note.
var noteHandVerbs = map[string]bool{
	"hand": true, "hands": true, "handed": true, "handing": true,
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"present": true, "presents": true, "presented": true, "presenting": true,
	"deliver": true, "delivers": true, "delivered": true, "delivering": true,
	"serve": true, "serves": true, "served": true, "serving": true,
}

// noteReceiveVerbs receive one: the subject is the one protested to.
var noteReceiveVerbs = map[string]bool{"receive": true, "receives": true, "received": true, "receiving": true}

// protestNoteCue reports the noun cues of the diplomatic note of protest.
func protestNoteCue(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" || !m.noun {
		return false
	}
	for i := m.start; i < m.end; i++ {
		switch toks[i].lower {
		case "note", "notes", "memorandum", "memorandums", "memoranda":
			return true
		}
	}
	return false
}

// noteVerbAt returns the verb that hands or receives a protest note, a
// few words before it with only the note's determiners and the receiver
// between, and whether its subject receives the note (a passive "was
// handed", or "received"); -1 when there is none.
func noteVerbAt(toks []token, m match) (int, bool) {
	if !protestNoteCue(toks, m) {
		return -1, false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-10; i-- {
		w := toks[i].lower
		if toks[i].punct && w != "'" && w != "’" {
			return -1, false
		}
		if noteReceiveVerbs[w] {
			return i, true
		}
		if !noteHandVerbs[w] {
			continue
		}
		if w == "given" || w == "handed" || w == "presented" || w == "delivered" || w == "served" {
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if passiveAux[toks[k].lower] {
					return i, true // "was handed", "has been given"
				}
			}
		}
		return i, false
	}
	return -1, false
}

// noteRecipients gives the party a protest note is handed to the target
// role: the passive subject or the subject of "received" (the parties
// before the verb), or the first object of an active "handed" (the parties
// between the verb and the note). The sender named after "by" or "from"
// keeps the source role it has.
func noteRecipients(toks []token, m match, parties []*party) {
	v, receives := noteVerbAt(toks, m)
	if v < 0 {
		return
	}
	for _, p := range parties {
		switch {
		case receives && p.at < v, !receives && p.at > v && p.at < m.start:
			p.role = event.RoleTarget
		}
	}
}

// noteSender gives a protest note handed to an envoy with no sender named
// the state of the ministry it was handed at, or of the place it was
// handed in: "was handed a protest note at the Paraguayan foreign
// ministry", "was handed a protest note in Riga". An envoy is handed the
// note by the government he is posted to, where it sits.
func (c *articleCoder) noteSender(toks []token, m match, spans []span, parties []*party, loc *event.Location) []*party {
	if v, _ := noteVerbAt(toks, m); v < 0 || len(parties) != 1 || parties[0].role != event.RoleTarget {
		return parties
	}
	host := ""
	if loc != nil && loc.Country != nil {
		host = *loc.Country
	}
	for _, sp := range spans {
		if host == "" && sp.start >= m.end && sp.start <= m.end+3 && calledToWord(toks, sp.start) && toks[sp.start-1].lower != "to" &&
			sp.m.Kind == actors.Organisation && sp.m.Sector == "GOV" && !bareForeignOffice(sp.m) {
			host = sp.m.Country
		}
	}
	if host == "" || host == parties[0].country {
		return parties
	}
	return append(parties, &party{key: host, country: host, role: event.RoleSource, name: c.countryName(host)})
}

// namedPeople reports a demonym that is its own plural, after "the", as
// the one a name-calling cue names: "described the Swiss as hypocrites",
// "called the Japanese liars". Adjectives in -ese, -ch, -sh and -ss name
// the people, and so the country, with the article alone ("the Russian"
// needs its noun; "the Russians" is read as a plural already). Only inside
// the cue, between its verb and the name given, is the noun sure: "the
// French Customs Office" is a body, "appealed to the French" an audience.
func namedPeople(toks []token, sp span, m match) bool {
	if m.noun || m.cue.Type != "ACCUSE" || sp.start <= m.start || sp.end >= m.end || sp.end != sp.start+1 || toks[sp.start-1].lower != "the" {
		return false
	}
	if next := toks[sp.end]; !next.punct && !functionWords[next.lower] {
		return false
	}
	w := toks[sp.start].lower
	for _, suf := range []string{"ese", "ch", "sh", "ss"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// activeSummonsHost gives an active summons whose summoner is written as a
// bare ministry ("the foreign ministry summoned Peru's ambassador to
// Chile", "the ministry also summoned the Peruvian ambassador in
// Santiago") the country the envoy is posted to as the summoner: an
// ambassador is called in by the government he is accredited to, as a
// passive summons with no agent is (hostSummons). Only when no party
// acts: "Bolivia summoned Peru's ambassador to Chile" keeps Bolivia.
func (c *articleCoder) activeSummonsHost(toks []token, m match, spans []span, parties []*party) []*party {
	if m.cue.Type != "ACCUSE" || m.noun || isPassive(toks, m) || !strings.HasPrefix(toks[m.start].lower, "summon") && !strings.HasPrefix(toks[m.start].lower, "call") {
		return parties
	}
	for _, p := range parties {
		if p.role == event.RoleSource || p.role == event.RoleParticipant {
			return parties
		}
	}
	for _, sp := range spans {
		if sp.start <= m.start || sp.start >= m.end+2 || !diplomatTitle(strings.ToLower(sp.m.Title)) {
			continue
		}
		host := c.postHost(toks, sp, spans)
		if host == "" || host == sp.m.Country {
			continue
		}
		return c.hostAsSource(parties, host, sp.start)
	}
	return parties
}
