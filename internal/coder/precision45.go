package coder

import "strings"

// Twenty-seventh pass (stop 45), the precision of meetings, support,
// requests and agreements read from sentences written for it. Each
// construction below carries a cue word of the family and two countries,
// yet tells no act of one state toward the other.

// namedNotDone45 reports a cue that is one of the constructions below.
func namedNotDone45(toks []token, m match) bool {
	return topicOfThing(toks, m) || describedAs(toks, m) || welcomingAdjective(toks, m) ||
		soughtAim(toks, m) || jointWelcomeOfProgress(toks, m) || accordInForce(toks, m) ||
		inPraiseNotGiven(toks, m) || supportSought(toks, m)
}

// inPraiseNotGiven reports a noun cue inside the words a praise told as a
// description, or a joint welcome of progress, is about: "often hailed as
// a model of regional cooperation", "the two leaders welcomed the
// progress achieved in other areas of bilateral cooperation". With the
// praise dropped, the noun is only part of what is praised; it tells no
// act of its own.
func inPraiseNotGiven(toks []token, m match) bool {
	if !m.noun {
		return false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-10; i-- {
		if toks[i].punct {
			return false
		}
		w := toks[i].lower
		if !strings.HasPrefix(w, "welcom") && !isPraise(w) {
			continue
		}
		praise := match{cue: &cue{Type: "SUPPORT"}, start: i, end: i + 1, head: i}
		return describedAs(toks, praise) || jointWelcomeOfProgress(toks, praise)
	}
	return false
}

// seekingWords come before the noun "support" when the support is asked
// for or courted, not given.
var seekingWords = map[string]bool{
	"seek": true, "seeks": true, "seeking": true, "sought": true, "for": true, "up": true,
	"rally": true, "rallying": true, "rallied": true, "court": true, "courting": true, "courted": true,
}

// supportSought reports the noun "support" after a verb of seeking within
// three words: "looking for wider international support in his standoff
// with Washington", "sought to shore up support among Taiwan's remaining
// allies", "drum up support for the plan". The support is what one side
// hopes to win; it has not been given, and the country named with it is
// the adversary or the one courted. "won the support of" and "expressed
// support for" tell support given and are left alone.
func supportSought(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || toks[m.head].lower != "support" {
		return false
	}
	for i := m.head - 1; i >= 0 && i >= m.head-3; i-- {
		if toks[i].punct {
			return false
		}
		w := toks[i].lower
		if w == "for" && (i == 0 || !strings.HasPrefix(toks[i-1].lower, "look") && !strings.HasPrefix(toks[i-1].lower, "lobb") &&
			!strings.HasPrefix(toks[i-1].lower, "appeal") && !strings.HasPrefix(toks[i-1].lower, "search")) {
			continue
		}
		if w == "up" && (i == 0 || !strings.HasPrefix(toks[i-1].lower, "shor") && !strings.HasPrefix(toks[i-1].lower, "drum")) {
			continue
		}
		if seekingWords[w] {
			return true
		}
	}
	return false
}

// aboutWords45 introduce what a document, a leak or a question is about.
var aboutWords45 = map[string]bool{"concerning": true, "regarding": true}

// topicOfThing reports a noun cue of a meeting or an accord within four
// words after "relating to", "related to", "pertaining to", "concerning"
// or "regarding": "documents relating to trade talks between the UK and
// the US were leaked", "memos related to negotiations between Spain and
// Morocco". The talks are the topic of the thing named before, told to
// say what it is about; they are not the news, and nothing in the
// sentence says they were held on its day. A cue before the phrase
// ("talks regarding the border") is left alone.
func topicOfThing(toks []token, m match) bool {
	if !m.noun || m.cue.Type != "AGREE" && m.cue.Type != "CONSULT" {
		return false
	}
	for i := m.start - 1; i >= 0 && i >= m.start-5; i-- {
		w := toks[i].lower
		if toks[i].punct {
			return false
		}
		if aboutWords45[w] {
			return true
		}
		if w == "to" && i > 0 {
			switch toks[i-1].lower {
			case "relating", "related", "relate", "relates", "pertaining":
				return true
			}
		}
	}
	return false
}

// describedBefore come before a participle of praise told as a
// description: an adverb of habit or a form of "be".
var describedBefore = map[string]bool{
	"often": true, "widely": true, "long": true, "once": true, "frequently": true, "much": true,
	"been": true, "was": true, "were": true, "is": true, "are": true, "be": true, "being": true,
}

// describedAs reports a participle of praise followed by "as" with an
// adverb of habit or a form of "be" before it: "relations between Chile
// and Bolivia, often hailed as a model of regional cooperation", "the
// treaty was long praised as a model". The words describe a thing as
// others see it, with no one named who praises; no support of one side
// for the other is told.
func describedAs(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || m.end >= len(toks) || toks[m.end].lower != "as" {
		return false
	}
	h := toks[m.head].lower
	if !isPraise(h) || !strings.HasSuffix(h, "ed") || m.head == 0 {
		return false
	}
	return describedBefore[toks[m.head-1].lower]
}

// welcomeLinks are verbs that link a subject to the adjective "welcome".
var welcomeLinks = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "remain": true,
	"remains": true, "remained": true, "feel": true, "feels": true, "felt": true, "made": true,
}

