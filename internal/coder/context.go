package coder

import (
	"fmt"
	"strings"
	"unicode"

	"storyline/internal/actors"
)

// This file holds the rules that decide a cue word is not an event of its
// own even though it is in the lexicon: a noun used as background, a verb of
// force with an abstract object, a reporter's forecast, a word that only
// names the topic of talks, and a verb used as a noun.

// loadWordList reads an embedded list of lower-case words, one a line.
func loadWordList(name string) (map[string]bool, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read word list: %w", err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		out[strings.ToLower(w)] = true
	}
	return out, nil
}

// determiners before a verb form make it a noun: "a promise", "its
// support", "Japan's pledge".
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "'s": true, "any": true,
}

// markNounUses turns a verb cue used as a noun ("following a promise in
// October", "the attack") into a noun cue, whose tense then comes from the
// words around it, and drops a gerund after a preposition ("the capability
// of striking enemy bases"), which names an ability or a purpose, not an
// act.
// leaders holds the verbs after a leader named by his country's
// possessive ("Turkey's Erdogan meets"; headline21.go), which stay verbs.
func markNounUses(toks []token, ms []match, leaders map[int]bool) []match {
	out := ms[:0]
	for _, m := range ms {
		m.noun = m.cue.flags.noun
		if monthMarch(toks, m) {
			continue // the month, not the verb (months17.go)
		}
		if notACue(toks, m) {
			continue
		}
		if activeBareSummons(toks, m) {
			continue // "Putin summoned his Security Council": a meeting called, no charge (summons17.go)
		}
		if calledInNoEnvoy(toks, m) {
			continue // "police were called in": no envoy summoned (summons50.go)
		}
		if recallOfNoEnvoy(toks, m) {
			continue // "the cars were recalled": no envoy called home (sanction21.go)
		}
		if urgedMeasureGerund(toks, m) {
			continue // "urged Jakarta to take a tougher stance by cutting ties": a measure asked for (sanction45.go)
		}
		if unownedChargeNoun(toks, m) {
			continue // "following accusations that Iran ...": no owner, the act's cause (accuse44.go)
		}
		if !m.noun && m.start > 0 && !m.cue.flags.speech {
			prev := toks[m.start-1].lower
			if m.form == formIng && isAbilityGerund(toks, m.start) {
				continue
			}
			if determiners[prev] && m.form != formPast && m.form != formParticiple {
				m.noun, m.form = true, formNone
			} else if (m.form == formBase || m.form == formThird) && modifierBefore(toks, m.start) {
				m.noun, m.form = true, formNone // "antisemitic attacks", "two strikes", "Israeli raids"
			} else if (m.form == formBase || m.form == formThird) && coordinatedMeasure(toks, m.start) {
				m.noun, m.form = true, formNone // "threatened tariffs and sanctions on Colombia" (threats12.go)
			} else if (m.form == formBase || m.form == formThird) && nameBeforeAct(toks, m.start) && !leaders[m.start] {
				m.noun, m.form = true, formNone // "the Pahalgam attack" (eventnouns.go)
			} else if (m.form == formBase || m.form == formThird) && passiveSubjectNoun(toks, m, ms) {
				m.noun, m.form = true, formNone // "India's extradition request was rejected" (passive21.go)
			} else if m.form == formBase && articleAndModifier(toks, m.start) {
				m.noun, m.form = true, formNone // "in a sharp rebuke to Washington" (reactions12.go)
			}
		}
		if (m.noun || m.form == formBase || m.form == formThird) && m.end == m.start+1 && m.end < len(toks) && describedHeads[toks[m.end].lower] {
			continue // "an aid worker", "attack helicopters": who or what, not an act
		}
		out = append(out, m)
	}
	return out
}

// describedHeads are nouns an act noun before them only describes.
var describedHeads = map[string]bool{
	"worker": true, "workers": true, "group": true, "groups": true, "agency": true, "agencies": true,
	"organisation": true, "organisations": true, "organization": true, "organizations": true,
	"official": true, "officials": true, "staff": true, "volunteers": true, "helicopter": true,
	"helicopters": true, "submarine": true, "submarines": true, "dog": true, "dogs": true,
}

