package actors

import (
	"log/slog"
	"strings"
	"sync"
)

// Nouns that make "COUNTRY-ADJECTIVE noun" an actor: the state, its people
// in office, its forces and the hardware they act with ("Japanese
// officials", "the Russian side", "Chinese warships", "Russian missiles"),
// and the people, groups and firms PLOVER codes as parties with a sector.
// Most bodies of a state are institutions and become organisation mentions
// before this list is asked; it covers the rest. What is left is things,
// places, qualities and acts: "Japanese cars", "the Bosnian town of",
// "Chinese assertiveness", "Russian aggression", "an Indian proposal".
var actorNouns = map[string]bool{
	"officials": true, "official": true, "government": true, "governments": true, "leader": true,
	"leaders": true, "leadership": true, "regime": true, "administration": true, "authorities": true,
	"minister": true, "ministers": true, "ministry": true, "president": true, "premier": true,
	"counterpart": true, "counterparts": true, "side": true, "sides": true, "delegation": true,
	"delegates": true, "negotiators": true, "diplomat": true, "diplomats": true, "envoy": true,
	"envoys": true, "ambassador": true, "embassy": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "lawmakers": true, "legislators": true, "parliamentarians": true,
	"politicians": true, "troops": true, "forces": true, "military": true, "army": true, "navy": true,
	"marines": true, "soldiers": true, "sailors": true, "pilots": true, "personnel": true,
	"commanders": true, "generals": true, "officers": true, "units": true, "guards": true,
	"police": true, "services": true, "agents": true, "spies": true, "warships": true, "warship": true, "ships": true,
	"vessels": true, "vessel": true, "submarines": true, "submarine": true, "aircraft": true,
	"jets": true, "planes": true, "warplanes": true, "fighters": true, "bombers": true, "drones": true,
	"missiles": true, "missile": true, "tanks": true, "artillery": true, "helicopters": true,
	"gunships": true, "state": true, "contingent": true, "peacekeepers": true, "servicemen": true,
	"observers": true, "mediators": true, "mediator": true, "negotiator": true, "sources": true,
	// People and groups that are parties to events in PLOVER's coding
	// (civilians, rebels, business): "Iraqi civilians", "Afghan rebels".
	"rebels": true, "rebel": true, "guerrillas": true, "guerrilla": true, "militants": true,
	"militia": true, "militias": true, "militiamen": true, "mercenaries": true, "mercenary": true, "insurgents": true, "separatists": true,
	"opposition": true, "dissidents": true, "activists": true, "demonstrators": true,
	"protesters": true, "protestors": true, "students": true, "workers": true, "youths": true,
	"civilians": true, "citizens": true, "nationals": true, "people": true, "refugees": true,
	"immigrants": true, "migrants": true, "settlers": true, "prisoners": true, "prisoner": true,
	"detainees": true, "hostages": true, "doctors": true, "journalists": true, "judge": true,
	"judges": true, "court": true, "prosecutors": true, "gunmen": true,
	"factions": true, "faction": true, "parties": true, "party": true, "movement": true,
	"group": true, "groups": true, "newspaper": true, "media": true, "agency": true,
	"firms": true, "firm": true, "companies": true, "company": true, "businesses": true,
	"exporters": true, "importers": true, "carmakers": true, "automakers": true, "manufacturers": true,
	"producers": true, "investors": true, "traders": true, "airlines": true, "lenders": true,
	"banks": true, "bank": true, "man": true, "woman": true, "men": true, "women": true,
	"children": true, "fishermen": true, "crew": true, "crews": true, "crewmembers": true, "crewmen": true, "seafarers": true, "tourists": true,
	"candidates": true, "voters": true, "advisers": true, "advisors": true, "administrators": true,
	"guerillas": true, "guerilla": true, "team": true, "experts": true, "scientists": true,
	// Those a state is said to act through in a cyber campaign:
	// "Chinese hackers attacked". ("Actors" is left out: film and stage.)
	"hackers": true,
	// A junta rules its country: "the Malian junta expelled" is Mali's
	// government acting (twenty-sixth pass).
	"junta": true, "juntas": true,
	// A state's regulator acts for it, and carriers are firms as airlines
	// are: "the Russian aviation watchdog banned Georgian carriers".
	"watchdog": true, "regulator": true, "regulators": true, "carriers": true, "operators": true,
}

// Lower-case words that may stand between the adjective and an actor noun
// ("Chinese naval vessels", "Russian nuclear submarines", "Japanese
// senior officials"); any other word is the head of a noun phrase that is
// not an actor.
var actorModifiers = map[string]bool{
	"naval": true, "military": true, "civilian": true, "peace": true, "aid": true,
	"refugee": true, "riot": true, "suicide": true, "led": true, "police": true, "peacekeeping": true, "rebel": true, "junior": true, "security": true, "armed": true, "government": true,
	"diplomatic": true, "intelligence": true, "defense": true, "defence": true, "foreign": true,
	"air": true, "border": true, "senior": true, "top": true, "high": true, "ranking": true,
	"coast": true, "special": true, "elite": true, "nuclear": true, "fighter": true, "combat": true,
	"patrol": true, "coastguard": true, "federal": true, "national": true, "state": true, "other": true,
	"aviation": true, "nuclear-safety": true, "media": true, "communications": true, "telecoms": true, "banking": true,
}