// welcomingAdjective reports "welcome" after a linking verb ("Ugandans in
// Rwanda are safe and will continue to be welcome", "Chileans living in
// Peru remain welcome"): the adjective says people are received well,
// and no one supports any act of the other state. It reports too
// "welcoming" followed by "to", "of" or "toward(s)": "Italy and Greece
// have been more welcoming to Chinese investment than France". The verb "welcome" takes its object without a
// preposition; before one, "welcoming" is the adjective of an attitude,
// not an act of support.
func welcomingAdjective(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" {
		return false
	}
	if toks[m.head].lower == "welcome" && m.head > 0 && welcomeLinks[toks[m.head-1].lower] {
		return true
	}
	if toks[m.head].lower != "welcoming" || m.head+1 >= len(toks) {
		return false
	}
	switch toks[m.head+1].lower {
	case "to", "of", "toward", "towards":
		return true
	}
	return false
}

// soughtAimNouns are what a state seeks that it can only reach with another:
// a way out, a partner, a fresh start. "Seek" with one of them tells an
// aim, not a request put to the other side.
var soughtAimNouns = map[string]bool{
	"solution": true, "solutions": true, "partnership": true, "partnerships": true, "alliance": true,
	"alliances": true, "collaboration": true, "beginning": true, "start": true, "rapprochement": true,
	"partners": true, "allies": true, "way": true,
}

// soughtAim reports a REQUEST verb "seek" whose object, within four words
// before any punctuation, is a noun of an aim: "Bolivia is seeking a fair
// solution with Chile", "Mali and Niger have sought new partnerships,
// including with Russia", "Peru has sought a new beginning in relations
// with Venezuela", "Chad seeks collaboration beneficial to both nations".
// The country named after it is the partner hoped for, not the one asked
// for anything; "sought security guarantees from Britain" names what is
// asked and of whom, and stays.
func soughtAim(toks []token, m match) bool {
	if m.cue.Type != "REQUEST" || m.noun || !strings.HasPrefix(toks[m.head].lower, "s") {
		return false
	}
	if h := toks[m.head].lower; !strings.HasPrefix(h, "seek") && h != "sought" {
		return false
	}
	if wordAhead(toks, m.end, 4, soughtAimNouns) {
		return true
	}
	// "seeking wider international support in his standoff with Togo":
	// support asked of the world names no one asked; the country after it
	// is the adversary.
	for k := m.end; k+1 < len(toks) && k < m.end+3; k++ {
		if toks[k].punct {
			return false
		}
		if worldWords[toks[k].lower] && worldAsked[toks[k+1].lower] {
			return true
		}
	}
	return false
}

// worldWords name everyone as the ones asked; worldAsked what is asked.
var (
	worldWords = map[string]bool{"international": true, "global": true, "worldwide": true}
	worldAsked = map[string]bool{"support": true, "backing": true, "help": true, "sympathy": true}
)

