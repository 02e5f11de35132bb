package coder

import (
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// report is one clause's account of an event, before merging.
type report struct {
	ev      event.Event
	noun    bool // coded from a noun cue ("the talks"), weaker than a verb
	dated   bool // the date came from the text
	parties int  // distinct parties found
	sent    int  // sentence start in the body, to order and merge
	sentIdx int  // index of the sentence in the article
	// anaphor: the clause points back to an event told before ("during
	// the visit"); inherited: its date came from that event or the
	// neighbouring text.
	anaphor, inherited bool
	// inPerson: the text places the meeting in one room (see inPerson).
	inPerson bool
	// weak: coded from a weak cue (see cueFlags.weak), scored lower.
	weak bool
	// earlier: told in the past perfect, an act before the story's time.
	earlier bool
	// verb is the cue's verb as written ("detained"), for a later sentence
	// that retells the act with its day (retold8.go); toldDay: the report's
	// date is only the day the act was told ("said Tuesday").
	verb    string
	toldDay bool
	// toldDone: the report tells an act done with no day of its own
	// (plans15.go).
	toldDone bool
	// news: the first report of the merged ones tells the act with no date
	// at all (pastperiod15.go).
	news bool
	// laterDate: the merged report's date is that of a report told in a
	// later sentence than the first (pastperiod15.go).
	laterDate bool
	// answer: the sentence tells an act as the answer to another
	// ("retaliated by", "in response"; reciprocal18.go).
	answer bool
	// repeat: the clause tells the act as another of its kind ("will hold
	// talks again", "another round of talks") (plans15.go).
	repeat bool
	// cameAfter: the act is told as the days before the news ("The visit
	// comes a day after Iran fired missiles"): that many days (discourse21.go).
	cameAfter int
	// standIns names the actors that are a country (or organisation)
	// standing for its side, not a named person.
	standIns map[string]bool
}

// clause is a token range [start, end) of a sentence.
type clause struct{ start, end int }

// describesSubject opens a clause cut after the subject that only
// describes it: a relative clause or an apposition (see splitClauses).
var describesSubject = map[string]bool{"which": true, "who": true, "a": true, "an": true, "itself": true, "long": true, "one": true}

// clauseBreaks are words that start a new clause with its own event.
var clauseBreaks = map[string]bool{"while": true, "whereas": true, "meanwhile": true, "when": true}

// splitClauses cuts a sentence where a new event usually starts: at
// semicolons, at "while"/"whereas", and at ", but", ", which", ", who",
// ", after", ", as".
func splitClauses(toks []token) []clause {
	var out []clause
	start := 0
	cut := func(i int) {
		if i > start {
			out = append(out, clause{start, i})
		}
		start = i
	}
	relative := false // inside ", which ..." or ", who ..." after the subject
	kicker := kickerEnd(toks)
	for i, t := range toks {
		switch {
		case i == kicker-1 && kicker > 0:
			cut(i) // "India-China Meeting: ...": the label before the news
		case t.lower == "," && relative:
			// "Qatar, which hosts US bases, condemned the attack": the
			// relative clause ends at its comma and the main verb goes on.
			cut(i)
			relative = false
		case t.lower == ";":
			cut(i)
		case t.lower == "," && start == 0 && i > 1 && participleClause(toks, 0):
			// "Announcing the pullout of troops, Trump threatened
			// Turkey": the fronted participle is an act of its own.
			cut(i)
		case t.lower == "," && start == 0 && i > 2 && timedParticiple(toks):
			// "After meeting Erdogan in Ankara, Mitsotakis said ...": the
			// fronted participle is an act of its subject (status21.go).
			cut(i)
		case t.lower == "," && start == 0 && i > 2 && frontedClause[toks[0].lower]:
			// "While Israel defended the attacks, Qatar said ...": the
			// fronted clause has its own act.
			cut(i)
		case t.lower == "," && start <= 3 && frontedDatedTime(toks, i):
			// "After Israel struck Iran on Monday, Iran fired missiles on
			// Thursday": the fronted clause's day is its own act's
			// (fronted20.go).
			cut(i)
		case t.lower == "and" && i > 0 && i+1 < len(toks) && toks[i+1].lower == "that":
			// "is suspending contacts with Russia and that 23 diplomats
			// will be expelled": a second reported act.
			cut(i)
		case t.lower == "while" && i+1 < len(toks) && participleClause(toks, i+1):
			// "was detained while visiting Beijing": the circumstance of
			// the act, not an act of its own.
		case clauseBreaks[t.lower] && i > 0:
			cut(i)
		case t.lower == "by" && chargedMeans(toks, start, i):
			// "blamed China for violating its sovereignty by deploying a
			// rig": the means of the act charged (chargemeans47.go).
		case (t.lower == "after" || t.lower == "before" || t.lower == "while" || t.lower == "by") && i > 0 && i+1 < len(toks) && participleClause(toks, i+1):
			cut(i) // "announced the expulsion after alleging ...": a second act of the subject
		case t.lower == "," && i+1 < len(toks) && participleClause(toks, i+1):
			cut(i) // "expelled the ambassador, accusing Iran of ...": a second act of the subject
			// "Obama, speaking at a news conference with Hollande, said
			// ...": after a bare subject the participle ends at its comma
			// and the main verb goes on.
			relative = start > 0 && subjectOnly(toks, out)
		case t.lower == "," && absoluteWith(toks, i):
			cut(i) // "went to war, with the United States stepping in to bomb": the second act's own subject (withclause46.go)
		case t.lower == "," && trailingChargeClause(toks, i):
			cut(i) // "..., a charge Lome denied": the denial's own clause (accuse23.go)
		case t.lower == "," && i+1 < len(toks):
			switch toks[i+1].lower {
			case "but", "which", "who", "after", "although", "though", "when", "where":
				cut(i)
				relative = (toks[i+1].lower == "which" || toks[i+1].lower == "who") && subjectOnly(toks, out)
			case "a", "an", "itself", "long", "one":
				// "Iran, a key backer of Hamas, condemned ...": an
				// apposition after the subject describes it, as a
				// relative clause does.
				if start == 0 && i > 0 && subjectOnly(toks, []clause{{0, i}}) {
					cut(i)
					relative = true
				}
			case "as":
				if i+2 >= len(toks) || toks[i+2].lower != "well" {
					cut(i) // but "X, as well as Y" goes on
				}
			}
		case (t.lower == "after" || t.lower == "before" || t.lower == "since") && i > 0 && (!toks[i-1].punct || toks[i-1].lower == ".") && isClauseStart(toks, i+1):
			cut(i)
		case t.lower == "as" && i > 0 && i+1 < len(toks) && pronounStarts[toks[i+1].lower]:
			cut(i) // "set the agenda on Thursday as they spoke about..."
		case t.lower == "as" && i > 0 && sidesSubjectClause(toks, i+1):
			cut(i) // "welcomed Modi to London as the two leaders signed a trade agreement" (pairs10.go)
		case t.lower == "but" && i > 0 && !toks[i-1].punct && namedSpeakerClause(toks, i+1):
			cut(i) // "The verdict was applauded by Namibia but Botswana said it would never abide by it" (rulings51.go)
		case t.lower == "as" && i > 0 && !toks[i-1].punct && namedSubjectClause(toks, i+1):
			cut(i) // "clashes erupted along the border as Palestinians protested the opening ..." (clauses7.go)
		}
	}
	cut(len(toks))
	return out
}

// pastVerbIn reports a verb in the past tense in a clause.
func pastVerbIn(toks []token, cl clause) bool {
	for i := cl.start; i < cl.end && i < len(toks); i++ {
		w := toks[i].lower
		if pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(toks[i].text) {
			return true
		}
	}
	return false
}

// opensParticiple reports a clause opened by a participle of its own act,
// after a comma or a preposition of time or means ("after alleging").
func opensParticiple(toks []token, cl clause) bool {
	if cl.start+1 >= len(toks) {
		return false
	}
	switch toks[cl.start].lower {
	case ",", "after", "before", "while", "by":
		if toks[cl.start].lower != "," && toks[cl.start+1].lower == "being" && cl.start+2 < len(toks) && isLowerWord(toks[cl.start+2].text) {
			return true // "crashed after being shot down": done to the subject
		}
		return participleClause(toks, cl.start+1)
	}
	return false
}

// participleClause reports a clause opened by a present participle of an
// act ("accusing", "calling for", "vowing"): its subject is the subject of
// the clause before.
func participleClause(toks []token, i int) bool {
	w := toks[i].lower
	if !strings.HasSuffix(w, "ing") || len(w) < 6 {
		return false
	}
	switch w {
	case "including", "according", "following", "citing", "saying", "adding", "noting", "during", "bringing", "marking", "making":
		return false // a list, a source, a time, or the reporter's words
	}
	return true
}

// joinSameActs undoes a cut before a participle clause that tells the same
// kind of act as the clause before ("had a phone meeting with Biden,
// holding a call in late January"): it says more of one event.
func joinSameActs(toks []token, matches []match, cls []clause) []clause {
	out := cls[:0:0]
	for _, cl := range cls {
		if n := len(out); n > 0 && opensWhere(toks, cl) {
			if _, ok := pickCue(toks, matches, out[n-1]); !ok {
				out[n-1].end = cl.end // "landed Tuesday in Riyadh, where he began his visit": one act
				continue
			}
		}
		if n := len(out); n > 0 && opensParticiple(toks, cl) {
			a, aok := pickCue(toks, matches, out[n-1])
			b, bok := pickCue(toks, matches, cl)
			if aok && bok && a.cue.Type == b.cue.Type {
				out[n-1].end = cl.end
				continue
			}
		}
		out = append(out, cl)
	}
	return out
}

// opensWhere reports a clause cut at ", where": what happened at the
// place just named ("hosted them at the White House, where the two leaders
// signed a declaration"), an act of its own.
func opensWhere(toks []token, cl clause) bool {
	return cl.start+1 < len(toks) && toks[cl.start].lower == "," && toks[cl.start+1].lower == "where"
}

// verbalTypes are acts done by saying them against someone: a quoted
// "condemns", "rejects" or "warns" is the act; a quoted "recognize" or
// "call on" states a position.
var verbalTypes = map[string]bool{"ACCUSE": true, "REJECT": true, "THREATEN": true}

// selfStatement reports a quoted statement that performs its act: a
// verbal cue inside quotation marks whose subject is named in the same
// quotation ("“The State of Qatar strongly condemns the attack”").
func selfStatement(toks []token, quoted []clause, spans []span, m match) bool {
	if !verbalTypes[m.cue.Type] || !performative(m) {
		return false
	}
	for _, q := range quoted {
		if m.start < q.start || m.start >= q.end {
			continue
		}
		for _, sp := range spans {
			if sp.start >= q.start && sp.start < m.start && !sp.m.Group {
				return true
			}
		}
	}
	return false
}

// partialQuote reports a threat, charge or refusal quoted as the
// predicate of a subject the reporter names after a verb of saying: in
// "said North Korea “will be met with fire and fury”" the quoted words are
// the speaker's act aimed at the subject before the quote.
func partialQuote(toks []token, quoted []clause, spans []span, m match) bool {
	for _, q := range quoted {
		if m.start < q.start || m.start >= q.end || q.start < 2 {
			continue
		}
		if !verbalTypes[m.cue.Type] && !(m.cue.flags.demand && quotedObligation(toks, q)) {
			continue
		}
		for _, sp := range spans {
			if sp.end != q.start {
				continue
			}
			k := sp.start - 1
			for k >= 0 && (toks[k].lower == "that" || toks[k].lower == "on" || isWeekdayOrTime(toks[k].lower)) {
				k-- // "said on Monday that North Korea “will ...”"
			}
			if k >= 0 && speechHeads[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// subjectOnly reports whether the clauses cut so far hold a subject and no
// verb yet (one clause of capitalised words, determiners and titles), so a
// relative clause after it is embedded and the main verb follows it.
func subjectOnly(toks []token, out []clause) bool {
	if len(out) != 1 {
		return false
	}
	cl := out[0]
	for i := cl.start; i < cl.end; i++ {
		w := toks[i]
		if w.punct || !isLowerWord(w.text) {
			continue
		}
		switch w.lower {
		case "the", "a", "an", "of", "and", "state", "prime", "minister", "president", "foreign", "ministry", "government":
			continue
		}
		return false
	}
	return true
}

// pronounStarts are subjects that open a new clause after "as".
var pronounStarts = map[string]bool{"they": true, "he": true, "she": true, "we": true, "both": true, "it": true}

// isClauseStart reports whether a subject and a verb seem to follow at i
// ("after the two leaders met"): a determiner or capitalised word within
// the next tokens followed by a past form. It is a cheap guess that keeps
// "after talks" inside its clause.
func isClauseStart(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+7; k++ {
		if toks[k].punct {
			return false
		}
		if k > i && (strings.HasSuffix(toks[k].lower, "ed") || pastIrregular[toks[k].lower]) {
			return true
		}
	}
	return false
}

// pastIrregular are common irregular past forms, to read tense around nouns.
var pastIrregular = map[string]bool{
	"met": true, "held": true, "spoke": true, "had": true, "made": true, "took": true, "gave": true,
	"sent": true, "went": true, "came": true, "said": true, "told": true, "began": true, "struck": true,
	"shot": true, "fought": true, "won": true, "led": true, "sought": true, "withdrew": true, "was": true,
	"were": true, "did": true, "flew": true, "sat": true, "stood": true, "brought": true, "broke": true,
	"became": true, "saw": true, "got": true, "left": true, "kept": true, "put": true, "set": true,
	"thought": true, "felt": true, "paid": true, "ran": true, "rose": true, "fell": true, "chose": true, "drew": true,
	"undertook": true, "oversaw": true, "hosted": true, "ended": true,
	"sank": true, // "after the coast guard sank a trawler" (seventeenth pass)
}

// pastForm reports a word that reads as a simple past: an irregular past,
// or a word of five letters or more in -ed (the length keeps out words
// such as "red" and "bed").
func pastForm(w string) bool {
	return pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// irregularParticiples are past participles that end in neither -ed nor -en
// and are not also a simple past above ("have begun talks").
var irregularParticiples = map[string]bool{
	"begun": true, "done": true, "gone": true, "become": true, "come": true, "run": true, "hit": true,
	"cut": true, "sung": true, "flown": true, "drawn": true, "shown": true, "withdrawn": true,
	"sunk": true,
}

// maxSentenceTokens is the longest sentence the rules read. News sentences
// run to a few dozen words, the longest to about two hundred; a "sentence"
// of thousands of tokens is a list, a table or text with no full stops,
// and several rules look back over the whole sentence from each cue, so
// its cost would grow with the square of its length (a page of 21,000
// words with no full stop ran for minutes). Such a run is not coded.
const maxSentenceTokens = 400

// codeSentence codes each clause of one sentence. ms are the mentions inside
// the sentence.
func (c *articleCoder) codeSentence(s nlp.Sentence, toks []token, kind sentenceKind, ms []actors.Mention) []*report {
	if len(toks) < 3 || len(toks) > maxSentenceTokens || isHeadlineList(s.Text) || isPromoLine(toks) || isCaption(toks) && !c.captionText {
		return nil
	}
	c.announcing = false // set clause by clause below, for the report built next (announced20.go)
	defer func() { c.announcing = false }()
	matches := heldDeported(toks, c.lx.envoysToLeave(toks, c.lx.find(toks))) // "ordered 12 French embassy officials to leave" (expel18.go); "deported jailed reporter X" (release46.go)
	matches = withSettingCalls(toks, matches)                                // "voiced concern in a call with the Chilean president" (consult50.go)
	if len(matches) == 0 {
		if !hasByActNoun(toks) && !hasSpyWord(toks) {
			return nil
		}
		// "is monitoring the seizure by Iran of a cargo ship": no cue, but the act noun's own phrases (byact18.go)
		spans := withoutPortfolios(toks, c.sentenceSpans(toks, s.Start, ms))
		out := c.byActs(s, toks, spans, nil)
		return append(out, c.spyCharges(s, toks, spans, out)...) // "a retired officer is suspected of spying for Iran" (spycharge51.go)
	}
	named := c.sentenceSpans(toks, s.Start, ms)
	matches = gateMatches(toks, markNounUses(toks, matches, possessedLeaders(toks, named)))
	matches = dropGoodwillPledges(toks, matches) // "promised to reinvigorate ties" (precision9.go)
	kicker := kickerEnd(toks)
	attending := c.sides != nil && tellsAttendance(toks, matches) // "the meeting was attended by" (precision7.go)
	charge := extraditionChargeStart(toks)                        // "on charges of ..." after a word of extradition (extradition17.go)
	kept := matches[:0]
	for _, m := range matches {
		if inNamedMention(toks, m, named) {
			continue // "Downing Street": a word of a name (roles19.go)
		}
		if m.cue.flags.demand && !obligedBefore(toks, m) {
			continue // "Nothing else can explain it" (accounts7.go)
		}
		if m.start >= kicker && !notAnAct(toks, m, c.lx.genres["notforce"]) && !toldAsBackground(toks, m) && !hyphenCompound(toks, m) &&
			!courtesyThanks(toks, m) && !praisedBond(toks, m) && !inTopicList(toks, m) && !namesAnAim(toks, m) && !warnsOfDanger(toks, m, matches) &&
			!unpostedEnvoy(toks, m) && !sentOnErrand(toks, m, matches) && !spendingPurpose(toks, m) &&
			!(attending && m.cue.Type == "CONSULT") && !criticismByNoOne(toks, m, matches) && !cooperationAsAim(toks, m) && !toldAsTally(toks, m) && !askedMeeting(toks, m) &&
			!sitsInSession(toks, m) && !raisedOtherThing(toks, m) && !dangerNotThreat(toks, m) && !thingThreatens(toks, m) && !warnsPeople(toks, m) && !laidAside(toks, m) && !welcomesVisit(toks, m) &&
			!agreedView(toks, m) && !cooperationEnded(toks, m) && !welcomingCeremony(toks, m) && !toldAsCause(toks, m) && !inExtraditionCharge(charge, m) &&
			!committedState(toks, m) && !warnsOfFact(toks, m, matches) && !auxiliaryHave(toks, m) && !askedForAct(toks, m) &&
			!notSupportBetween(toks, m) && !namedNotDone44(toks, m) && !namedNotDone45(toks, m) && !rememberedAttack(toks, m) && !inFrontedCondition(toks, m, matches) &&
			!retaliatedByHolding(toks, m) && !notMeeting47(toks, m) && !toldGathering(toks, m) && !privateSuspect(toks, m) && !reproachedMeans(toks, m, matches) {
			kept = append(kept, m)
		}
	}
	matches = c.lx.deadlines(toks, kept) // "gave Turkey 48 hours to withdraw": a demand (deadlines16.go)
	for k := range matches {
		matches[k], _ = welcomesVisitor(toks, matches[k])
	}
	// Mentions as token ranges of this sentence.
	spans := withoutPortfolios(toks, named)  // "special envoy for Syria" (portfolio17.go)
	spans = withoutPrecedents(toks, spans)   // "the second state after the U.S.": the model followed (precedent18.go)
	welcomedPersons(toks, matches, spans)    // "Xi welcomed Kim warmly" (welcome18.go)
	matches = closingWarnings(toks, matches) // "Taiwan will pay a heavy price, a Chinese spokesman warned" (threat47.go)
	speech := speechRanges(toks, matches)
	colonSpeaker := colonSpeakerEnd(toks, spans)
	if colonSpeaker > 0 {
		speech = append(speech, clause{0, colonSpeaker}) // "Poland: Belarus is responsible for ..." (colonspeaker45.go)
	}
	quoted := quoteRanges(toks)
	defer c.noteSpeaker(toks, speech, quoted, spans)
	var out []*report
	if r := c.frontedMeeting(s, toks, matches, speech); r != nil {
		out = append(out, r) // "After the call, the Kremlin stated ..."
	} else if r := c.frontedCall(s, toks, spans); r != nil {
		out = append(out, r) // "In a call on Monday, Erdogan told Putin ..." (visit23.go)
	} else if r := c.verblessVisit(s, toks, matches, spans); r != nil {
		out = append(out, r) // "Indian PM in Dhaka for border talks" (visitless44.go)
	}
	var prevSubject, mainSubject []span
	var prevTold []span // the subject of the words the clause before reports, without their speaker
	afterRelative := false
	prevStatus := event.Unknown
	var prevClause, thisClause, hostClause clause
	for _, cl := range splitCoordinated(toks, matches, joinSameActs(toks, matches, withColonSpeaker(splitClauses(toks), colonSpeaker))) {
		if hasWords(toks, thisClause) {
			hostClause = thisClause // the clause a time clause hangs on, past a lone comma
		}
		prevClause, thisClause = thisClause, cl
		relativeHere := cl.start+1 < len(toks) && toks[cl.start].lower == "," && (describesSubject[toks[cl.start+1].lower] ||
			participleClause(toks, cl.start+1) && subjectOnly(toks, []clause{prevClause}) && prevClause.start == 0)
		resumes := afterRelative && toks[cl.start].lower == ","
		afterRelative = relativeHere
		m, ok := pickCue(toks, matches, cl)
		if !ok {
			// A clause with no event still names who a pronoun in the
			// next one stands for: "A and B set the agenda as they spoke".
			if sub := subjectSpans(spans, cl, match{start: cl.end}); len(sub) > 0 && !relativeHere {
				prevSubject, prevTold = sub, carriedSubject(sub, speech)
				mainSubject = sub
			}
			continue
		}
		subject := subjectSpans(spans, cl, m)
		inherited, fronted := false, false
		if relativeHere && toks[cl.start+1].lower == "who" && len(prevSubject) > 0 && onTripNow(toks, cl, m) {
			// "X, who is in Japan on a visit": the traveller is the one
			// named before (ongoing.go).
			subject, inherited = prevSubject, true
		} else if ante := heldAntecedent(toks, spans, cl, m); relativeHere && len(subject) == 0 && len(ante) > 0 {
			// "British academic X, who was jailed in the UAE, was
			// pardoned": the one held is the one named before (coerce23.go).
			subject, inherited = ante, true
		} else if sub := frontedSubject(toks, spans, cl); len(sub) > 0 && m.cue.Type == "CONSULT" {
			// "Speaking during a visit to Vietnam, Obama said": the
			// subject after the fronted participle does its act (relatives12.go).
			subject, inherited = sub, true
			fronted = true
		} else if len(subject) == 0 && m.cue.Type == "CONSULT" && relativeAct(toks, cl, prevClause, m) && len(prevSubject) > 0 {
			// "Obama, who arrived here Sunday night, was greeted": the
			// one the relative clause describes does its act (relatives12.go).
			subject, inherited = prevSubject, true
		} else if len(subject) == 0 && resumes && len(mainSubject) > 0 {
			// "Qatar, which hosts US bases, condemned the attack": the
			// subject before the relative clause.
			subject, inherited = mainSubject, true
		} else if len(subject) == 0 && (pronounBefore(toks, cl, m) || opensParticiple(toks, cl) || opensCoordinate(toks, cl, m)) {
			// "... when they hold talks": the pronoun is the subject of
			// the clause before.
			subject, inherited = prevSubject, true
			if opensCoordinate(toks, cl, m) {
				subject = prevTold // "He said A and B agreed ... and reached a deal": A and B (speakers12.go)
			}
			if cl.start+1 < len(toks) && toks[cl.start+1].lower == "being" {
				subject = notPlaces(toks, subject) // "crashed near the Syrian border after being shot down"
			}
		}
		prevSubject, prevTold = subject, carriedSubject(subject, speech)
		partial := inRanges(m.start, quoted) && (partialQuote(toks, quoted, spans, m) || questionsToAnswer(toks, m) && speechBeforeQuote(toks, quoted, m))
		var asking []span
		asked := false
		if inRanges(m.start, quoted) {
			asking, asked = quotedAsk(toks, quoted, speech, spans, c.speakerBefore(), m)
		}
		if inRanges(m.start, quoted) && !selfStatement(toks, quoted, spans, m) && !quotedStateAct(toks, quoted, spans, m) && !partial && !scareQuote(toks, quoted, m) && !asked && !quotedReport(toks, quoted, spans, m) {
			continue // a quotation is the speaker's words, not a report of an event
		}
		homeAsked := false
		if am, ok := homeAskedAct(toks, cl, m, matches); ok {
			m, homeAsked = am, true // "parliament urged the government to recall its envoy": the act, planned (homeask46.go)
		} else if notAskedOfState(toks, cl, m, spans) || noStateSubject(subject) && pairAskedByNoState(toks, cl, m, spans) {
			continue // "urged its nationals to leave Israel", "the UN envoy urged Israel and Hamas" (request22.go)
		}
		if asksOwnOfficial(toks, m, subject, spans) {
			continue // "had asked the secretary of state to study the seizures in South Africa" (request43.go)
		}
		if unansweredQuestions(toks, m) || deniedJudgment(toks, m) {
			continue // "questions that officials refused to answer", "is not an act of aggression" (judged8.go)
		}
		st, v := clauseStatus(toks, cl, m, speech)
		if pm, ok := passiveInside(toks, m); ok {
			st, v = clauseStatus(toks, cl, pm, speech) // "the base will be handed over" (passive44.go)
		}
		if vm, ok := forcesVerbInside(toks, m); ok {
			st, v = clauseStatus(toks, cl, vm, speech) // "troops will start leaving Afghanistan" (forcesverb45.go)
		}
		heldOut := v == noEvent && heldOutAct(toks, cl, m, spans)
		if heldOut {
			st, v = event.Occurred, asEvent // "Erdogan said Ankara may launch an operation": a threat (threats13.go)
		}
		condThreat := v != negated && conditionalForce(toks, cl, m, spans) || frontedMeasure(toks, m, m.cue.Type) // "If Bolivia closes the border, Chile will cut all aid" (ifthreat46.go)
		if condThreat {
			st, v = event.Occurred, asEvent // "would move troops to the border if Finland joined NATO": a threat (condforce45.go)
		}
		if asked && v == noEvent && politeAsk(toks, m) {
			st, v = event.Unknown, asEvent // "“I would like to invite the US president to ...”" (requests12.go)
		}
		if homeAsked && v != negated {
			st, v = event.Planned, asEvent // the act a legislature asks of its government (homeask46.go)
		}
		if m.cue.flags.stance && v != negated {
			st, v = event.Occurred, asEvent // "would not rule out military action": a threat made (threats8.go)
		}
		if m.cue.flags.demand && v != obliged {
			continue // "Russia told the truth": no act; "must tell the truth" asks for one (accounts7.go)
		}
		if v == asEvent && st == event.Planned && m.cue.Type == "RETREAT" && announcedWithdrawal(toks, m) {
			st = event.Occurred // "announced that US forces will be withdrawn" (ongoing.go)
		}
		if v == asEvent && st == event.Planned && agreedBefore(toks, cl, m) {
			st = event.Occurred // "agreed new sanctions on Iran on Monday": decided then (sanction44.go)
		}
		c.announcing = false
		if v == asEvent && st == event.Planned && (decidedActs[m.cue.Type] && !givenLater[m.cue.Type] || endsMeasure(toks, m)) && (announcedMeasure(toks, cl, m) || decidedBeforeCue(toks, cl, m) || toldMeasure(toks, cl, m)) {
			c.announced = append(c.announced, s.Start) // "said it will impose counter tariffs": taken when said, after the merge (announced15.go)
			c.announcing = true
		}
		participle := opensParticiple(toks, cl)
		if fronted && v == asEvent && st == event.Unknown && pastVerbIn(toks, clause{cl.end, len(toks)}) {
			st = event.Occurred // "Speaking at a news conference with Hollande, Obama said": when he said it
		}
		if participle && v == asEvent && st == event.Unknown {
			st = prevStatus // "expelled the ambassador, accusing Iran": both done
			if st == event.Unknown && m.cue.Type != "CONSULT" && futureFrame(toks, prevClause.start, prevClause.end) {
				st = event.Planned // "will send envoys to Caracas, demanding the release" (status22.go)
			}
			if st == event.Unknown && pastVerbIn(toks, prevClause) {
				st = event.Occurred // "escalated tensions on Wednesday, suspending the treaty"
			}
			if st == event.Unknown && relativeHere && pastVerbIn(toks, clause{cl.end, len(toks)}) {
				st = event.Occurred // "Obama, speaking at a news conference with Hollande, said": when he said it
			}
		}
		if v == asEvent && prevStatus == event.Planned && temporalClause(toks, cl) && m.form != formPast && m.form != formParticiple {
			// "will fight ... when they hold talks": a time clause
			// speaks of the future in the present tense.
			st = event.Planned
		}
		if v == asEvent && st != event.Unknown {
			prevStatus = st
		}
		if v == asEvent && st != event.Planned && habitualWhen(toks, cl, m) || wishBefore(toks, cl, m) || interestBefore(toks, cl, m) {
			continue // a general rule, or a wish
		}
		if craftSentBare(toks, m) {
			continue // "sent two planes to Kabul": no load of aid named (aidcraft43.go)
		}
		troopsArrive := troopArrival(toks, cl, m) // "a plane carrying 100 soldiers arrived in Caracas" (troops20.go)
		if isMetaphor(toks, m, c.lx.abstract) || naturalHarm(toks, cl, m) || isForecast(toks, cl, m) || !troopsArrive && (isTroopMovement(toks, cl, m) && !aidTeamOrLoad(toks, cl, m) && !aidArrivalWith(toks, m) || isTravellerArrival(toks, cl, m) && (!aidArrival(toks, cl, m) || st == event.Planned && aidArrivalWith(toks, m))) || heldBackTrip(toks, cl, m) || arrivedToDo(toks, m) || houseDiscusses(toks, cl, m) || consultTally(toks, cl, m) || attendsGathering(toks, cl, m) || standingAccord(toks, cl, m) || suspectedSecretAccord(toks, cl, m) || callToAct(toks, cl, m) || crowdWelcome(toks, cl, m) || stormToPrize(toks, m) || forewarnedAttack(toks, m) || supportPhrase(toks, m) || supportOccasion(toks, m) || c.sportsTold && teamTour(toks, cl, m) || hindranceSubject(toks, m) {
			continue
		}
		typ := m.cue.Type
		if heldOut {
			typ = "THREATEN"
		}
		if aidArrival(toks, cl, m) {
			typ = "AID" // "a team of Chinese doctors landed in Rome" (aid8.go)
		}
		if forceSentWithAid(toks, m) {
			typ = "AID" // "deployed HMAS Adelaide to Tonga with aid supplies" (aid20.go)
		}
		if supportInMoney(toks, cl, m) {
			typ = "AID" // "boosted its support to Fiji by another US$1 million" (aid20.go)
		}
		if v == asEvent && pledgedAid(toks, m, typ) {
			st = event.Planned // "pledged $500 million in aid to Lebanon": still to be given (aid43.go)
		}
		if troopsSent(toks, m) || troopsArrive {
			typ = "MOBILIZE" // "began to send troops into Libya in support of" (troops18.go)
		}
		if expelledEnvoys(toks, cl, m) || expelledFromMission(toks, cl, m) || expelledSpies(toks, cl, m) || envoysToLeave(toks, m) { // spies (deport46.go); asked to leave (envoysleave49.go)
			typ = "SANCTION"
		}
		if bannedAirline(toks, m, spans, typ) {
			typ = "SANCTION" // "Morocco bans Tunisair": a state's airline banned (measures50.go)
		}
		if stateStrikeOn(toks, m, spans) {
			typ = "ASSAULT" // "the first U.S. strikes against the Houthis" (strikes19.go)
		}
		if verbalAttack(toks, m) {
			typ = "ACCUSE" // "mounted a sharp attack on India" (borrowed15.go)
		}
		if condThreat {
			typ = "THREATEN"
		}
		if v == asEvent && promisedAidCut(toks, m, typ) {
			typ, st = "THREATEN", event.Occurred // "promising to cut aid to Honduras" (aidcut46.go)
		}
		if m.cue == deportedHeldCue && v == asEvent && st == event.Planned && decidedBeforeCue(toks, cl, m) {
			st = event.Occurred // "has decided to deport the jailed reporter": let go when decided (release46.go)
		}
		switch v {
		case noEvent:
			continue // hypothetical or merely considered
		case negated:
			// A refused or denied act of cooperation is a rejection; a
			// meeting that did not happen, or a denied threat, is nothing.
			if unsaidAct(toks, m) {
				continue // "didn't say he would pull back on tariffs" (reject45.go)
			}
			if talksRefused(toks, m) {
				typ = "REJECT" // "Iran will not negotiate with the United States" (reject45.go)
				break
			}
			if !cooperative[typ] && typ != "AGREE" || failedAccord(toks, m) {
				continue // "failed to agree a ceasefire": no refusal (fail44.go)
			}
			typ = "REJECT"
			if lapsedAccord(toks, m) {
				typ = "RETREAT" // "will not renew its memorandum with China" (lapse18.go)
			}
		case obliged:
			typ = "REQUEST" // "X said Y must withdraw"
			c.speakerActs = true
		default:
			// An announced act is, in PLOVER, the intent it expresses:
			// cooperation promised is AGREE, force promised is THREATEN.
			// A withdrawal or a sanction a government has decided ("will
			// withdraw troops", "is to expel 23 diplomats") is told as
			// the act itself, planned.
			if st == event.Planned && (ownSanctionSaid(toks, cl, m) || conditionalMeasure(toks, m)) {
				// "said he would impose tariffs on India": a threat made
				// when it was said (threats12.go).
				typ, st = "THREATEN", event.Occurred
			}
			if st == event.Planned && wishedWelcome(toks, m) {
				typ, st = "REQUEST", event.Occurred // "would welcome a US base": asked for when said (precision45.go)
			}
			if st == event.Planned && typ == "REJECT" && boycottOfMeeting(toks, m) {
				st = event.Occurred // "Iraq will boycott the conference": refused when said (cooperate21.go)
			}
			if st == event.Planned && !decidedActs[typ] && !refusalAnnounced(toks, m, typ) && !prisonerSwap(toks, m) && !endsMeasure(toks, m) && !allowedAirline(toks, m, spans) && !recognitionDecided(toks, m) {
				if cooperative[typ] {
					typ = "AGREE"
				} else if hostile[typ] {
					// The threat is made when it is said: "said he will
					// obliterate the economy" reports a threat that was.
					typ, st = "THREATEN", event.Occurred
				}
			}
		}
		if im, ist, ok := invitedToVisit(toks, m); ok && v == asEvent {
			m, typ, st = im, im.cue.Type, ist // "invited him to visit": a visit announced
		}
		typ = crowdAct(toks, cl, m, typ)
		typ = policedMissionCrowd(toks, cl, typ) // "police fired tear gas at protesters near the U.S. embassy" (protest45.go)
		if typ == "REQUEST" && penaltyTied(toks, m) {
			typ = "THREATEN" // "demanded that Russia end the war or face tariffs" (ultimatum19.go)
		}
		if rm, ok := judgedTalks(toks, cl, m, spans); ok && v == asEvent {
			m, typ, st = rm, "REJECT", event.Occurred // "deemed negotiations with the U.S. futile" (rejections8.go)
		}
		if rulingJudgement(toks, m) && !judgedRuling(toks, m) {
			continue // "the law is invalid": no ruling judged (rulings51.go)
		}
		chargeAt := judgedCharge(toks, cl, m, spans)
		if rulingJudgement(toks, m) && v == asEvent {
			typ = "REJECT" // "said the tribunal's award was null and void" (rulings51.go)
		} else if chargeAt >= 0 && v == asEvent {
			typ = "REJECT" // "said Norway's accusations were unfounded" (judgedcharge17.go)
		} else if m.cue.Type == "REJECT" && (predicateCue(toks, m) || considerCue(toks, m)) {
			continue // "the report is false": no charge judged
		}
		if c.lx.genres.offTopic(kind, c.sportsArticle, toks, cl, m, typ) || criticisedFor(toks, cl, m) || courtDismissal(toks, cl, m) || anonymityRequest(toks, m) || teamsMeet(kind, typ, ms) {
			continue
		}
		if inherited && (c.sides != nil || c.pair.set) && pluralAnaphor(toks, cl, m) >= 0 {
			// "hosted A and B, where the two leaders signed": "the two
			// leaders" names its parties; it does not carry on the subject.
			subject, inherited = nil, false
		}
		clSpans := spans
		if inherited && drawsReaction(toks, cl) {
			// "struck camps in Pakistan, prompting a vow of retaliation
			// from Pakistan": the reaction is aimed at the subject.
			clSpans = append(append([]span(nil), spans...), shiftSpans(subject, m.end)...)
		} else if inherited {
			clSpans = append(shiftSpans(subject, cl.start), spans...) // the subject first: it acts, whatever the clause names again later
		}
		if asked {
			clSpans = append(append([]span(nil), asking...), clSpans...) // "“We call on Russia to ...,” Pompeo said" (requests8.go)
			if st == event.Unknown && (pastSpeech(toks, speech) || len(speech) == 0 && c.speakerPast) {
				st = event.Occurred // asked when it was said
			}
		}
		sides, fromSides := false, false
		referEnd := 0 // the end of the first predicate of a clause told by a definite act noun
		var back []span
		if a := pluralAnaphor(toks, cl, m); a >= 0 && (len(subject) == 0 || namesInObject(toks, cl, a, subject)) {
			back, fromSides, sides = c.anaphorSides(toks, a)
			if mb, ok := c.pairPhraseMeeting(toks, a, m); ok {
				back, fromSides, sides = mb, true, true // "The two also discussed ...": the two who met (discourse21.go)
			}
		} else if a, mt := c.afterMeetingPronoun(toks, cl, m); a >= 0 && len(subject) == 0 && noPartyIn(clSpans, clause{cl.start, m.start}) {
			// "A met B on Monday. They called on Pyongyang to ...":
			// the meeting's parties go on acting (theyafter19.go).
			back = sideMentions(mt.ev.Actors, mt.standIns, a)
			sides, fromSides = true, true
		}
		if sides {
			// "The two sides agreed ...": the parties of the event the
			// story is about, or the pair named last (pairs10.go).
			clSpans = withSides(clSpans, back, m) // discourse21.go
		} else if c.sides != nil && c.sides.ev.Type == "CONSULT" && c.sides.sentIdx >= c.curSent-1 && len(subject) == 0 && agentlessAccord(toks, cl, m, clSpans) {
			// "Seven agreements were signed": by the sides the story is
			// about (eventnouns.go).
			clSpans = append(append([]span(nil), clSpans...), sideMentions(c.sides.ev.Actors, c.sides.standIns, m.start)...)
			sides, fromSides = true, true
		} else if a := definiteActSubject(toks, cl, m); a >= 0 && len(subject) == 0 {
			// "The deal will be formally signed on July 24": the act the
			// story told last, dated by this clause (refer11.go).
			first := clause{cl.start, secondPredicate(toks, cl, m)}
			if noPartyIn(clSpans, first) && clauseWritesDay(toks, first) {
				if back, from, ok := c.referredSides(toks, a); ok {
					clSpans = append(append([]span(nil), clSpans...), back...)
					sides, fromSides, referEnd = true, from, first.end
				}
			}
		}
		if !sides {
			clSpans = c.withRoleNouns(toks, cl, m, clSpans) // "urged his counterpart", "the host" (discourse21.go)
		}
		c.dateFrom = -1
		if (temporalClause(toks, cl) || participle) && hostClause.end > hostClause.start {
			c.dateFrom = hostClause.start
		}
		own := cl
		own.end = targetTail(toks, cl, typ)
		if referEnd > 0 && referEnd < own.end {
			own.end = referEnd // "..., and will be witnessed by Rubio": the second predicate's parties are no side
		}
		if typ == "THREATEN" {
			clSpans = conditionOthers(toks, m, clSpans) // "If Canada makes a deal with China, ...": China no side (threaten44.go)
		}
		if q := conditionStart(toks, own, m, clSpans); typ == "THREATEN" && q > 0 {
			own.end = q // "would devastate Turkey's economy if Ankara's operation in Syria ...": the condition names no party
			if e := conditionSubjectEnd(toks, q, clSpans); condThreat && e > q {
				own.end = e // "would move its troops to the border if Finland joins NATO": Finland is threatened (condforce45.go)
			}
		}
		faced := facedThreat(toks, m)
		if faced > 0 && faced < own.end {
			own.end = faced // "would face tariffs if it made a deal with China": the condition names no side (facethreat18.go)
		}
		if q := reasonStart(toks, own, m, clSpans); typ == "COERCE" && q > 0 {
			own.end = q // "detained an Iranian tanker on suspicion that it was shipping oil to Syria"
		}
		if charge > m.start && charge < own.end {
			own.end = charge // "for Anne Sacoolas on charges of ...": the charge names no side (extradition17.go)
		}
		if q := sequenceAfter(toks, cl, m); q > 0 {
			own.end = q // the meetings listed after "follows" are not this one's parties
		}
		if q := stanceObjectEnd(toks, m, c.lx); q > 0 && q < own.end {
			own.end = q // the acts a stance is committed to keep their own parties
		}
		if q := demandContentStart(toks, m, clSpans); q > 0 && q < own.end {
			own.end = q // "warned Iran to stop backing the Houthis": what is asked names no party
		}
		if q := askedContentStart(toks, own, m); asked && q > 0 && q < own.end {
			own.end = q // "“We call on all countries to join the USA ...”": what is asked names no party (requests8.go)
		}
		if q := demandedActStart(toks, m, clSpans); q > 0 && q < own.end {
			own.end = q // "demanding that Russia release the Ukrainian vessels" (requests8.go)
		}
		if q := demandThatStart(toks, m, clSpans); q > 0 && q < own.end {
			own.end = q // "urged Trump that a cessation of aid to Kyiv must be the condition" (sides7.go)
		}
		if q := decisionContentStart(toks, m); q > 0 && q < own.end {
			own.end = q // "protested against Trump's decision to recognise Jerusalem as the capital of Israel" (precision8.go)
		}
		if q := protestPurposeStart(toks, own, m, typ); q > 0 && q < own.end {
			own.end = q // "stormed the Danish embassy in protest at a Swedish ruling": the grievance names no side (missionprotest18.go)
		}
		if q := participleTail(toks, own, m); symmetric[typ] && q < own.end {
			own.end = q // "held a summit with X, discussing a meeting with Y": what they discussed (sides6.go)
		}
		if q := appraisalReasonStart(toks, m); q > 0 && q < own.end {
			own.end = q // "praised X for ...": the reason names no party
		}
		if accuserUnnamed(toks, cl, m, typ, clSpans) && m.end < own.end && !blamedOnSaid(toks, cl, m, speech) {
			own.end = m.end // "was accused of attacking Assad's enemies": the charge names no accuser (precision7.go)
		}
		clSpans = dropSubjectRelatives(toks, own, m, clSpans, c.lx.forms)
		clSpans = dropAllies(toks, typ, clSpans)         // "the pro-Palestine rally": the side a protest stands with (protests8.go)
		clSpans = dropAntiCrowd(toks, own, typ, clSpans) // "anti-Japanese protesters stormed the Korean embassy" (missionprotest18.go)
		if chargeAt >= 0 && typ == "REJECT" {
			clSpans = chargeContent(toks, chargeAt, m, clSpans) // "accusations from the UK targeting Russia" (judgedcharge17.go)
		}
		if typ == "REJECT" && m.cue.Type == "REJECT" && v == asEvent && st != event.Planned && headSpeech(speech, m.start) && saidBreach(toks, m) {
			typ = "ACCUSE" // "said that Bulgaria violated the treaty": the speaker's charge (violation45.go)
			c.speakerActs = true
			if st == event.Unknown && pastSpeech(toks, speech) {
				st = event.Occurred
			}
		}
		if blamedOnSaid(toks, cl, m, speech) {
			c.speakerActs = true // "The bombing was blamed on Pakistan, Indian officials said" (blamedon47.go)
			if st == event.Unknown && pastSpeech(toks, speech) {
				st = event.Occurred
			}
		}
		if predicateCue(toks, m) || questionsToAnswer(toks, m) || rulingJudgement(toks, m) {
			if len(speech) == 0 {
				continue // "the army was complicit": the reporter's words, no one's charge
			}
			if blameOfNonState(toks, cl, m, clSpans) {
				continue // "said the Hamas leaders were responsible for the massacre": no state blamed (responsible16.go)
			}
			c.speakerActs = true // "Qatar said Israel was treacherous"
			if st == event.Unknown && pastSpeech(toks, speech) {
				st = event.Occurred // the charge was made when it was said
			}
		}
		// "Obama, speaking at a news conference with Hollande, said":
		// the speaker and the one beside him met, whatever he said.
		c.speakerSetting = (participle && relativeHere || fronted) && typ == "CONSULT"
		if (faced > 0 || paidPrice(toks, m) || facedConsequences(toks, m)) && len(speech) > 0 {
			c.speakerActs = true // "said Canada would face a tariff if ...", "said Iran would pay a heavy price": the speaker threatens (facethreat18.go, threats20.go)
		}
		if partial {
			c.speakerActs = true // "said North Korea “will be met with fire”": the speaker threatens
			if pastSpeech(toks, speech) {
				st = event.Occurred // the threat was made when it was said
			}
		}
		r := c.withoutMediators(c.buildReport(s, toks, own, m, typ, st, clSpans, speech)) // mediators13.go
		laterMeets := c.later
		if r != nil && coSpeakers(toks, own, m, clSpans, r) && !mutualCharge(toks, m) {
			r = nil // "Both Washington and Beijing urged restraint": no one's target
		}
		if r != nil && coWelcomers(toks, own, m, clSpans, r) {
			r = nil // "The two leaders welcomed the progress in bilateral cooperation" (cowelcome45.go)
		}
		c.speakerSetting = false
		c.speakerActs = false
		if r != nil && c.lx.genres.isLawEnforcement(kind, toks, speech, r) && !c.stateRefusesRuling(toks, r) { // rulings51.go
			r = nil // police and court work inside one country
		}
		if r != nil && !c.keepActorless && (m.cue.flags.weak && !weakCueHolds(r) && !envoySummonedUnnamed(toks, m, r) || !hasSource(r) && genericSubject(toks, cl, m, clSpans)) {
			r = nil // a common word between unnamed sides, or a common noun acting
		}
		if r != nil && givesThanks(toks, m) {
			// "thanked Qatar for freeing the hostages": the release, not the
			// thanks (courtesy12.go).
			if rel := c.releaseCredited(s, toks, own, m, clSpans, speech, r); rel != nil {
				out = append(out, rel)
			}
			r = nil
		}
		if r != nil {
			r.weak = m.cue.flags.weak
			if praisedAgreement(toks, m) {
				asAgreement(r) // "hailed the ratification of a name deal between Greece and Macedonia" (hailedaccord18.go)
			}
		}
		if r != nil {
			// A clause about "the two sides" points back to that event
			// and takes its date and place when it gives none.
			r.anaphor = r.anaphor || sides
			if sides && fromSides && r.ev.Date == nil && r.ev.Type == c.sides.ev.Type {
				// "The two countries are also expected to exchange views":
				// more of the same meeting, whatever its tense.
				r.ev.Date, r.inherited = c.sides.ev.Date, true
				if r.ev.Location == nil {
					r.ev.Location = c.sides.ev.Location
				}
			}
			for _, lr := range splitVisits(listedMeetings(r, toks, own, m, clSpans)) {
				if lr.ev.Type == "CONSULT" && lr.ev.Mode == "visit" {
					out = append(out, visitorsOneByOne(lr, toks, own, m, clSpans)...) // "welcoming leaders, including A and B" (visitors12.go)
				} else {
					out = append(out, lr)
				}
			}
			out = append(out, laterMeets...) // "and hold a summit with Trump": a meeting of its own (meetings12.go)
			if th := c.threatJudged(s, toks, own, m, matches, clSpans, speech, r); th != nil {
				out = append(out, th) // "Trump's threat ... was an act of craziness": the threat as well (threats8.go)
			}
			if ch := c.chargeBehind(s, toks, cl, m, clSpans, speech, r); ch != nil {
				out = append(out, ch) // "expelled the ambassador, following accusations that Iran ..."
			}
			if ch := c.chargeRelative(s, toks, cl, m, clSpans, speech, r); ch != nil {
				out = append(out, ch) // "expelled a Russian diplomat it accused of espionage" (accuse23.go)
			}
			if rel := c.releaseAfterHeld(s, toks, cl, m, speech, r); rel != nil {
				out = append(out, rel) // "who was jailed in the UAE, was pardoned on Monday" (coerce23.go)
			}
			if rel := c.releaseCredited(s, toks, own, m, clSpans, speech, r); rel != nil {
				out = append(out, rel) // "praised Kim for their release"
			}
			sa := c.secondAct(toks, cl, m, matches, clSpans, r)
			if sa != nil {
				out = append(out, sa) // "met Maduro, resulting in the release of six detainees" (secondacts10.go)
			}
			if v := c.visitSetting(toks, m, matches, clSpans, r); v != nil {
				out = append(out, v) // "lifted the embargo during his visit to Vietnam" (visits17.go)
			}
			if mt := c.meetingOfTelling(s, toks, m, matches, clSpans, speech, r); mt != nil {
				out = append(out, mt) // "told his Ghanaian counterpart in a phone call that Nigeria would ..." (consult50.go)
			} else if sa == nil || sa.ev.Type != "CONSULT" {
				if mb := c.meetingBeside(toks, cl, m, matches, clSpans, speech, r); mb != nil {
					out = append(out, mb) // "demanded that Togo reopen the border, during a call with the Nigerian president" (consult50.go)
				}
			}
			if r.parties >= 2 {
				c.sides = r
				if r.ev.Type == "CONSULT" {
					c.meeting = r // the meeting a fronted "After the meeting," points back to (inneracts.go)
				}
			}
		}
		out = append(out, c.priorMeetings(s, toks, cl, m, matches, clSpans, speech, r)...)
	}
	out = append(out, c.byActs(s, toks, spans, out)...)         // "the seizure of three Ukrainian ships by Russia" (byact18.go)
	out = append(out, c.missionAttacks(s, toks, spans, out)...) // "condemned the attack on Iran's consulate in Basra" (missionattack18.go)
	out = append(out, c.spyCharges(s, toks, spans, out)...)     // "arrested two men on suspicion of spying for Iran" (spycharge51.go)
	return out
}

// temporalClause reports a clause opened by a conjunction of time.
func temporalClause(toks []token, cl clause) bool {
	if cl.start >= len(toks) {
		return false
	}
	i := cl.start
	if toks[i].punct && i+1 < cl.end {
		i++
	}
	switch toks[i].lower {
	case "when", "once", "until", "before", "after", "as", "whenever":
		return true
	}
	return false
}

// prisonerSwap reports a cue of an exchange of prisoners ("would swap 175
// prisoners each on Wednesday", "a prisoner exchange"): both sides have
// settled it by the time it is announced, so it is told as the release
// itself, planned, not as a promise.
func prisonerSwap(toks []token, m match) bool {
	for i := m.start; i < m.end; i++ {
		switch toks[i].lower {
		case "swap", "swaps", "swapped", "exchange", "exchanges", "exchanged", "trade", "traded":
			return m.cue.Type == "CONCEDE"
		}
	}
	return false
}

// decidedActs keep their type when announced. A deployment a government
// announces ("will send troops to Libya", "troops would be deployed to
// Libya to support the government", "will remain on alert until August
// 2") is its own mobilization, planned, as a withdrawal or a sanction
// decided is: the troops go whether or not anyone is threatened, and
// the one they are sent to is often the government that asked for them
// (stop 38). Aid a government announces ("will send 50 tonnes of rice to
// the Philippines", "is to provide $10 million to Sudan") is likewise the
// aid itself, planned: the goods are sent whether or not the receiver
// agrees to anything, and the page says which is still to come (stop 41;
// PLOVER's example sentences code a promise of aid as AGREE: their type
// right falls 255 -> 252). Unlike a sanction, aid announced is not given
// when it is said: it stays planned (givenLater).
var decidedActs = map[string]bool{"RETREAT": true, "SANCTION": true, "MOBILIZE": true, "AID": true}

// givenLater are decided acts whose announcement does not carry them out:
// "Russia said it will send aid to Serbia" tells aid still to come, where
// "said it will impose tariffs" takes the measure when said
// (announced15.go).
var givenLater = map[string]bool{"AID": true}

// cooperative material acts, and hostile ones; their announcement is an
// AGREE or a THREATEN.
var (
	cooperative = map[string]bool{"AID": true, "CONCEDE": true, "RETREAT": true, "SUPPORT": true, "COOPERATE": true}
	hostile     = map[string]bool{"SANCTION": true, "COERCE": true, "ASSAULT": true, "MOBILIZE": true, "REJECT": true}
)

// pickCue chooses the cue that codes a clause: the first verb cue that is
// not a speech act, or else the first noun cue. A meeting inside the
// infinitive of an intent verb ("agreed to hold talks") wins, and is
// planned.
func pickCue(toks []token, matches []match, cl clause) (match, bool) {
	var firstVerb, firstNoun *match
	// A fronted phrase answering an earlier act ("In a military response
	// to the terror attack, India struck ...") sets the scene; the act is
	// told after it.
	scene := frontedAdjunct(toks, cl, match{start: cl.end})
	if scene > cl.start && !slices.ContainsFunc(matches, func(m match) bool { return m.start >= scene && m.start < cl.end && !m.cue.flags.speech }) {
		scene = cl.start
	}
	for i := range matches {
		m := &matches[i]
		if m.start < cl.start || m.start >= cl.end || m.cue.flags.speech || m.start < scene && answersBefore(toks, cl.start, m.start) || departureNotAid(toks, cl, *m) || rescueAfterAttack(toks, cl, *m) {
			continue
		}
		if p, ok := walkoutInProtest(matches, cl, *m); ok {
			return p, true // "walked out of the conference in protest at Iran's remarks" (reject22.go)
		}
		if askRefusedReduced(toks, *m) || refusedAppositive(toks, *m) > 0 {
			return *m, true // "Nicaragua request for extradition rejected by Costa Rica" (reject45.go)
		}
		if r, ok := refusedOffer(toks, matches, cl, *m); ok {
			return r, true // "Kenya's offer to mediate was turned down by Ethiopia" (reject44.go)
		}
		if m.cue.flags.intent && firstVerb == nil && vowsHarm(toks, *m) {
			// "vowed to bring hell upon", "promised confrontation": a threat.
			return match{cue: threatCue, start: m.start, end: m.end, head: m.head, form: m.form, noun: m.noun}, true
		}
		if m.cue.flags.intent && firstVerb == nil && firstNoun != nil && outcomeOfMeeting(toks, *firstNoun, *m) {
			return *firstNoun, true // "concluded their talks on Friday, agreeing to hold a new round" (status22.go)
		}
		if m.cue.flags.intent && firstVerb == nil {
			// (After an earlier verb the intent is that verb's object:
			// "rejected a US offer to host a summit".)
			for j := range matches {
				n := &matches[j]
				if n.start <= m.start || n.start >= cl.end || n.start-m.end > 6 || n.cue.flags.speech {
					continue
				}
				if n.noun && n.cue.Type != "CONSULT" && !hostile[n.cue.Type] && n.cue.Type != "THREATEN" && n.cue.Type != "" {
					break // "agreed to an immediate ceasefire during talks": the act agreed to is the first one named (mediate13.go)
				}
				if n.cue.Type == "CONSULT" && agreementKeptBeforeTalks(toks, *m, *n) {
					break // "agreed to swap prisoners at talks in Istanbul", "agreed to start negotiations" (talks19.go)
				}
				if n.cue.Type == "CONSULT" {
					return *n, true // "agreed to meet": a planned meeting
				}
				if pledgesAid(toks, *m, *n) {
					return *n, true // "pledged to send wheat to Egypt": the aid, planned (aid43.go)
				}
				if n.cue.Type == "MOBILIZE" && readyWords[toks[m.start].lower] {
					return *n, true // "is ready to deploy troops to Ukraine": a deployment planned (mobilize22.go)
				}
				if agreedDeployment(toks, *m, *n) {
					return *n, true // "has agreed to send troops to Cameroon": a deployment planned (mobilize47.go)
				}
				if agreedMeasure(toks, *m, *n) {
					return *n, true // "agreed new sanctions on Iran": decided, not threatened (sanction44.go)
				}
				if hostile[n.cue.Type] || n.cue.Type == "THREATEN" {
					// "vowed to retaliate", "prepared to impose": a threat.
					return match{cue: threatCue, start: m.start, end: m.end, head: m.head, form: m.form, noun: m.noun}, true
				}
			}
		}
		if m.noun {
			if isBackgroundNoun(toks, cl, *m) {
				continue // "amid the crackdown": the scene, not the news
			}
			if settingBesideOther(matches, cl, *m) {
				continue // "said in a call with X that the agreement ...": the call is the setting (consult50.go)
			}
			if firstNoun == nil {
				firstNoun = m
			}
		} else if firstVerb == nil {
			firstVerb = m
		}
	}
	switch {
	case firstNoun != nil && isSubjectNoun(toks, cl, *firstNoun):
		if r, ok := reactionDrawn(toks, matches, cl, *firstNoun); ok {
			return r, true // "The strike drew condemnation from Qatar"
		}
		if firstVerb != nil && firstNoun.start < firstVerb.start && !predicateOf(toks, *firstNoun, *firstVerb) && !judgesThreat(toks, *firstNoun, *firstVerb) && nounStatus(toks, cl, *firstNoun) != event.Unknown {
			// "The online meeting ..., scheduled for Friday, will build
			// on": the noun with its own tense is the subject, the verb
			// is later.
			return *firstNoun, true
		}
		if firstVerb != nil {
			return *firstVerb, true
		}
		return *firstNoun, true
	case firstVerb != nil:
		return *firstVerb, true
	case firstNoun != nil:
		return *firstNoun, true
	}
	return match{}, false
}

// threatCue stands for an intent verb whose infinitive is an act of force.
var threatCue = &cue{Type: "THREATEN", text: "(intent + force)"}

// subjectSpans are the mentions of a clause before its cue.
func subjectSpans(spans []span, cl clause, m match) []span {
	subject := func(sp *span) bool { return sp.start >= cl.start && sp.start < m.start && !sp.m.Group }
	n := 0 // counted first: a span is large, and the slice made once
	for k := range spans {
		if subject(&spans[k]) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]span, 0, n)
	for k := range spans {
		if subject(&spans[k]) {
			out = append(out, spans[k])
		}
	}
	return out
}

// notPlaces drops from a subject carried over the mentions that name
// where it was ("the jet crashed near the Syrian border after being shot
// down"): a place is no subject.
func notPlaces(toks []token, sps []span) []span {
	var out []span
	for _, sp := range sps {
		if sp.inherited || !placeModifier(toks, sp) && !venueWords[prevWord(toks, sp.start, 0)] {
			out = append(out, sp)
		}
	}
	return out
}

// shiftSpans moves inherited subject mentions to the start of the clause
// that takes them, keeping them before its cue.
func shiftSpans(sps []span, at int) []span {
	out := make([]span, len(sps))
	for i, sp := range sps {
		sp.start, sp.end, sp.inherited = at, at, true
		out[i] = sp
	}
	return out
}

// pronounBefore reports a personal pronoun or "the two" as the subject of
// a clause, before its cue.
func pronounBefore(toks []token, cl clause, m match) bool {
	for i := cl.start; i < m.start && i < cl.start+4; i++ {
		switch toks[i].lower {
		case "they", "he", "she", "both", "two":
			return true
		}
	}
	return false
}

// quoteRanges are the token ranges inside quotation marks; a quotation left
// open at the end of the sentence runs to its end, and one closed without an
// opening ran from its start.
func quoteRanges(toks []token) []clause {
	var out []clause
	open := -1
	for i, t := range toks {
		switch t.lower {
		case "“", "«":
			open = i
		case "”", "»":
			start := open
			if start < 0 {
				start = 0
			}
			out = append(out, clause{start, i + 1})
			open = -1
		case "\"":
			if open < 0 && closingMark(toks, i) {
				out = append(out, clause{0, i + 1}) // `anything else," Putin said`: the sentence opened inside a quote (sides6.go)
			} else if open < 0 {
				open = i
			} else {
				out = append(out, clause{open, i + 1})
				open = -1
			}
		}
	}
	if open >= 0 {
		out = append(out, clause{open, len(toks)})
	}
	return out
}

// span is a mention as a token range of its sentence.
type span struct {
	m          actors.Mention
	start, end int  // token indices
	inherited  bool // the subject of the clause before, taken by a pronoun
}

// mentionSpans gives the token range of each mention that covers a token.
// It is called for every sentence, so the result is sized once (a span
// holds a whole Mention, costly to copy as a slice grows) and the token
// scan stops at the mention's end: tokens run left to right, so a later
// one can neither end the range nor, when none has begun it, make a
// non-empty one.
func mentionSpans(toks []token, base int, ms []actors.Mention) []span {
	if len(ms) == 0 {
		return nil
	}
	out := make([]span, 0, len(ms))
	for _, m := range ms {
		sp := span{m: m, start: -1}
		for i, t := range toks {
			if base+t.start >= m.End {
				break
			}
			if sp.start < 0 && base+t.end > m.Start {
				sp.start = i
			}
			sp.end = i + 1
		}
		if sp.start >= 0 && sp.end > sp.start {
			out = append(out, sp)
		}
	}
	return out
}

// speechRanges gives the token ranges that belong to the reporter's speech
// act ("..., Japan's foreign ministry said on Monday" or "The ministry said
// on Monday that ..."): their mentions are speakers and their dates are the
// dates of speaking, not of the event.
func speechRanges(toks []token, matches []match) []clause {
	var out []clause
	for _, m := range matches {
		if !m.cue.flags.speech {
			continue
		}
		// Is there an event cue before the speech verb? Then the speech
		// act is a tail: from the last comma or quote before it to the
		// next comma or the end.
		eventBefore, lastEventEnd := false, 0
		for _, n := range matches {
			if !n.cue.flags.speech && n.start < m.start && !(n.noun && objectOfPreposition(toks, n)) {
				eventBefore = true
				lastEventEnd = max(lastEventEnd, min(n.end, m.start))
			}
		}
		if m.start > 0 && toks[m.start].lower == "according" && toks[m.start-1].lower == "," {
			// "was hit by airstrikes on Thursday, according to reports":
			// the source follows; what comes before is what it reports.
			end := m.end
			for end < len(toks) && toks[end].lower != "," {
				end++
			}
			out = append(out, clause{m.start, end})
			continue
		}
		if eventBefore && purposeSpeech(toks, m) {
			out = append(out, clause{m.start - 1, m.end}) // "phoned his counterpart to say" (speech18.go)
			continue
		}
		if eventBefore && m.start > 0 && toks[m.start-1].lower == "and" {
			// "accused Iran of ... and said his government is expelling
			// ...": a second act of the subject, told as its words; only
			// the speech verb is speech.
			end := m.end
			for end < len(toks) && (toks[end].lower == "that" || toks[end].lower == "on" || isWeekdayOrTime(toks[end].lower)) {
				end++
			}
			out = append(out, clause{m.start - 1, end})
			continue
		}
		if eventBefore {
			// The speaker's words never reach back over the event cue:
			// "cancelled a visit after the prime minister said ...".
			start := m.start
			for start > lastEventEnd && !isBreakPunct(toks[start-1].lower) && !spacedDash(toks, start-1) && !subordinators[toks[start-1].lower] && !tailStarts[toks[start-1].lower] {
				start--
			}
			end := m.end
			for end < len(toks) && toks[end].lower != "," {
				end++
			}
			if start > 0 && subordinators[toks[start-1].lower] && pronounAfterHead(toks, m) {
				end = speechHeadEnd(toks, m) // "while Lavrov said he had scrapped a trip": a head (sides6.go)
			}
			if butSpeaker(toks, start, m) {
				end = speechHeadEnd(toks, m) // "applauded the verdict, but Botswana said it would never abide by it" (rulings51.go)
			}
			out = append(out, clause{start, end})
			continue
		}
		// A head: from the start of the sentence (the speaker with any
		// apposition: "X, a former envoy under Y, said") through the
		// speech verb, and the "that" and time phrase after it.
		end := m.end
		for end < len(toks) && (toks[end].lower == "that" || toks[end].lower == "on" || isWeekdayOrTime(toks[end].lower)) {
			end++
		}
		if e := toldAtMeetingEnd(toks, m); e > end && actAfter(matches, e) {
			end = e // "told his Ghanaian counterpart in a phone call on Monday that Nigeria would ..." (consult50.go)
		} else if e := addresseeEnd(toks, m, end); e > end {
			end = e // "told Trump that Russia and Ukraine will swap prisoners": Trump is told (sides7.go)
		}
		start := m.start
		for start > 0 && toks[start-1].lower != ";" && toks[start-1].lower != ":" {
			start--
		}
		out = append(out, clause{start, end})
	}
	return append(out, attributionRanges(toks)...)
}

// attributionVerbs name what someone called a thing: "what Biden called a
// historic upgrade". The person is the one naming it, not a party.
var attributionVerbs = map[string]bool{
	"called": true, "calls": true, "described": true, "describes": true, "termed": true, "dubbed": true,
	"labelled": true, "labeled": true, "hailed": true,
}

// attributionRanges are the token ranges "what X called" of a sentence.
func attributionRanges(toks []token) []clause {
	var out []clause
	for i, t := range toks {
		if !attributionVerbs[t.lower] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-7; k-- {
			if toks[k].punct {
				break
			}
			if toks[k].lower == "what" || toks[k].lower == "as" {
				out = append(out, clause{k, i + 1})
				break
			}
		}
	}
	return out
}

// tailStarts open the speaker's words told after an event: "in what it
// says is retaliation", "which officials said".
var tailStarts = map[string]bool{"what": true, "which": true, "who": true, "that": true, "and": true, "but": true}

// subordinators open a clause of its own inside a sentence.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true, "since": true,
	"until": true, "as": true, "although": true, "though": true, "whereas": true,
}

func isBreakPunct(s string) bool {
	switch s {
	case ",", "\"", "“", "”", ";", ":", "(", ")", "—", "–":
		return true
	}
	return false
}

func isWeekdayOrTime(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "tonight", "earlier", "later", "late", "this", "week", "morning", "evening":
		return true
	}
	return false
}

func inRanges(i int, rs []clause) bool {
	for _, r := range rs {
		if i >= r.start && i < r.end {
			return true
		}
	}
	return false
}