// Words after a demonym that show it is a noun, not a modifier: "the
// Japanese said", "the Chinese have", "the British, who".
var nounUse = map[string]bool{
	"said": true, "say": true, "says": true, "told": true, "have": true, "has": true, "had": true,
	"are": true, "were": true, "was": true, "is": true, "will": true, "would": true, "could": true,
	"can": true, "may": true, "might": true, "must": true, "should": true, "did": true, "do": true,
	"does": true, "also": true, "who": true, "which": true, "that": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "from": true, "by": true, "of": true,
	"as": true, "than": true, "themselves": true, "and": true, "or": true, "but": true, "not": true,
}

// modifiesNonActor reports whether the country adjective ending before
// token end modifies a lower-case noun phrase that is not an actor. Other
// country words coordinated with it share its noun: in "Japanese and U.S.
// firms" both modify "firms".
func (s *scan) modifiesNonActor(end int) bool {
	j := end
	for k := s.key(j); k == "and" || k == "or" || k == ","; k = s.key(j) {
		_, cend, ok := s.has(j+1, eCountry)
		if !ok {
			break
		}
		j = cend
	}
	hyphen := false
	if j < len(s.toks) && s.key(j) == "-" && s.toks[j].start == s.toks[j-1].end {
		j++ // "Chinese-made", "Russian-backed"
		hyphen = true
	}
	for n := 0; n < 3; n++ {
		if j >= len(s.toks) {
			return n > 0
		}
		t := s.toks[j]
		if !t.word || t.cap || t.lineStart {
			return n > 0 // "the Japanese.", "Japanese Prime Minister": no lower-case noun
		}
		if n == 0 && !hyphen && nounUse[t.key] {
			return false
		}
		if actorNouns[t.key] {
			return false
		}
		if !actorModifiers[t.key] {
			return true
		}
		j++
		if s.key(j) == "-" {
			j++
		}
	}
	return true
}

// personNouns is the embedded list of nouns for private people
// (data/person-nouns.txt): folded phrase → PLOVER sector.
var personNouns = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	data, err := dataFS.ReadFile("data/person-nouns.txt")
	if err != nil {
		slog.Error("read embedded person nouns", "err", err)
		return out
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		noun, sector, _ := strings.Cut(line, "\t")
		out[foldPhrase(noun)] = sector
	}
	return out
})

// personNounAt reads a lower-case noun for private people at token j ("a
// U.S. journalist", "French prisoners", "aid workers"): its sector and the
// token after it.
func (s *scan) personNounAt(j int) (string, int, bool) {
	if j >= len(s.toks) || !s.toks[j].word || s.toks[j].cap || s.toks[j].lineStart {
		return "", j, false
	}
	nouns := personNouns()
	if j+1 < len(s.toks) && s.toks[j+1].word && !s.toks[j+1].cap {
		if sec, ok := nouns[s.key(j)+" "+s.key(j+1)]; ok {
			return sec, j + 2, true
		}
	}
	if sec, ok := nouns[s.key(j)]; ok {
		return sec, j + 1, true
	}
	return "", j, false
}

// countryPeople reads "COUNTRY noun [Name]" at tokens i..end ("a U.S.
// journalist", "Japanese nationals", "British student Anna Smith"): a
// person mention with the country and the noun as its title. It returns
// the token after the mention.
func (s *scan) countryPeople(i, end int) (int, bool) {
	sector, nend, ok := s.personNounAt(end)
	if !ok || s.nounModifier(nend) {
		return i, false
	}
	var ce entry
	for _, e := range s.matches[i].entries {
		if e.kind == eCountry {
			ce = e
			break
		}
	}
	// A country's name before the noun may be its topic ("a China
	// scholar", "a Russia expert"); its adjective ("Chinese") or an
	// acronym ("U.S.", "UK") says where the people are from.
	if !ce.adj && !(end == i+1 && s.toks[i].allCaps) {
		return i, false
	}
	ci := s.c.countries[ce.id]
	m := Mention{Ref: -1, Kind: Person, Country: ci.Code, Title: s.body[s.toks[end].start:s.toks[nend-1].end], Sector: sector}
	to := nend
	if nend < len(s.toks) && !s.toks[nend].lineStart && s.nameWord(nend) {
		if nm, nameEnd, ok := s.nameAt(nend, ci.Code); ok && nm.Name != "" && (nameEnd-nend >= 2 || nm.Ref >= 0) {
			m.Name, to = nm.Name, nameEnd
			if nm.Ref >= 0 {
				m.Ref = nm.Ref
			}
		}
	}
	next := s.finishPerson(m, i, to)
	s.noteDescribed(len(s.out)-1, i, next)
	return next, true
}

// nounModifier reports whether the token at j is a noun that the people
// noun before it modifies ("prisoner exchange", "student loans"), making
// the phrase a thing rather than people.
func (s *scan) nounModifier(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if !t.word || t.cap || t.lineStart || nounUse[t.key] || notVerbs[t.key] {
		return false
	}
	return followingNouns[t.key]
}

// Nouns that a people noun modifies: "prisoner exchange", "student loans",
// "journalist visas", "citizen journalism". After them the phrase is a
// thing, not people.
var followingNouns = map[string]bool{
	"exchange": true, "exchanges": true, "swap": true, "swaps": true, "loan": true, "loans": true,
	"visa": true, "visas": true, "journalism": true, "union": true, "unions": true, "rights": true,
	"population": true, "numbers": true, "body": true, "bodies": true, "groups": true, "group": true,
	"movement": true, "protests": true, "protest": true, "camp": true, "camps": true, "crisis": true,
	"debt": true, "housing": true, "release": true, "releases": true, "abuse": true, "deaths": true,
	"death": true, "fees": true, "program": true, "programme": true, "programs": true, "council": true,
	"association": true, "organisation": true, "organization": true, "card": true, "cards": true,
	"status": true, "safety": true, "flows": true, "flow": true, "policy": true, "policies": true,
}
