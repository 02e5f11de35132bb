package coder

import (
	"fmt"
	"strconv"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// This file keeps the cues of sport, crime, markets, accidents and opinion
// polls out of the political record. News English reuses the words of
// conflict for games ("Russia beat Croatia 2-1"), of law enforcement for
// crime ("pleaded guilty to threatening"), of force for prices ("oil
// production beat forecasts"); the lists that tell these stories apart are
// in data/genre.txt.

// genreLists are the named word lists of data/genre.txt; a pair of words
// in a row is stored as "a b".
type genreLists map[string]map[string]bool

func loadGenres() (genreLists, error) {
	b, err := dataFS.ReadFile("data/genre.txt")
	if err != nil {
		return nil, fmt.Errorf("read genre lists: %w", err)
	}
	out := genreLists{}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("read genre lists: line %d: want \"name: words\"", n+1)
		}
		set := map[string]bool{}
		for _, w := range strings.Fields(words) {
			set[strings.ReplaceAll(strings.ToLower(w), "_", " ")] = true
		}
		out[strings.TrimSpace(name)] = set
	}
	for _, need := range []string{"sports", "sportsweak", "war", "crime", "political", "accident", "space", "notforce", "market", "poll", "information"} {
		if out[need] == nil {
			return nil, fmt.Errorf("read genre lists: no list %q", need)
		}
	}
	return out, nil
}

// has reports whether the word at i, or the pair starting at i, is in list.
func (g genreLists) has(list string, toks []token, i int) bool {
	set := g[list]
	if set[toks[i].lower] {
		return true
	}
	return i+1 < len(toks) && set[toks[i].lower+" "+toks[i+1].lower]
}

// sentenceKind says which kinds of story a sentence's words belong to.
type sentenceKind struct {
	sports, war, crime, political, accident, space, poll bool
}

// The lists kindOf reads, as bits of one index.
const (
	kindSportsWeak = 1 << iota
	kindSports
	kindWar
	kindCrime
	kindPolitical
	kindAccident
	kindSpace
	kindPoll
	// kindPairFirst marks the first word of a pair: one look-up per word
	// tells both its lists and whether to join it with the next.
	kindPairFirst
)

// kindIndex maps a word, or two words joined by a space, to the bits of the
// lists that hold it, and kindPairFirst for the first words of the pairs,
// so a sentence's words are joined only where a pair may start. It holds
// each cue word's vocabulary number too (addVocab): kindOf reads every
// word of every sentence, and its one look-up spares find another.
type kindIndex struct {
	bits map[string]kindWord
}

// kindWord is a word's entry in the kind index.
type kindWord struct {
	bits  uint16
	vocab int32 // the word's number in lexicon.vocab, 0 for none
}

// addVocab files each cue word's vocabulary number.
func (ix *kindIndex) addVocab(vocab map[string]int32) {
	for w, id := range vocab {
		e := ix.bits[w]
		e.vocab = id
		ix.bits[w] = e
	}
}

// kindIndex builds the index of the lists that tell a sentence's kind; the
// lexicon builds it once, when it loads.
func (g genreLists) kindIndex() *kindIndex {
	ix := &kindIndex{bits: map[string]kindWord{}}
	set := func(w string, bit uint16) {
		e := ix.bits[w]
		e.bits |= bit
		ix.bits[w] = e
	}
	for name, bit := range map[string]uint8{"sportsweak": kindSportsWeak, "sports": kindSports, "war": kindWar,
		"crime": kindCrime, "political": kindPolitical, "accident": kindAccident, "space": kindSpace, "poll": kindPoll} {
		for w := range g[name] {
			set(w, uint16(bit))
			if first, _, ok := strings.Cut(w, " "); ok {
				set(first, kindPairFirst)
			}
		}
	}
	return ix
}

