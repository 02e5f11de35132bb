package coder

import "strings"

// This file holds the rules that decide, before any clause is coded,
// which cue words of a sentence can report an act at all. News English
// writes the words of acts in places where they tell no act of their
// own: as nouns after a preposition ("amid protests"), as adjectives
// ("on occupied land"), as the content of a noun of aim or fear ("efforts
// to get Ukraine to investigate", "his fear of being extradited"), inside
// a fronted phrase that sets the scene ("With protests exploding, ..."),
// and as a stance ("is committed to the formula"). gateMatches runs right
// after markNounUses, so the clause picks its cue among what is left.

// gateMatches marks cue words used as nouns after a preposition and drops
// those that cannot report an act of their own.
func gateMatches(toks []token, ms []match) []match {
	scene := frontedSceneEnd(toks)
	stance := -1 // the end of what a stated commitment is to
	out := ms[:0]
	for _, m := range ms {
		if m.cue.flags.none {
			continue // a cue word in another sense (cues.tsv, ninth pass)
		}
		if m.cue.flags.speech {
			out = append(out, m)
			continue
		}
		if m.start < stance {
			continue // "is committed to the formula granting autonomy": the stance's object
		}
		if nounAfterPreposition(toks, m) {
			m.noun, m.form = true, formNone
		}
		if statedCommitment(toks, m) {
			stance = clauseEndAfter(toks, m.end)
		}
		if m.start < scene || attributiveParticiple(toks, m) || adverbParticiple(toks, m) || aimContent(toks, m) || fearedAct(toks, m) ||
			blockedNoun(toks, m) || forcesNoun(toks, m) || heldState(toks, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// objectPrepositions take a noun phrase, never a finite verb: a bare verb
// form right after one is a noun ("amid protests", "despite warnings",
// "over threats"). Only prepositions of scene, cause and topic are listed:
// after "during", "after" or "of" the noun is often the event told
// ("during talks with Lukashenko", "died as a result of torture"), which
// the coder reads from the verb form today.
var objectPrepositions = map[string]bool{
	"amid": true, "amidst": true, "despite": true, "over": true, "against": true,
	"without": true, "about": true, "regarding": true, "concerning": true, "like": true,
}

// nounAfterPreposition reports a cue in its base or "-s" form right after
// a preposition ("amid protests", "over threats"), or an "-s" form right
// after "to" ("in response to attacks"; "to attack" stays an infinitive):
// a preposition takes a noun, so the word is the noun.
func nounAfterPreposition(toks []token, m match) bool {
	if m.noun || m.start == 0 || m.form != formBase && m.form != formThird {
		return false
	}
	prev := toks[m.start-1].lower
	return objectPrepositions[prev] || prev == "to" && m.form == formThird
}

// attributiveParticiple reports a past participle cue of one word right
// after a preposition and before the noun it describes ("on occupied
// Palestinian land", "in disputed waters", "from captured territory"): an
// adjective, not an act told again.
func attributiveParticiple(toks []token, m match) bool {
	if m.noun || m.form != formPast && m.form != formParticiple || m.start == 0 || m.end != m.start+1 || m.end >= len(toks) {
		return false
	}
	if !adjectivePrepositions[toks[m.start-1].lower] {
		return false
	}
	next := toks[m.end]
	return !next.punct && !phraseEnders[next.lower] && !determiners[next.lower] && next.lower != "by"
}

// adjectivePrepositions stand before a participle used as an adjective.
var adjectivePrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "from": true, "into": true, "onto": true, "over": true, "across": true,
	"of": true, "with": true, "for": true, "to": true, "under": true, "through": true, "within": true,
	"near": true, "amid": true, "despite": true, "against": true, "about": true, "without": true,
}

// aimNouns name an aim, an attempt or a request whose infinitive tells
// what is sought, not what was done: "efforts to get Ukraine to
// investigate", "a bid to expel", "Trump's request to the president to
// investigate".
var aimNouns = map[string]bool{
	"effort": true, "efforts": true, "attempt": true, "attempts": true, "bid": true, "bids": true,
	"request": true, "requests": true, "push": true, "pressure": true, "campaign": true,
	"plot": true, "plots": true, "scheme": true, "schemes": true, "drive": true, "quest": true,
	"ploy": true, "demand": true, "demands": true,
}

// aimContent reports a verb cue in an infinitive that belongs to a noun of
// aim ("efforts to get Ukraine to investigate"): walking back from its
// "to" over at most four words of a noun phrase or a "get/ask X to"
// chain, the first noun of aim met governs it. Punctuation or a finite
// verb ends the walk.
func aimContent(toks []token, m match) bool {
	if m.noun || m.form != formBase || m.start < 2 || toks[m.start-1].lower != "to" {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-6; k-- {
		w := toks[k]
		if w.punct && w.lower != "'s" && w.lower != "’s" {
			return false
		}
		if aimNouns[w.lower] {
			return true
		}
		if pastIrregular[w.lower] || len(w.lower) > 4 && isLowerWord(w.text) && strings.HasSuffix(w.lower, "ed") {
			return false // "pressed Ukraine to investigate": a verb, an act told
		}
	}
	return false
}

// fearNouns name what may happen to someone: "his fear of being
// extradited", "the risk of being expelled".
var fearNouns = map[string]bool{
	"fear": true, "fears": true, "risk": true, "risks": true, "danger": true, "threat": true,
	"prospect": true, "possibility": true, "spectre": true, "specter": true, "chance": true,
	"likelihood": true, "worry": true, "worries": true,
}

// fearedAct reports a cue after "of being" or "of" with a gerund, after a
// noun of fear or chance ("his fear of being extradited from Sweden",
// "fears of attacking"): what might happen, not what did.
func fearedAct(toks []token, m match) bool {
	i := m.start
	if i >= 1 && toks[i-1].lower == "being" && (m.form == formPast || m.form == formParticiple) {
		i--
	} else if m.form != formIng {
		return false
	}
	return i >= 2 && toks[i-1].lower == "of" && fearNouns[toks[i-2].lower]
}

// stanceObjectEnd returns, for a stated commitment (see
// statedCommitment), where the first act named in what it is committed
// to begins, or 0: "is committed to the formula granting Hong Kong
// autonomy" names the holder of a stance, and Hong Kong belongs to the
// granting, not to the commitment. The acts themselves are dropped by
// gateMatches.
func stanceObjectEnd(toks []token, m match, lx *lexicon) int {
	if !statedCommitment(toks, m) {
		return 0
	}
	end := clauseEndAfter(toks, m.end)
	for _, n := range lx.find(toks) {
		if n.start >= m.end && n.start < end && !n.cue.flags.speech {
			return n.start
		}
	}
	return 0
}

// copulas before "committed to" make it a state, not an act.
var copulas = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "remain": true,
	"remains": true, "remained": true, "stay": true, "stays": true, "stayed": true, "am": true,
}

// statedCommitment reports "committed" after a form of "be" or "remain"
// ("said it is committed to the formula", "remain committed to the
// deal"): a stance the speaker holds, not an agreement made with anyone
// on a day (PLOVER still codes it AGREE), and what it is committed to is
// no act either. "Japan
// committed to ..." with no copula stays the act.
func statedCommitment(toks []token, m match) bool {
	if m.noun || m.start == 0 || m.cue.Type != "AGREE" || !strings.HasPrefix(toks[m.start].lower, "committed") {
		return false
	}
	k := m.start - 1
	if k > 0 && isAdverbLike(toks[k].lower) {
		k-- // "is firmly committed"
	}
	return copulas[toks[k].lower]
}

// clauseEndAfter is the first comma, semicolon or clause-opening
// conjunction at or after i outside quotation marks, or the end of the
// sentence.
func clauseEndAfter(toks []token, i int) int {
	quoted := false // a comma inside "one country, two systems" ends nothing
	for ; i < len(toks); i++ {
		switch toks[i].lower {
		case "“":
			quoted = true
		case "”":
			quoted = false
		case "\"":
			quoted = !quoted
		case ",", ";", ":", "while", "but", "whereas":
			if !quoted {
				return i
			}
		}
	}
	return len(toks)
}

// isAdverbLike is a word ending in "-ly" or a common adverb between a
// copula and its adjective.
func isAdverbLike(w string) bool {
	switch w {
	case "still", "also", "not", "fully", "deeply", "firmly", "very":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// sceneOpeners open a fronted phrase that sets the scene of the sentence
// ("With Hong Kong protests exploding, ...", "Amid protests, ...",
// "Despite US sanctions, ...").
var sceneOpeners = map[string]bool{"with": true, "amid": true, "amidst": true, "despite": true}

// frontedSceneEnd returns the token after the comma that closes a phrase
// opened by "With", "Amid" or "Despite" at the start of the sentence, or 0:
// the acts named there are the scene, the news follows the comma.
func frontedSceneEnd(toks []token) int {
	start := kickerEnd(toks)
	if start >= len(toks) || !sceneOpeners[toks[start].lower] {
		return 0
	}
	for i := start + 1; i < len(toks) && i <= start+16; i++ {
		switch toks[i].lower {
		case ",":
			return i + 1
		case ";", ":", ".":
			return 0
		}
	}
	return 0
}

// blockingVerbs keep the act of their object from happening: "blocking
// the delivery of aid", "obstructed the talks".
var blockingVerbs = map[string]bool{
	"block": true, "blocks": true, "blocked": true, "blocking": true, "obstruct": true, "obstructs": true,
	"obstructed": true, "obstructing": true, "impede": true, "impedes": true, "impeded": true, "impeding": true,
	"hinder": true, "hinders": true, "hindered": true, "hindering": true, "thwart": true, "thwarts": true,
	"thwarted": true, "thwarting": true,
}

// blockedNoun reports a noun cue within four words after a verb of
// blocking ("by blocking the delivery of aid", "thwarted an attack"):
// the act was kept from happening.
func blockedNoun(toks []token, m match) bool {
	return m.noun && wordShortlyBefore(toks, clause{}, m, 4, blockingVerbs)
}

// promoLabels open a line that links to another story ("SEE MORE: ...",
// "READ MORE: ...", "Related: ..."): its headline is no sentence of this
// article.
var promoLabels = map[string]bool{"see more": true, "read more": true, "read also": true, "also read": true, "see also": true, "related": true, "more": true, "recommended": true}

// isPromoLine reports a link to other stories: a line opened by a promo
// label and a colon, or one carrying two section tags in brackets
// ("[VIDEO]", "[ INSIGHT]") as lists of links do.
func isPromoLine(toks []token) bool {
	for i := 0; i < len(toks) && i < 3; i++ {
		if toks[i].lower != ":" {
			continue
		}
		var w []string
		for _, t := range toks[:i] {
			w = append(w, t.lower)
		}
		return promoLabels[strings.Join(w, " ")]
	}
	tags := 0
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower == "[" && toks[i+2].lower == "]" && toks[i+1].text == strings.ToUpper(toks[i+1].text) && !toks[i+1].punct {
			tags++
		}
	}
	return tags >= 2
}