// modifierBefore reports a word before toks[i] that makes a bare verb form
// ("attack", "attacks") the noun it modifies: a number or a quantifier ("two
// attacks", "fresh sanctions"), an adjective by its ending ("antisemitic",
// "retaliatory", "massive"), or a nationality adjective written after the
// sentence's first word ("Israeli strikes", "Iranian attacks").
func modifierBefore(toks []token, i int) bool {
	if i == 0 || toks[i-1].punct {
		return false
	}
	p := toks[i-1]
	if quantifiers[p.lower] || p.text[0] >= '0' && p.text[0] <= '9' {
		return true
	}
	if c := p.text[0]; c >= 'A' && c <= 'Z' {
		if i-1 == 0 || len(p.text) < 5 || p.text != strings.ToUpper(p.text[:1])+p.lower[1:] {
			return false
		}
		for _, suf := range []string{"ian", "ese", "ish", "li", "ni", "ci"} {
			if strings.HasSuffix(p.lower, suf) {
				return true
			}
		}
		return false
	}
	if len(p.lower) < 6 {
		return false
	}
	switch p.lower {
	case "republic", "public", "executive", "representative", "relative", "detective":
		return false // nouns that can be the subject
	}
	for _, suf := range []string{"ic", "ive", "ous", "ful", "ory"} {
		if strings.HasSuffix(p.lower, suf) {
			return true
		}
	}
	return false
}

// quantifiers count or qualify the noun after them.
var quantifiers = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "many": true,
	"more": true, "new": true, "fresh": true, "further": true, "repeated": true, "renewed": true,
	"deadly": true, "joint": true, "such": true, "other": true, "multiple": true, "numerous": true,
	"recent": true, "alleged": true, "previous": true, "earlier": true, "latest": true, "possible": true,
	"violent": true, "frequent": true, "military": true, "paramilitary": true, "cross-border": true,
}

// notACue reports fixed phrases that contain a cue word but report no act:
// "thanks to" (because of), "defending champion" (a title), "recognize
// that" (a thought, not a recognition), and a "warned" that only closes a
// quotation ("“...,” he warned").
func notACue(toks []token, m match) bool {
	w := toks[m.start].lower
	next := ""
	if m.start+1 < len(toks) {
		next = toks[m.start+1].lower
	}
	switch {
	case w == "thanks" && next == "to":
		return true
	case w == "defending" && (next == "champion" || next == "champions" || next == "titleholder" || next == "titleholders"):
		return true
	case (strings.HasPrefix(w, "recogni") || strings.HasPrefix(w, "acknowledg")) && next == "that":
		return true
	case strings.HasPrefix(w, "warn") && closesQuote(toks, m.start):
		return true
	}
	return false
}

// isAuxiliary reports "have" as the helper of another verb ("has
// threatened to stop negotiations", "had not yet held"), not the verb of a
// cue such as "have talks".
func isAuxiliary(toks []token, i int) bool {
	switch toks[i].lower {
	case "have", "has", "had", "having", "'ve", "'d":
	default:
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		w := toks[k].lower
		switch {
		case w == "not" || w == "n't" || w == "never" || w == "yet" || w == "already" || w == "also" || w == "long" || w == "since":
			continue
		case w == "been" || pastIrregular[w] || irregularParticiples[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")):
			return true
		}
		return false
	}
	return false
}

// closesQuote reports a speech verb right after a quotation: "“...,” he
// warned", "..." the expert warned.
func closesQuote(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].lower {
		case "”", "\"", "’", "'":
			return true
		}
	}
	return false
}

// isAbilityGerund reports an -ing form at i that names an ability, an
// option or an act held back, not an act: "the capability of striking enemy
// bases", "the option of attacking", "refrained from attacking". ("Guilty
// of violating", "arrested for attacking" stay acts.)
func isAbilityGerund(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	prep, head := toks[i-1].lower, toks[i-2].lower
	switch prep {
	case "of", "for":
		return abilityNouns[head]
	case "from":
		return holdingBack[head]
	}
	return false
}

