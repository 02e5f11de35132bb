package coder

import "strings"

// Rules that tell a cue word used for background, or for no act at all,
// from the news a sentence reports (fourth pass, precision). Each names a
// construction of news English; they are asked of every cue match before a
// clause picks its cue, so a clause whose only cue is background gives no
// event and one with another cue codes that one.

// toldAsBackground reports a cue the sentence uses to recall an earlier
// act, or to say an act did not happen.
func toldAsBackground(toks []token, m match) bool {
	return insideSince(toks, m) || declinedToSay(toks, m) || namesSomeone(toks, m) || envoyTitle(toks, m) || habitualAdverb(toks, m) || inCampaign(toks, m) ||
		describedAsBacked(toks, m) || cannotDo(toks, m) || thankedFor(toks, m) || conditionalOffer(toks, m) || hopedFor(toks, m) ||
		habitOverSpan(toks, m) && !sentenceTerm(toks, m) || coalitionsDoing(toks, m) || strainCause(toks, m) || // habit18.go, term46.go, coalition18.go, strained18.go
		expertReading(toks, m) || insteadOf(toks, m) || // expert18.go, instead18.go
		yesNoQuestion(toks, m) || presentHabit(toks, m) || stateSinceYear(toks, m) || // question19.go, habit19.go
		inThePast(toks, m) || vagueAgo(toks, m) || // past19.go
		troopsLeftNoPlace(toks, m) || orderedToVerb(toks, m) || // concede22.go, mobilize23.go
		heldInPhrase(toks, m) // passive46.go
}

// phraseBreaks end a prepositional or adverbial phrase.
var phraseBreaks = map[string]bool{",": true, ";": true, ":": true, "—": true, "–": true, "(": true, ")": true, ".": true}

// insideSince reports a cue inside a phrase opened by "since" ("the first
// visit since the 2020 border clashes", "the first of its kind since Russia
// launched air strikes", "a war that has ravaged the country since the
// invasion"): "since" names the point a span starts from, an act the
// reader is reminded of, not the news.
func insideSince(toks []token, m match) bool {
	for i := m.start - 1; i >= 0; i-- {
		w := toks[i].lower
		if phraseBreaks[w] {
			return false
		}
		if w == "since" {
			return !sinceAdverb(toks, i) // "has since denied": the adverb opens no phrase (refused20.go)
		}
	}
	return false
}

// lastTime reports a verb cue after the adverb "last" ("he last visited in
// December 2021", "the two leaders last met in 2019"): the previous time
// of an act, told to measure how long ago it was.
func lastTime(toks []token, m match) bool {
	if m.noun || m.start == 0 {
		return false
	}
	i := m.start - 1
	if toks[i].lower == "had" || toks[i].lower == "have" || toks[i].lower == "has" {
		i--
	}
	if i < 0 || toks[i].lower != "last" {
		return false
	}
	// "the last visit", "last week met": an adjective or a time phrase.
	if i > 0 && (nounPhraseOpeners[toks[i-1].lower] || toks[i-1].lower == "'s") {
		return false
	}
	return m.form == formPast || m.form == formParticiple
}

// shortOf reports a cue after "stopped short of" or "fell short of"
// ("stopped short of threatening a military response"): news English says
// so of an act that was not done.
func shortOf(toks []token, m match) bool {
	i := m.start - 1
	if i < 2 || toks[i].lower != "of" || toks[i-1].lower != "short" {
		return false
	}
	switch toks[i-2].lower {
	case "stopped", "stops", "stop", "stopping", "fell", "falls", "fall", "falling", "fallen":
		return true
	}
	return false
}

// sayingVerbs are what a source declines to do when it keeps silent; not
// "respond" or "provide": "refused to respond to a demand" rejects it.
var sayingVerbs = map[string]bool{
	"comment": true, "say": true, "detail": true, "elaborate": true, "specify": true, "discuss": true,
	"confirm": true, "disclose": true, "reveal": true, "identify": true, "name": true, "answer": true,
	"speculate": true,
}