func (ix *kindIndex) kindOf(toks []token) sentenceKind {
	var k sentenceKind
	weak := 0
	for i := range toks {
		e := ix.bits[toks[i].lower]
		toks[i].vocab = e.vocab + 1 // for lexicon.wordIDs
		v := e.bits
		b := uint8(v)
		if i+1 < len(toks) && v&kindPairFirst != 0 {
			b |= uint8(ix.bits[toks[i].lower+" "+toks[i+1].lower].bits)
		}
		if b&kindPoll != 0 && (shareOfEconomy(toks, i) || surveyVessel(toks, i)) {
			b &^= kindPoll // "five percent of GDP": a spending share, not a poll (poll17.go); "a survey ship" (reject22.go)
		}
		if b&kindSportsWeak != 0 {
			weak++
		}
		k.sports = k.sports || b&kindSports != 0 || isScore(toks, i) || weak >= 2
		k.war = k.war || b&kindWar != 0
		k.crime = k.crime || b&kindCrime != 0
		k.political = k.political || b&kindPolitical != 0
		k.accident = k.accident || b&kindAccident != 0
		k.space = k.space || b&kindSpace != 0
		k.poll = k.poll || b&kindPoll != 0 && !electionPolls(toks, i)
	}
	return k
}

// isScore reports a result such as "2-1" or "6-4": two small numbers joined
// by a hyphen, not a range of days after a month ("July 27-30").
func isScore(toks []token, i int) bool {
	a, b, ok := strings.Cut(toks[i].lower, "-")
	// The lengths first: most hyphenated words are long ("long-term"), and
	// Atoi allocates the error it returns for them.
	if !ok || len(a) > 2 || len(b) > 2 {
		return false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || x > 20 || y > 20 {
		return false
	}
	return i == 0 || !monthNames[toks[i-1].lower]
}

// keptInGames are the types a game or a crime story does not borrow the
// words of: meetings and agreements.
var keptInGames = map[string]bool{"CONSULT": true, "AGREE": true}

// offTopic reports a cue that belongs to a game, a market report, an
// accident, a space launch or an opinion poll rather than to politics. sportsArticle is
// set when the article as a whole is a sports story, so that "Russia beat
// Croatia on Monday" is read as a result even with no sports word of its
// own.
func (g genreLists) offTopic(k sentenceKind, sportsArticle bool, toks []token, cl clause, m match, typ string) bool {
	if k.poll {
		return true // "70 percent of Americans say ...": opinion, not an act
	}
	if (k.sports || sportsArticle) && !k.war && !k.political && !keptInGames[typ] {
		return true
	}
	if k.accident && typ == "ASSAULT" && !namesForce(toks, m) {
		return true // "killed in a helicopter crash"
	}
	if k.space && !k.war && typ == "ASSAULT" && !namesForce(toks, m) {
		return true // "launched a rocket carrying a weather satellite"
	}
	for i := cl.start; i < m.start; i++ {
		if g.has("market", toks, i) && !k.war {
			return true // "Chinese stocks fell", "oil production beat forecasts"
		}
	}
	if g.reliefMission(toks, m, typ) {
		return true // "launched Operation X, a humanitarian assistance and disaster relief initiative" (relief18.go)
	}
	if g.corporateDeal(toks, typ) {
		return true // "a clearance for its proposed buyout ... conditions for the deal" (corporate18.go)
	}
	if m.noun && m.cue.Type == "ACCUSE" && definiteInquiry(toks, m) {
		return true // "testified in the impeachment inquiry": the setting
	}
	if participleAdjective(toks, cl, m) {
		return true // "the released insurgents": an adjective, not an act
	}
	if typ == "AID" && givenToAddressee(toks, cl, m) {
		return true // "the files the envoy provided to lawmakers" (receiver18.go)
	}
	if (typ == "AID" || typ == "CONCEDE" || typ == "SUPPORT" && strings.HasPrefix(toks[m.start].lower, "support")) && g.givesInformation(toks, cl, m) {
		return true // "released a letter", "provide some insight", "to support their claim"
	}
	return false
}

// givesInformation reports a verb of giving, releasing or backing whose
// object is information: what follows the verb up to the end of its
// phrase, or, in the passive ("the transcript of the call was released",
// "data released by the ministry"), what stands before it.
func (g genreLists) givesInformation(toks []token, cl clause, m match) bool {
	for i := m.end; i < cl.end && i < m.end+6; i++ {
		if toks[i].punct || toks[i].lower == "to" || toks[i].lower == "for" {
			break
		}
		if g.has("information", toks, i) {
			return true
		}
	}
	if m.form != formPast && m.form != formParticiple {
		return false
	}
	passive := m.end < len(toks) && toks[m.end].lower == "by"
	for i := m.start - 1; i >= cl.start && i >= m.start-10; i-- {
		switch toks[i].lower {
		case "was", "were", "been", "be", "is", "are", "being":
			passive = true
			continue
		}
		if passive && g.has("information", toks, i) {
			return true
		}
	}
	return false
}

// isLawEnforcement reports police or court work inside one country: a
// hostile act in a crime story (a crime word outside the attribution:
// "police said" is only the source) whose parties are of at most one
// country and that names no war, protest, government or other political
// target. PLOVER codes arrests of protesters; it does not want every
// burglary.
func (g genreLists) isLawEnforcement(k sentenceKind, toks []token, speech []clause, r *report) bool {
	if !k.crime || k.political || k.war || !lawTypes[r.ev.Type] || len(r.ev.Countries()) >= 2 {
		return false
	}
	for i := range toks {
		if g.has("crime", toks, i) && !inRanges(i, speech) {
			return true
		}
	}
	return false
}

// lawTypes are the types police and courts share words with.
var lawTypes = map[string]bool{
	"REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true, "COERCE": true, "ASSAULT": true,
}

// notAnAct reports cue words whose use here names no political act: "beat"
// for winning ("beat forecasts", "beat Croatia") rather than beating
// people; a "heart attack"; "under fire for" (criticised); a question
// ("asked about", "demanded how"); a wish ("wants to buy") rather than a
// request that someone do something.
func notAnAct(toks []token, m match, notForce map[string]bool) bool {
	w := toks[m.start].lower
	prev := ""
	if m.start > 0 {
		prev = toks[m.start-1].lower
	}
	if inName(toks, m) {
		return true // "Pakistan Occupied Kashmir": a word of a name
	}
	if m.form == formIng && prev == "of" && m.start >= 2 && topicNouns[toks[m.start-2].lower] {
		return true // "the issue of negotiating with Putin": what is talked about
	}
	switch {
	case m.cue.Type == "ASSAULT" && strings.HasPrefix(w, "beat"):
		return !beatsPeople(toks, m)
	case m.cue.Type == "ASSAULT" && notForce[prev]:
		return true // "a heart attack"
	case w == "fire" && prev == "under":
		return true // "is under fire for failing": criticised
	case m.cue.Type == "REQUEST" && (strings.HasPrefix(w, "ask") || strings.HasPrefix(w, "demand")):
		return asksQuestion(toks, m)
	case m.cue.Type == "REQUEST" && strings.HasPrefix(w, "want"):
		return !wantsSomeoneTo(toks, m)
	case m.cue.Type == "REQUEST" && (strings.HasPrefix(w, "seek") || w == "sought") && m.end < len(toks) && toks[m.end].lower == "to":
		return true // "sought to deter North Korea": an aim; the act is the verb after
	case m.cue.Type == "REQUEST" && strings.HasPrefix(w, "invit") && m.end+1 < len(toks) && (reactionWords[toks[m.end].lower] || reactionWords[toks[m.end+1].lower]):
		return true // "inviting sharp reaction from Putin": drawing it
	case m.cue.Type == "RETREAT" && strings.HasPrefix(w, "retreat") && m.end < len(toks) && (toks[m.end].lower == "to" || toks[m.end].lower == "into"):
		return true // "the leaders retreated to a grand hall": they went there
	case m.cue.Type == "ASSAULT" && strings.HasPrefix(w, "clash") && leadersClash(toks, m):
		return true // "Trump and Zelensky clashed in the Oval Office": words, not force
	}
	return false
}

// reactionWords after "inviting" name a reaction drawn, not an invitation.
var reactionWords = map[string]bool{"reaction": true, "reactions": true, "criticism": true, "condemnation": true,
	"backlash": true, "ridicule": true, "comparisons": true, "comparison": true, "scrutiny": true, "retaliation": true, "response": true}

// topicNouns before "of" make the gerund after it a subject of talk, not
// an act: "the issue of negotiating with Putin", "the prospect of meeting".
var topicNouns = map[string]bool{"issue": true, "question": true, "prospect": true, "possibility": true, "idea": true,
	"matter": true, "subject": true, "topic": true, "risk": true, "danger": true, "notion": true, "option": true,
	"prospects": true, "possibilities": true, "issues": true, "questions": true, "options": true, "importance": true}

// inName reports a one-word cue written with a capital between two
// capitalised words inside a sentence of running prose: "Pakistan Occupied
// Kashmir", "the Security Council Strikes Committee" name a thing. In a
// headline written in capitals ("India Launches Strikes") every word has
// one, and the rule keeps out.
func inName(toks []token, m match) bool {
	if m.end-m.start != 1 || m.start == 0 || m.end >= len(toks) {
		return false
	}
	if !toks[m.start].capital() || !toks[m.start-1].capital() || !toks[m.end].capital() {
		return false
	}
	lower, words := 0, 0
	for _, t := range toks {
		if t.punct || t.text == "" {
			continue
		}
		words++
		if t.text[0] >= 'a' && t.text[0] <= 'z' {
			lower++
		}
	}
	return lower*2 > words
}

// leadersClash reports a clash whose subject is people by title or name,
// not forces: two leaders who clash argue.
func leadersClash(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-12; i-- {
		switch toks[i].lower {
		case "troops", "forces", "soldiers", "police", "protesters", "militants", "fighters", "army", "armies", "navies", "rebels", "guards":
			return false
		case "president", "presidents", "leader", "leaders", "minister", "ministers", "premier", "chancellor":
			return true
		}
	}
	return false
}

// beatsPeople reports "beat" as violence: passive ("were beaten by
// police", "beaten to death") or with people as its object ("beat
// protesters", "beat him").
func beatsPeople(toks []token, m match) bool {
	if toks[m.start].lower == "beaten" {
		return true
	}
	return wordAhead(toks, m.end, 4, peopleWords)
}

var peopleWords = map[string]bool{
	"him": true, "her": true, "them": true, "protesters": true, "protestors": true, "demonstrators": true,
	"students": true, "people": true, "man": true, "men": true, "woman": true, "women": true, "child": true,
	"children": true, "journalists": true, "journalist": true, "prisoners": true, "detainees": true,
	"civilians": true, "villagers": true, "activists": true, "reporters": true, "migrants": true, "refugees": true,
	"inmates": true, "worshippers": true, "monks": true, "supporters": true, "opponents": true,
}

// asksQuestion reports "asked (someone) about / whether / how ...": a
// question put, not a request.
func asksQuestion(toks []token, m match) bool {
	for i := m.end; i < len(toks) && i < m.end+5; i++ {
		switch toks[i].lower {
		case "about", "whether", "if", "how", "what", "why", "who", "when", "where", "questions", "question":
			return true
		case "to", "for", "that", ",", ".":
			return false
		}
	}
	return false
}

// wantsSomeoneTo reports "wants X to do": a request to X. "Wants to buy"
// is a wish of the subject's own, and "wants the show to end" names no one
// asked.
func wantsSomeoneTo(toks []token, m match) bool {
	i := m.start + 1
	if i < len(toks) && toks[i].lower == "to" {
		return false
	}
	for ; i < len(toks) && i < m.start+5; i++ {
		t := toks[i]
		if t.lower == "to" {
			return false
		}
		switch t.lower {
		case "him", "her", "them", "us":
			return true
		}
		if !t.punct && t.text != t.lower && t.text[0] >= 'A' && t.text[0] <= 'Z' {
			return true
		}
	}
	return false
}

// pluralAnaphor finds "the two sides", "both countries", "the allies", "the
// leaders" before the cue of a clause: a subject that stands for the
// parties of the event the story is about. It gives the token index of the
// phrase, or -1.
func pluralAnaphor(toks []token, cl clause, m match) int {
	for i := cl.start; i < m.start; i++ {
		w := toks[i].lower
		if w != "the" && w != "both" {
			continue
		}
		j := i + 1
		if j < m.start && (toks[j].lower == "two" || toks[j].lower == "three") {
			j++
		}
		if j >= m.start {
			continue
		}
		if pairNoun(toks[j].lower, w == "both" || j > i+1) {
			return i
		}
		if pairPhrase(toks, i, m.start) {
			return i // "the pair", "the two prime ministers" (discourse21.go)
		}
	}
	// "a bilateral meeting between the two leaders": after a cue of two
	// sides, the parties it names by number.
	if symmetric[m.cue.Type] && m.end+3 < cl.end {
		switch toks[m.end].lower {
		case "between", "with", "of":
			if toks[m.end+1].lower == "the" && (toks[m.end+2].lower == "two" || toks[m.end+2].lower == "three") && sidesNouns[toks[m.end+3].lower] {
				return m.end + 1
			}
		}
	}
	return -1
}

var sidesNouns = map[string]bool{
	"sides": true, "countries": true, "nations": true, "governments": true, "leaders": true,
	"allies": true, "ministers": true, "delegations": true, "neighbours": true, "neighbors": true,
	"presidents": true, "men": true,
}

// sideMentions turns the actors of an earlier event into mentions standing
// at token i, so a clause whose subject is "the two sides" takes them as
// its parties.
func sideMentions(acts []event.Actor, standIns map[string]bool, i int) []span {
	var out []span
	for _, a := range acts {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		m := actors.Mention{Name: a.Name, Country: *a.Country, Sector: a.Sector, Kind: actors.Person, Ref: -1}
		if a.Title != nil {
			m.Title = *a.Title
		}
		if standIns[a.Name] {
			m.Kind, m.Name = actors.Country, ""
		}
		out = append(out, span{m: m, start: i, end: i, inherited: true})
	}
	return out
}

// definiteInquiry reports an inquiry, probe or hearing the story already
// knows ("the impeachment inquiry", "the historic hearing"): the setting of
// what is said, not the opening of a new one.
func definiteInquiry(toks []token, m match) bool {
	switch toks[m.end-1].lower {
	case "investigation", "inquiry", "probe", "hearing", "hearings", "investigations":
	default:
		return false
	}
	return wordBehind(toks, m.start, 3, "the")
}

// participleAdjective reports a past participle between a determiner and
// its noun: "the released insurgents", "its banned members" describe, they
// do not report the act again. ("The group that attacked the base" is a
// verb: "that" is left out.)
func participleAdjective(toks []token, cl clause, m match) bool {
	if m.noun || m.form != formPast && m.form != formParticiple || m.start == 0 || m.end != m.start+1 || m.end >= cl.end {
		return false
	}
	prev, next := toks[m.start-1].lower, toks[m.end]
	if !determiners[prev] || prev == "that" || prev == "this" {
		return false
	}
	return !next.punct && !phraseEnders[next.lower] && !determiners[next.lower] && next.lower != "by"
}

// forceVerbs name an act of force whatever else the sentence tells; an
// accident word beside one ("crashed after being shot down") tells what
// the act did, not that there was no act.
var forceVerbs = map[string]bool{
	"shot": true, "shoot": true, "shoots": true, "shooting": true, "attacked": true, "bombed": true,
	"downed": true, "downs": true, "down": true,
}

// namesForce reports a cue whose verb is an act of force ("shot down",
// "attacked"), not an outcome an accident also has ("killed", "exploded").
func namesForce(toks []token, m match) bool {
	return !m.noun && forceVerbs[toks[m.start].lower]
}