var abilityNouns = map[string]bool{
	"capability": true, "capabilities": true, "ability": true, "capacity": true, "means": true, "option": true,
	"options": true, "possibility": true, "idea": true, "prospect": true, "risk": true, "danger": true,
	"right": true, "power": true, "plans": true, "plan": true, "threat": true, "way": true, "ways": true,
}

var holdingBack = map[string]bool{
	"refrain": true, "refrained": true, "refrains": true, "abstain": true, "abstained": true, "desist": true,
	"prevent": true, "prevented": true, "stop": true, "stopped": true, "ban": true, "banned": true, "bar": true,
	"barred": true, "deter": true, "deterred": true, "keep": true, "kept": true, "prohibited": true,
}

// frontedAdjunct returns the end of a phrase that opens a clause and sets
// its scene ("Faced with China's buildup, ...", "Amid tensions with Iran,
// ..."): mentions there are not parties. It returns cl.start when there is
// none.
func frontedAdjunct(toks []token, cl clause, m match) int {
	if cl.start >= len(toks) {
		return cl.start
	}
	head := cl.start
	for head < m.start && head < cl.start+3 && timeSpanWords[toks[head].lower] {
		head++ // "A day after ...", "Hours before ...", "Shortly after ..."
	}
	if head > cl.start && head < len(toks) && !beforeAfter[toks[head].lower] {
		head = cl.start
	}
	switch toks[head].lower {
	case "faced", "facing", "amid", "amidst", "despite", "given", "following", "after", "with", "in", "at",
		"under", "unlike", "like", "as", "since", "before", "during", "ahead", "citing":
	default:
		return cl.start
	}
	for i := head + 1; i < m.start; i++ {
		if toks[i].lower == "," {
			return i + 1
		}
	}
	return cl.start
}

// timeSpanWords measure a time before "after" or "before" at the head of a
// sentence: "A day after", "Two weeks before", "Shortly after".
var timeSpanWords = map[string]bool{
	"a": true, "an": true, "one": true, "two": true, "three": true, "few": true, "several": true, "just": true,
	"only": true, "day": true, "days": true, "hour": true, "hours": true, "week": true, "weeks": true,
	"month": true, "months": true, "minutes": true, "moments": true, "shortly": true, "soon": true, "year": true,
}

var beforeAfter = map[string]bool{"after": true, "before": true, "ahead": true, "following": true}

// isSubjectNoun reports a noun cue that opens its clause as the subject
// ("The online meeting ..., scheduled for Friday, will ..."), not one inside
// a prepositional phrase ("Following a pledge in March, ...").
func isSubjectNoun(toks []token, cl clause, m match) bool {
	for i := cl.start; i < m.start; i++ {
		if prepositions[toks[i].lower] || toks[i].lower == "," {
			return false
		}
	}
	return true
}

var prepositions = map[string]bool{
	"following": true, "after": true, "before": true, "during": true, "amid": true, "despite": true,
	"of": true, "in": true, "on": true, "at": true, "with": true, "for": true, "from": true, "to": true,
	"by": true, "since": true, "ahead": true, "over": true, "about": true, "against": true, "under": true,
}

// backgroundWords before a noun cue make it the background of the
// sentence, not its news: "amid the crackdown", "faced with China's
// military buildup", "protests over the arrests", "in the wake of the
// attacks".
var backgroundWords = map[string]bool{
	"amid": true, "amidst": true, "despite": true, "faced": true, "facing": true, "given": true,
	"over": true, "about": true, "against": true, "regarding": true, "concerning": true,
	"concern": true, "concerns": true, "fear": true, "fears": true, "wake": true, "threat": true,
	// The object of a verb of countering: "to deter regional threats".
	"deter": true, "counter": true, "confront": true, "combat": true, "tackle": true, "address": true,
	"prevent": true, "face": true, "faces": true, "preventing": true, "deterring": true, "countering": true,
}