// declinedToSay reports "declined to comment" and its kin ("declined to
// detail any intelligence", "refused to say whether"): a source keeping
// silent to the press, no rejection of another party.
func declinedToSay(toks []token, m match) bool {
	if m.cue.Type != "REJECT" || m.noun {
		return false
	}
	w := toks[m.start].lower
	if len(w) < 6 || w[:6] != "declin" && w[:6] != "refuse" && w[:6] != "refusi" {
		return false
	}
	i := m.start + 1
	if i < len(toks) && toks[i].lower == "to" {
		i++
	}
	return i < len(toks) && sayingVerbs[toks[i].lower]
}

// appraisalVerbs judge someone for something: "praised Kim for", "was
// criticized for", "blamed Iran for".
var appraisalVerbs = []string{"critici", "condemn", "blam", "prais", "commend", "thank", "congratulat", "hail", "slam", "denounc", "fault", "applaud", "lambast", "rebuk"}

// appraisalReasonStart is where the reason for a judgement begins, the
// "for" after a verb of praise or blame ("commended the bill for sending a
// message to North Korea", "was criticized in some quarters for meeting
// Putin without involving Ukraine"), or 0. Who is named in the reason is
// what the judgement is about, not a party to it: the one judged is named
// before "for".
func appraisalReasonStart(toks []token, m match) int {
	if m.noun || m.cue.Type != "ACCUSE" && m.cue.Type != "SUPPORT" {
		return 0
	}
	w := toks[m.head].lower
	judges := false
	for _, p := range appraisalVerbs {
		if strings.HasPrefix(w, p) {
			judges = true
			break
		}
	}
	if !judges {
		return 0
	}
	for i := m.end; i < len(toks); i++ {
		if phraseBreaks[toks[i].lower] {
			return 0
		}
		if toks[i].lower == "for" {
			return i
		}
	}
	return 0
}

// namesSomeone reports "call" followed by a person and what he is called
// ("calling Ukrainian President Volodymyr Zelenskyy a 'dictator'"): a word
// said of someone, not a phone call with him.
func namesSomeone(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.noun || !strings.HasPrefix(toks[m.head].lower, "call") {
		return false
	}
	i := m.end
	for i < len(toks) && !toks[i].punct && !isLowerWord(toks[i].text) && toks[i].lower != "'s" {
		i++ // the rest of the name
	}
	if i < len(toks) && (toks[i].lower == "“" || toks[i].lower == "\"") {
		return true
	}
	if i+1 >= len(toks) || toks[i].lower != "a" && toks[i].lower != "an" || isWeekdayOrTime(toks[i+1].lower) || spanWords[toks[i+1].lower] {
		return false
	}
	// "called Putin a day after the summit": when, not what.
	return i+2 >= len(toks) || !spanWords[toks[i+2].lower] && toks[i+2].lower != "after" && toks[i+2].lower != "before"
}

// spanWords measure time: "a day after", "a few hours later".
var spanWords = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "few": true, "couple": true, "second": true,
	"fortnight": true, "decade": true, "number": true, "hours": true, "days": true, "weeks": true, "months": true,
}

// envoyTitle reports "charge" in "chargé d'affaires", the title of an
// envoy who heads a mission without an ambassador: a person, not a
// charge.
func envoyTitle(toks []token, m match) bool {
	if m.start+1 >= len(toks) || !strings.HasPrefix(toks[m.start].lower, "charg") {
		return false
	}
	next := strings.ReplaceAll(toks[m.start+1].lower, "’", "'")
	return next == "d'affaires" || next == "d" || next == "des"
}

// seriesAdverbs tell a verb as a habit or a record, not one act of a day:
// "has repeatedly threatened to impose sanctions", "has previously opposed
// the transfer", "has long sought".
var seriesAdverbs = map[string]bool{
	"repeatedly": true, "previously": true, "often": true, "frequently": true, "regularly": true,
	"routinely": true, "long": true, "consistently": true, "constantly": true, "persistently": true,
}

