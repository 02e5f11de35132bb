package coder

import "strings"

// Twenty-fifth pass (stop 43): threats no one makes, read from sentences
// written by hand. News uses "threaten" as often for a danger a thing
// poses as for a threat a state makes: "the conflict is threatening the
// wider region", "a spat between Paris and Brasilia that threatened to
// overshadow the summit", "tariffs threaten to cripple exports", "Russian
// meddling is threatening elections". The one that threatens is a state
// of things, so no state threatens the countries the sentence names. And
// "warn" addressed to one's own people or to travellers ("warned its
// citizens to avoid travel to Haiti", "warned tourists to be cautious")
// is advice, no threat to the country they would travel to.

// threateningThings are nouns that head a subject that is no actor: a
// conflict, a quarrel, a measure or a force of nature.
var threateningThings = map[string]bool{
	"conflict": true, "conflicts": true, "war": true, "fighting": true, "violence": true, "crisis": true,
	"dispute": true, "spat": true, "row": true, "feud": true, "rift": true, "standoff": true,
	"tensions": true, "unrest": true, "insurgency": true, "tariffs": true, "tariff": true,
	"meddling": true, "interference": true, "seas": true, "drought": true, "floods": true,
	"flooding": true, "pandemic": true, "outbreak": true, "inflation": true, "recession": true,
	"shortages": true, "shortage": true, "dam": true, "chaos": true, "instability": true, "turmoil": true,
}

// subjectSkips are the words between a subject and its verb that are not
// the subject: auxiliaries, modals, adverbs, relative pronouns.
var subjectSkips = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"could": true, "may": true, "might": true, "can": true, "will": true, "would": true, "now": true,
	"also": true, "already": true, "further": true, "increasingly": true, "still": true, "been": true,
	"that": true, "which": true, "seriously": true, "directly": true,
}

// thingThreatens reports a verb "threaten" whose subject is a thing: the
// noun right before it (past auxiliaries, adverbs and "that" or "which"),
// or a noun of a thing before a phrase of place or parties that ends
// there ("a conflict across Mali, Burkina Faso and Niger that is
// threatening", "the dispute between France and Brazil threatened").
func thingThreatens(toks []token, m match) bool {
	if m.cue.Type != "THREATEN" || m.noun || !strings.HasPrefix(toks[m.head].lower, "threaten") {
		return false
	}
	k := m.head - 1
	for k >= 0 && subjectSkips[toks[k].lower] {
		k--
	}
	if k < 0 {
		return false
	}
	return threateningThings[toks[k].lower] || thingBeforeTail(toks, k)
}

// advisedPeople are whom a warning as advice is addressed to: one's own
// people or those who travel.
var advisedPeople = map[string]bool{
	"citizens": true, "nationals": true, "tourists": true, "travellers": true, "travelers": true,
	"visitors": true, "residents": true, "civilians": true, "fishermen": true, "sailors": true,
	"airlines": true, "pilots": true, "expatriates": true, "students": true, "pilgrims": true,
}

// warnsPeople reports a verb "warn" addressed to people it advises:
// "warned its citizens to avoid travel to Haiti", "warned tourists to be
// cautious", "warned Sri Lankan fishermen of rough seas". Up to three
// words (a possessive, a demonym, "all", "foreign") may stand between.
func warnsPeople(toks []token, m match) bool {
	if m.cue.Type != "THREATEN" || m.noun || !strings.HasPrefix(toks[m.head].lower, "warn") {
		return false
	}
	return wordAhead(toks, m.end, 4, advisedPeople)
}

// tailPreps open the phrase that may follow a subject's head noun: "the
// conflict in the Sahel", "the dispute between France and Brazil".
var tailPreps = map[string]bool{
	"in": true, "between": true, "over": true, "with": true, "across": true, "of": true, "on": true, "among": true,
}

// thingBeforeTail reports a noun of a thing followed by a phrase of
// place or parties that ends at k with a name, within eight words: the
// phrase holds only names, commas, "and", "the" and its preposition, so
// a clause that opens with "as" or a verb ("tensions rose as Tehran
// threatened", "declared a trade war on Canada and has threatened")
// stops the search.
func thingBeforeTail(toks []token, k int) bool {
	if !toks[k].capital() {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		w := toks[j].lower
		if tailPreps[w] {
			return threateningThings[toks[j-1].lower]
		}
		if !toks[j].capital() && w != "," && w != "and" && w != "the" {
			return false
		}
	}
	return false
}

// datedSaying reports the words between a verb of saying and the pronoun
// after it as the day the words were said, with "that" or not: "said on
// Monday it could impose tariffs", "said Tuesday that it may". Wire copy
// puts the day right after the verb, and the pronoun is still the
// speaker's own side.
func datedSaying(toks []token, speak, pron int) bool {
	if pron-speak < 2 || pron-speak > 5 {
		return false
	}
	day := false
	for k := speak + 1; k < pron; k++ {
		w := toks[k].lower
		if _, ok := weekdays[w]; ok || w == "yesterday" || w == "today" {
			day = true
			continue
		}
		if w != "on" && w != "that" && w != "last" {
			return false
		}
	}
	return day
}