// isBackgroundNoun reports a noun cue that only sets the scene.
func isBackgroundNoun(toks []token, cl clause, m match) bool {
	return m.noun && wordShortlyBefore(toks, cl, m, 5, backgroundWords)
}

// wordShortlyBefore reports one of words among the n words before the cue,
// in its clause and with no punctuation mark between.
func wordShortlyBefore(toks []token, cl clause, m match, n int, words map[string]bool) bool {
	for i := m.start - 1; i >= cl.start && i >= m.start-n; i-- {
		if toks[i].punct {
			return false
		}
		if words[toks[i].lower] {
			return true
		}
	}
	return false
}

// forceTypes are the types whose verbs are used as metaphors with abstract
// objects.
var forceTypes = map[string]bool{"ASSAULT": true, "COERCE": true}

// isMetaphor reports a verb of force whose object is abstract: "will fight
// against China's growing power", "vowed to combat corruption". The object
// is looked for in the few words after the cue, up to punctuation; the
// abstract word must head its phrase ("power", not "power plant").
func isMetaphor(toks []token, m match, abstractNouns map[string]bool) bool {
	if !forceTypes[m.cue.Type] || m.noun {
		return false
	}
	for i := m.end; i < len(toks) && i < m.end+6; i++ {
		w := toks[i].lower
		if toks[i].punct || phraseEnders[w] && w != "against" && w != "on" && w != "at" {
			return false // past the object: "abused migrants with impunity"
		}
		if !abstractNouns[w] {
			continue
		}
		if i+1 == len(toks) || toks[i+1].punct || phraseEnders[toks[i+1].lower] || isAdverb(toks[i+1].lower) {
			return true
		}
	}
	return false
}