// habitualAdverb reports a cue after an adverb of a series that follows
// "has", "have" or "had" ("has repeatedly threatened to impose sanctions",
// "has previously opposed"): background the reader is reminded of, the
// verb and what it governs up to the next break alike.
func habitualAdverb(toks []token, m match) bool {
	for i := m.start - 1; i >= 1; i-- {
		if phraseBreaks[toks[i].lower] || toks[i].lower == "and" || toks[i].lower == "but" {
			return false
		}
		if seriesAdverbs[toks[i].lower] {
			switch toks[i-1].lower {
			case "has", "have", "had":
				return true
			}
		}
	}
	return false
}

// campaignNouns name a standing effort rather than an act of a day.
var campaignNouns = map[string]bool{"fight": true, "war": true, "campaign": true, "struggle": true}

// inCampaign reports a force word naming a standing effort that an act
// serves ("troops advising local forces in the fight against ISIS", "a
// partner in the war on terror"): the purpose of the act, not an attack.
func inCampaign(toks []token, m match) bool {
	if m.cue.Type != "ASSAULT" || !campaignNouns[toks[m.head].lower] || m.start < 2 || m.head+1 >= len(toks) {
		return false
	}
	if next := toks[m.head+1].lower; next != "against" && next != "on" {
		return false
	}
	if toks[m.start-1].lower != "the" {
		return false
	}
	switch toks[m.start-2].lower {
	case "in", "to", "into", "for", "of":
		return true
	}
	return false
}

// performative reports a verb in the present tense, the form in which a
// statement does what it says ("“Qatar strongly condemns the attack”",
// "“we reject these claims”"); "“The EU has sued American companies”"
// inside a quotation reports an act, told by someone else, and "“in
// response to Iranian threats”" names one. A word of judgement with no
// tense ("“the Russian state was culpable”") is said by the speaker.
func performative(m match) bool {
	return !m.noun && m.form != formPast && m.form != formParticiple && m.form != formIng
}

// beforeParticiple are the auxiliaries of a passive or perfect verb.
var beforeParticiple = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "got": true, "gets": true, "get": true,
}

// describedAsBacked reports "backed by" or "supported by" with no
// auxiliary before it ("the militia, backed by Iran, held a rally"): a
// phrase that says who stands behind a group, as "Iran-backed" does, not
// an act of support told by the sentence. "Was backed by France" is the
// act.
func describedAsBacked(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || m.start == 0 || m.end >= len(toks) || toks[m.end].lower != "by" {
		return false
	}
	switch toks[m.start].lower {
	case "backed", "supported", "sponsored", "funded", "armed":
	default:
		return false
	}
	return !beforeParticiple[toks[m.start-1].lower] && !isAdverbLike(toks[m.start-1].lower)
}

// cannotDo reports a cue after "cannot", "can't" or "could not" up to the
// next break ("the country cannot prevent an Iranian nuclear bomb"): an
// inability, no act, neither the verb nor what it governs.
func cannotDo(toks []token, m match) bool {
	if cooperative[m.cue.Type] || m.cue.Type == "AGREE" {
		return false // "cannot accept the demands" refuses them (a rejection, see codeSentence)
	}
	for i := m.start - 1; i >= 0; i-- {
		w := toks[i].lower
		if phraseBreaks[w] || w == "and" || w == "but" {
			return false
		}
		switch w {
		case "cannot", "can't", "can’t", "couldn't", "couldn’t":
			return true
		case "not":
			if i > 0 && (toks[i-1].lower == "can" || toks[i-1].lower == "could") {
				return true
			}
		}
	}
	return false
}

// gratitudeWords are feelings expressed for what someone did before.
var gratitudeWords = map[string]bool{"gratitude": true, "thanks": true, "appreciation": true, "grateful": true, "thankful": true}

// thankedFor reports an act named as what someone is grateful for ("his
// nation's gratitude for U.S. aid", "grateful for the support"): it was
// given before and is recalled, not reported.
func thankedFor(toks []token, m match) bool {
	if !m.noun {
		return false
	}
	for i := m.start - 1; i >= 1 && i >= m.start-5; i-- {
		w := toks[i].lower
		if phraseBreaks[w] {
			return false
		}
		if w == "for" {
			return gratitudeWords[toks[i-1].lower]
		}
	}
	return false
}