// progressNouns name a state of shared affairs that leaders welcome
// together.
var progressNouns = map[string]bool{
	"progress": true, "strengthening": true, "recovery": true, "momentum": true, "growth": true,
	"developments": true, "improvement": true, "deepening": true, "expansion": true, "strides": true,
}

// jointSubject are words of a subject that names both sides at once.
var jointSubject = map[string]bool{
	"both": true, "two": true, "leaders": true, "sides": true, "and": true,
}

// jointWelcomeOfProgress reports a verb of welcome or praise whose subject
// names both sides ("the two leaders", "both sides", "the Chilean and
// Peruvian presidents") and whose object, within three words, is a word
// of progress: "the two leaders welcomed the progress achieved in other
// areas of bilateral cooperation", "both sides welcome the strengthening
// economic recovery". The sides together approve of how things stand, as
// joint statements say after a meeting; neither supports an act of the
// other. A third country welcoming progress keeps its event.
func jointWelcomeOfProgress(toks []token, m match) bool {
	h := toks[m.head].lower
	if m.cue.Type != "SUPPORT" || m.noun || !(strings.HasPrefix(h, "welcom") || isPraise(h)) {
		return false
	}
	if !wordAhead(toks, m.end, 3, progressNouns) {
		return false
	}
	for i := m.head - 1; i >= 0 && i >= m.head-6; i-- {
		if toks[i].punct {
			return false
		}
		if jointSubject[toks[i].lower] {
			return true
		}
	}
	return false
}

// inForceVerbs tell an accord's entry into force or its end.
var inForceVerbs = map[string]bool{
	"took": true, "taken": true, "came": true, "come": true, "entered": true, "expired": true, "lapsed": true,
}

// accordInForce reports a noun cue of a treaty or an agreement followed,
// within eight words before any punctuation, by "took effect", "came into
// force", "entered into force" or "expired": "the extradition treaty
// between Thailand and Laos took effect on March 1", "the first case under
// a treaty with Malaysia that came into force in 2023". The accord was
// made before; the day told is when it began or ceased to bind, and no
// accord is made on it. Only the past is read so: an accord that "will
// take effect in July" is still to come into being and stays a planned
// accord (wire19_effect_test.go). A ceasefire or a truce taking effect is
// left alone: news tells it as the event itself.
func accordInForce(toks []token, m match) bool {
	if !m.noun || m.cue.Type != "AGREE" {
		return false
	}
	switch toks[m.head].lower {
	case "ceasefire", "ceasefires", "truce", "truces":
		return false
	}
	for k := m.end; k+1 < len(toks) && k < m.end+8; k++ {
		if toks[k].punct {
			return false
		}
		w, next := toks[k].lower, toks[k+1].lower
		if !inForceVerbs[w] || w == "come" && (plannedBefore[toks[k-1].lower] || isModal(toks[k-1]) || toks[k-1].lower == "to") {
			continue // "will come into force next year" is still to come
		}
		if w == "expired" || w == "lapsed" || next == "effect" ||
			next == "into" && k+2 < len(toks) && (toks[k+2].lower == "force" || toks[k+2].lower == "effect") {
			return true
		}
	}
	return false
}

// wishWords open the object of "would welcome" when it is a thing wanted.
var wishWords = map[string]bool{
	"a": true, "an": true, "more": true, "further": true, "additional": true, "any": true, "greater": true,
}

// wishedWelcome reports the verb "welcome" right after "would" or "'d"
// whose object opens with an article or a word of amount: "said he would
// welcome a permanent US military base in his country", "would welcome
// more American troops in Romania". Said of a thing the other side could
// give, the conditional welcome is the polite form of asking for it: a
// request made when it is said, not an accord to come. A decision or a
// move of the other ("would welcome Ethiopia's decision") is left alone.
func wishedWelcome(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || toks[m.head].lower != "welcome" || m.head == 0 || m.end >= len(toks) {
		return false
	}
	if w := toks[m.head-1].lower; w != "would" && w != "'d" {
		return false
	}
	return wishWords[toks[m.end].lower]
}