// isAdverb is a cheap test for an adverb after a noun phrase ("together",
// "jointly").
func isAdverb(w string) bool {
	switch w {
	case "together", "again", "now", "too", "here", "there", "instead", "abroad", "at":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// phraseEnders are function words that end a noun phrase.
var phraseEnders = map[string]bool{
	"of": true, "in": true, "and": true, "or": true, "to": true, "by": true, "with": true, "that": true,
	"which": true, "at": true, "on": true, "as": true, "from": true, "for": true, "across": true, "while": true,
}

// isTroopMovement reports a visit cue whose subject is a military unit:
// "peacekeeping troops arrived in Bosnia" is a deployment, not a visit.
func isTroopMovement(toks []token, cl clause, m match) bool {
	if m.cue.Mode != "visit" {
		return false
	}
	for i := cl.start; i < m.start; i++ {
		switch toks[i].lower {
		case "troops", "soldiers", "forces", "peacekeepers", "peacekeeping", "contingent", "warships", "warship",
			"ships", "jets", "battalion", "battalions", "units", "marines", "sailors", "fleet", "convoy", "tanks",
			// Warships named by their class (twenty-ninth pass, consult47.go):
			// "A US aircraft carrier visited Vietnam", "a Russian frigate
			// arrived in Havana" make a port call, not a state visit.
			"frigate", "frigates", "destroyer", "destroyers", "carrier", "carriers", "submarine", "submarines",
			"corvette", "corvettes", "cruiser", "cruisers":
			return true
		}
	}
	return false
}

// isForecast reports the reporter's forecast of an act other than a
// meeting: "the two sides are expected to reaffirm", "officials would
// likely skip the Games". A scheduled meeting that is expected stays a
// planned meeting; a forecast of what the parties will say or do is not an
// event yet.
func isForecast(toks []token, cl clause, m match) bool {
	if m.cue.Type == "CONSULT" || refusalForecast(toks, m) {
		return false
	}
	for i := cl.start; i < m.start; i++ {
		switch toks[i].lower {
		case "likely", "unlikely", "probably", "possibly", "perhaps":
			return true
		case "expected", "poised", "tipped":
			if i+1 < len(toks) && toks[i+1].lower == "to" {
				return true
			}
		}
	}
	return false
}

// topicWords after a cue introduce what the parties talk about, not who
// takes part: "exchange views on promoting cooperation among Japan and
// South Korea", "spoke about China", "agreed to counter China's
// assertiveness".
var topicWords = map[string]bool{
	"about": true, "regarding": true, "concerning": true, "against": true, "toward": true,
	"towards": true, "counter": true, "countering": true, "including": true, "such": true,
	// What a meeting discusses: "discussed trade, Ukraine and energy".
	"discuss": true, "discussed": true, "discussing": true, "discusses": true, "everything": true,
}

// inTopic reports whether token at, after cue m, lies in the topic of a
// symmetric event. "with" or "between" after the topic word opens the list
// of parties again ("talks on trade with China").
func inTopic(toks []token, m match, at int) bool {
	// A cue may end in its own topic word: "spoke about".
	topic := m.end > m.start && (topicWords[toks[m.end-1].lower] || toks[m.end-1].lower == "on")
	for i := m.end; i < at && i < len(toks); i++ {
		w := toks[i].lower
		switch {
		case w == "including" && i >= 2 && toks[i-1].lower == "," && groupNouns[toks[i-2].lower]:
			// "talks with several leaders, including ...": the list
			// names the parties the group noun stands for.
		case topicWords[w]:
			topic = true
		case w == "on" || w == "over":
			if !timeOrSetting(toks, i+1) {
				topic = true
			}
		case w == "with" || w == "between" || w == "during":
			topic = false // "talks on trade with China", "discuss it during a visit to Denmark"
		case w == "by" && i > m.end && m.cue.Type == "CONSULT" && passiveOfOther(toks[i-1].lower):
			topic = true // "the talks were overshadowed by a plan proposed by the US" (consult20.go)
		}
	}
	return topic
}

// timeOrSetting reports a phrase after "on"/"over" that says when or how,
// not what: "on Monday", "on July 28", "over the phone", "on the sidelines".
func timeOrSetting(toks []token, i int) bool {
	for i < len(toks) && (toks[i].lower == "the" || toks[i].lower == "a") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].lower
	if isWeekdayOrTime(w) || monthNames[w] || settingWords[w] {
		return true
	}
	return w[0] >= '0' && w[0] <= '9'
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "aug.": true, "sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true,
}

var settingWords = map[string]bool{
	"sidelines": true, "margins": true, "phone": true, "telephone": true, "weekend": true, "day": true,
	"eve": true, "occasion": true, "video": true, "visit": true, "trip": true, "tour": true,
}

// isPossessiveTopic reports a country written as the owner of a thing
// ("China's assertiveness", "North Korea's missiles") after the cue of a
// symmetric event: the thing is the topic, the country is not a party.
func isPossessiveTopic(toks []token, sp span, m match) bool {
	if sp.start < m.end || sp.end+1 >= len(toks) || toks[sp.end].lower != "'s" {
		return false
	}
	return !actorNouns[toks[sp.end+1].lower]
}

// headsActor reports whether a country adjective at the end of a span
// qualifies an actor ("Japanese officials"), also through a list of
// adjectives ("Australian and British foreign ministers").
func headsActor(toks []token, i int, spans []span) bool {
	if burnedFlag(toks, i) {
		return true // "burned French flags" (flags20.go)
	}
	if condemnedDoer(toks, i) {
		return true // "condemned the US killing" (condemned20.go)
	}
	if condemnedBlowDoer(toks, i) {
		return true // "condemns Turkish air strike" (accuse22.go)
	}
	if judgedDoer(toks, i) {
		return true // "called the North Korean threat unacceptable" (judged46.go)
	}
	if deniedClaimant(toks, i) || doerAct(toks, i) {
		return true // "rejected British claims", "a Saudi act of aggression" (accuse22.go)
	}
	if askedHelper(toks, i) {
		return true // "sought Ugandan help" (request43.go)
	}
	if flownFlag(toks, i) {
		return true // "a trawler flying the Chinese flag" (flags20.go)
	}
	for i < len(toks) {
		w := toks[i].lower
		if actorNounAt(toks, i) {
			return true
		}
		if i+1 < len(toks) && actorNounAt(toks, i+1) && !toks[i].punct && toks[i].text != "" && isLowerWord(toks[i].text) {
			return true // one modifier between: "Iranian nuclear facilities", "Saudi oil tankers"
		}
		if k := nameEnd(toks, i); k >= i && (actorNounAt(toks, k) || k+1 < len(toks) && actorNounAt(toks, k+1)) {
			return true // a name between: "the U.S. Al Udeid Air Base", "Thai F-16 jets"
		}
		if w == "and" || w == "," || w == "or" || w == "&" {
			i++
			continue
		}
		next := -1
		for _, sp := range spans {
			if sp.start == i && sp.end > i {
				if sp.m.Kind != actors.Country && sp.m.Kind != actors.Place { // "the US and Europe": places go on the list (sides6.go)
					return true // "Chinese and US officials": an actor phrase
				}
				next = sp.end
				break
			}
		}
		if next < 0 {
			return false
		}
		i = next
	}
	return false
}

// nameEnd is the index of the last word of a run of up to four
// capitalised words starting at i (a name such as "Al Udeid Air Base" or
// "F-16"), or -1 when none starts there.
func nameEnd(toks []token, i int) int {
	k := i
	for k < len(toks) && k < i+4 && !toks[k].punct && toks[k].text != "" && !isLowerWord(toks[k].text) {
		k++
	}
	return k - 1
}

// isLowerWord reports a word written in lower case, a common noun or
// adjective rather than a name.
func isLowerWord(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

// agreeThat reports "agree that ...": what follows is what the subject
// thinks, not who it agrees with.
func agreeThat(toks []token, m match) bool {
	return strings.HasPrefix(toks[m.start].lower, "agree") && m.end < len(toks) && toks[m.end].lower == "that"
}

// placeNouns after a country name make it part of the name of a place.
var placeNouns = map[string]bool{
	"border": true, "borders": true, "frontier": true, "coast": true, "coastline": true, "region": true,
	"province": true, "waters": true, "islands": true, "mainland": true, "side": false,
}

// placeModifier reports a country that only names a place: "the
// U.S.-Mexico border", "Russian waters".
func placeModifier(toks []token, sp span) bool {
	if sp.inherited || namedDivision(toks, sp) { // "the province of Hodeidah" (divisions17.go)
		return false
	}
	// "near the border with Syria", "along the frontier of Lebanon": the
	// country names where the border runs.
	if i := sp.start - 1; i >= 1 && (toks[i].lower == "with" || toks[i].lower == "of") && placeNouns[toks[i-1].lower] {
		return true
	}
	if i := sp.start - 2; i >= 1 && (toks[i].lower == "with" || toks[i].lower == "of") && placeNouns[toks[i-1].lower] && isLowerWord(toks[sp.start-1].text) {
		return true // "the border with northwestern Syria"
	}
	if sp.end >= len(toks) {
		return false
	}
	i := sp.end
	if toks[i].lower == "-" || toks[i].lower == "–" {
		return false // "U.S.-" before "Mexico border": the last name decides, checked on its own span
	}
	if i+1 < len(toks) && borderForces[toks[i+1].lower] {
		return false // "Iranian border guards": a force of the country, not a place
	}
	return placeNouns[toks[i].lower]
}

// borderForces after a place noun make the phrase a force that guards the
// place ("border guards", "border police"): the country before it acts.
var borderForces = map[string]bool{"guards": true, "guard": true, "police": true, "troops": true, "forces": true, "patrol": true, "patrols": true, "officers": true, "agents": true}

// isDateline reports a place or country written as the dateline at the
// start of a story ("TOKYO:", "TOKYO (Reuters) –"): where the reporter
// files from, neither a party nor the venue.
func isDateline(toks []token, sp span) bool {
	if sp.start != 0 || sp.end >= len(toks) {
		return false
	}
	switch toks[sp.end].lower {
	case ":", "–", "—", "-":
		return true
	case "(":
		// "TOKYO (Reuters)"; a person before a bracket is a caption's
		// "Kim Jong Un (L) shakes hands with" (captions11.go).
		return sp.m.Kind != actors.Person
	}
	return false
}
