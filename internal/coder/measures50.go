package coder

import (
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Thirty-second pass (stop 50, C): measures lifted, tightened and
// withdrawn, own wire sentences.

// borderCheckWords name the checks a state tightens at its border
// (cues.tsv, "Thirty-second pass"); borderWords the border or customs
// they are held at.
var (
	borderCheckWords = []string{"check", "control", "inspection"}
	borderWords      = []string{"border", "customs", "frontier"}
)

// borderChecksUnaimed reports a SANCTION told as checks tightened at a
// border whose sentence names no country but the one tightening them:
// "Norway would strengthen border checks after the prison break" guards
// every border against everyone, and the country the page pairs with Norway is
// no neighbour it aims at. A reader takes the neighbour of "tightened
// customs checks" from the sentence ("Armenia said Azerbaijan had
// stepped up checks at the crossing"), so pageSides completes such
// an act only with a country its own sentence names.
func borderChecksUnaimed(e event.Event, sents []nlp.Sentence, named [][]string, other string) bool {
	if e.Type != "SANCTION" || len(e.Evidence) == 0 {
		return false
	}
	ev := e.Evidence[0]
	si := slices.IndexFunc(sents, func(s nlp.Sentence) bool { return s.Start <= ev.Start && ev.Start < s.End })
	if si < 0 {
		return false
	}
	text := strings.ToLower(ev.Text)
	if !containsAny(text, borderCheckWords) || !containsAny(text, borderWords) {
		return false
	}
	return !slices.Contains(named[si], other)
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// airlineActs are the acts an airline a state owns does or suffers for
// its state: flights banned, suspended, resumed or let back (SANCTION,
// CONCEDE, and AGREE for a concession still to come), and the aid its
// planes carry ("the Aeroflot plane bringing aid to Serbia").
var airlineActs = map[string]bool{"SANCTION": true, "CONCEDE": true, "AGREE": true, "AID": true}

// airlineOffDuty reports an airline a state owns (actors organisations.tsv,
// "Thirty-second pass") named in an act that is no measure on flights:
// "a leaked Qatar Airways memo showed that travellers were refused entry" names the
// airline as a source, and "Kenya Airways imposed a fuel surcharge on
// Ugandan routes" tells a firm's prices, not its state's measure. News
// names the airline for its state where its flights are the measure
// ("lifted a ban on Aeroflot flights", "Belavia resumed flights to
// Georgia"), where the airline itself is what is banned, sanctioned or let
// back ("banned Saudia", "lifted sanctions on Belavia", "will allow
// Conviasa to buy parts"), and where its planes carry a state's aid.
func airlineOffDuty(toks []token, m match, sp span, typ string) bool {
	if !isAirline(sp.m) {
		return false
	}
	if !airlineActs[typ] {
		return true
	}
	if typ == "AID" || flightWord(nextWord(toks, sp.end)) || sp.start == m.end ||
		sp.start == m.end+1 && (toks[m.end].lower == "on" || toks[m.end].lower == "against" || toks[m.end].lower == "the") {
		return false
	}
	for i := m.start; i < m.end; i++ {
		if flightWord(toks[i].lower) {
			return false
		}
	}
	return true
}

// flightWord reports a word of flying: the flights a measure stops or
// lets go.
func flightWord(w string) bool {
	switch w {
	case "flight", "flights", "fly", "flying", "flew", "airline", "airlines", "carrier", "carriers", "planes", "aircraft", "air":
		return true
	}
	return false
}

// isAirline reports a mention of an airline in the actor tables: a
// business whose name says that it flies ("Qatar Airways", "EgyptAir",
// "Aeroflot"), or one of the carriers named by a bare brand.
func isAirline(m actors.Mention) bool {
	if m.Kind != actors.Organisation || m.Sector != "BUS" {
		return false
	}
	n := strings.ToLower(m.Name)
	return strings.Contains(n, "air") || strings.Contains(n, "aero") || strings.Contains(n, "fly") || airlineBrands[n]
}

// airlineBrands are the airlines of organisations.tsv whose names do not
// say that they fly.
var airlineBrands = map[string]bool{
	"emirates": true, "belavia": true, "saudia": true, "conviasa": true, "cubana": true,
	"royal jordanian": true, "garuda indonesia": true,
}

// bannedAirline reports a bare ban or bar (COERCE) whose object is an
// airline a state owns: "Morocco bans Tunisair", "Morocco barred EgyptAir
// from its airports". Banning a state's airline bans its flights, the
// measure against that state a flight ban is (SANCTION, cues.tsv), where
// a ban on people is their coercion.
func bannedAirline(toks []token, m match, spans []span, typ string) bool {
	if typ != "COERCE" || m.noun || m.end-m.start != 1 {
		return false
	}
	switch w := toks[m.head].lower; {
	case strings.HasPrefix(w, "ban"), strings.HasPrefix(w, "bar"), strings.HasPrefix(w, "suspend"):
	default:
		return false
	}
	at := m.end
	if at < len(toks) && toks[at].lower == "the" {
		at++
	}
	for _, sp := range spans {
		if sp.start == at && isAirline(sp.m) {
			return true
		}
	}
	return false
}

// allowedAirline reports a concession that lets a state's airline fly or
// trade again: "will allow Belavia to buy spare parts", "would permit
// Aeroflot to land in Cairo". As "will lift the ban" (endsMeasure), the
// government's word is the decision, the concession planned, not a
// promise (AGREE) to make it.
func allowedAirline(toks []token, m match, spans []span) bool {
	if m.cue.Type != "CONCEDE" || m.end-m.start != 1 {
		return false
	}
	if w := toks[m.head].lower; !strings.HasPrefix(w, "allow") && !strings.HasPrefix(w, "permit") {
		return false
	}
	for _, sp := range spans {
		if sp.start == m.end && isAirline(sp.m) {
			return true
		}
	}
	return false
}

// A RETREAT told in the passive names who was withdrawn before the verb
// and the place left after it: "Kenyan troops were pulled out of Somalia",
// "Cuban teachers were withdrawn from Bolivia last month". The troops'
// or teachers' country is the one that withdraws them, the source (roleOf,
// build.go), where the passive of other acts makes its subject the target.
// Only people and forces are withdrawn so: "the blockade of Qatar was
// lifted by Saudi Arabia" and "the treaty with Russia was suspended by
// Poland" name the one the retreat is towards before the verb, still its
// target.

// withdrawnPeople are the people and forces a state withdraws.
var withdrawnPeople = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "servicemen": true, "contingent": true,
	"personnel": true, "units": true, "peacekeepers": true, "guards": true, "garrison": true,
	"fighters": true, "mercenaries": true, "doctors": true, "nurses": true, "medics": true,
	"teachers": true, "experts": true, "advisers": true, "advisors": true, "instructors": true,
	"trainers": true, "workers": true, "staff": true, "engineers": true, "technicians": true,
	"specialists": true, "brigade": true, "brigades": true, "mission": true, "team": true, "teams": true,
	"diplomats": true, "envoy": true, "envoys": true, "ambassador": true, "ambassadors": true,
	"warships": true, "ships": true, "vessels": true,
}

// withdrawnBy reports the mention at token i, before the passive cue m,
// as the state of the people or forces withdrawn: a noun of
// withdrawnPeople follows it before the verb, with no "of" between
// ("Kenyan troops were", "Cuba's medical brigades in Bolivia were").
func withdrawnBy(toks []token, m match, i int) bool {
	for k := i; k < m.start && k < len(toks); k++ {
		w := toks[k].lower
		if withdrawnPeople[w] {
			return true
		}
		if w == "of" {
			return false
		}
	}
	return false
}
