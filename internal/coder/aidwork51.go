package coder

import (
	"strings"
	"unicode"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Thirty-third pass (stop 51, aid pledges and rescuers): help after a
// disaster is told by the work a state does where the disaster struck,
// not only by what it sends. "Slovenia will rebuild the clinics the
// floods destroyed in Bosnia", "Chilean rescue teams are digging through
// the rubble in Ecuador", "a Korean medical team left for Vanuatu": the
// state the builders or the team belong to gives, and the country the
// work is done in receives (cue lines in data/cues.tsv, stop-51 block).

// aidWorkVerbs tell rescuers or doctors at work on a disaster's site.
var aidWorkVerbs = map[string]bool{
	"work": true, "works": true, "working": true, "worked": true,
	"search": true, "searching": true, "searched": true,
	"comb": true, "combs": true, "combing": true, "combed": true,
	"dig": true, "digs": true, "digging": true, "dug": true,
	"scour": true, "scours": true, "scouring": true, "scoured": true,
	"sift": true, "sifts": true, "sifting": true, "sifted": true,
	"pull": true, "pulls": true, "pulling": true, "pulled": true,
}

// disasterWord reports a word that names a disaster, alone or as the
// first half of a compound ("quake-hit", "flood-stricken").
func disasterWord(w string) bool {
	if disasterWords[w] || disasterNouns[w] {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		return disasterWords[w[:i]]
	}
	return false
}

// aidHomes are what is built for the people a disaster struck.
var aidHomes = map[string]bool{
	"homes": true, "houses": true, "housing": true, "dwellings": true, "shelters": true, "schools": true,
}

// aidOnSite reports an AID cue told by the work done where a disaster
// struck: its words name the disaster ("rebuild the homes destroyed by
// the floods"), a verb of rescuers at work ("rescue teams are
// searching") or homes built for the people struck ("build 1,000 homes
// for the victims").
func aidOnSite(toks []token, m match) bool {
	if m.cue.Type != "AID" {
		return false
	}
	homes := false
	for i := m.start; i < m.end && i < len(toks); i++ {
		w := toks[i].lower
		if disasterWord(w) || i > m.start && aidWorkVerbs[w] || homes && (affectedNouns[w] || w == "homeless" || w == "displaced") {
			return true
		}
		homes = homes || aidHomes[w]
	}
	return false
}

// aidWorkPlace reports a country named as where aid work told on site is
// done: after "in" ("in Peru", "in the north of Peru" is not: a part) or
// "of" after a place noun ("in the quake-hit province of Van"), after the
// cue's first word, within fifteen words and no break between. It is the
// receiver, as the country aid arrives in is (aidReceiverPlace, aid20.go).
func aidWorkPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "AID" || sp.m.Country == "" || sp.start <= m.start || sp.start > m.end+15 || !aidOnSite(toks, m) {
		return false
	}
	for i := m.end; i < sp.start; i++ {
		if isBreakPunct(toks[i].lower) || toks[i].lower == "said" || toks[i].lower == "says" {
			return false
		}
	}
	switch wordBeforePlace(toks, sp.start, m.start) {
	case "in":
		return true
	case "of":
		return placeNounBefore(toks, sp.start, m.start)
	}
	return false
}

// departureNotAid reports a departure for a place ("left for", "departed
// for") whose traveller is no team or load of aid: such a departure is
// read only for the aid it carries (cues.tsv, stop-51 block), so that
// "the minister left for Brussels" stays as it was, nothing, and the
// clause's other cues are read as before (pickCue, sentence.go).
func departureNotAid(toks []token, cl clause, m match) bool {
	if m.cue.Mode != "visit" || m.noun || m.start >= len(toks) {
		return false
	}
	w := toks[m.start].lower
	if w != "left" && !strings.HasPrefix(w, "leav") && !strings.HasPrefix(w, "depart") {
		return false
	}
	return !aidArrival(toks, cl, m)
}

// A pledge or a team at work told with no receiver takes the stricken
// country from the page: "the president said his government would
// rebuild the clinics the earthquake destroyed", "rescue crews were
// digging by nightfall" on a page about one country's help to another. The page pairs the helper with the country struck
// (pageSides, sides10.go), as it pairs a sanctioning state with its
// target.

// aidOnSiteEvent reports an AID whose evidence tells work on a
// disaster's site, naming the disaster: homes built or rebuilt, rescuers
// or rescue teams at work.
func aidOnSiteEvent(e event.Event) bool {
	if e.Type != "AID" || len(e.Evidence) == 0 || e.Evidence[0].Headline {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(e.Evidence[0].Text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	disaster, work := false, false
	for _, w := range words {
		disaster = disaster || disasterWord(w)
		work = work || aidSiteWords[w]
	}
	return disaster && work
}

// aidSiteWords tell the work aid does on a disaster's site.
var aidSiteWords = map[string]bool{
	"build": true, "rebuild": true, "reconstruct": true, "rebuilding": true, "reconstruction": true,
	"rescue": true, "rescuers": true, "search-and-rescue": true,
}

// rescueAfterAttack reports rescuers at work (aidOnSite by a verb of work,
// not a disaster) in a clause that names an attack: "rescuers searched
// the rubble in Gaza after Israeli air strikes" tells the strike, and
// the rescuers are the struck side's own. The clause's other cue is read
// (pickCue, sentence.go).
func rescueAfterAttack(toks []token, cl clause, m match) bool {
	if m.cue.Type != "AID" || !aidOnSite(toks, m) {
		return false
	}
	work := false
	for i := m.start + 1; i < m.end && i < len(toks); i++ {
		work = work || aidWorkVerbs[toks[i].lower]
	}
	if !work {
		return false
	}
	for i := cl.start; i < cl.end && i < len(toks); i++ {
		if attackNouns[toks[i].lower] || toks[i].lower == "missile" || toks[i].lower == "missiles" || toks[i].lower == "shelled" || toks[i].lower == "bombed" {
			return true
		}
	}
	return false
}

// aidAtHome reports on-site aid whose evidence names a place of the
// helper's own country ("will rebuild the schools in Puebla" by Mexico),
// or the country itself as where the work is done ("rescue teams are
// digging through the rubble in Ecuador" by Ecuador, "in the Chinese
// province of Henan"): the state helps its own people, and the page's
// other side is no receiver.
func aidAtHome(body string, e event.Event, ms []actors.Mention, self string) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	ev := e.Evidence[0]
	for _, m := range ms {
		if m.Start < ev.Start || m.End > ev.End || m.Country != self {
			continue
		}
		if m.Kind == actors.Place || m.Start <= len(body) && placedIn(body[ev.Start:m.Start]) {
			return true
		}
	}
	return false
}

// placedIn reports text that ends with a preposition of place, with or
// without "the": what follows it is where something is done.
func placedIn(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) > 0 && ws[len(ws)-1] == "the" {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "in", "across", "throughout", "inside":
		return true
	}
	return false
}
