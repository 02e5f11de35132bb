package timex

import "strings"

// Stop 41: forms wire, business and broadcast copy write that were misread.

// deferredAhead reports whether the date at token i is one an event was
// brought forward to ("the elections were moved up to March 18", "the
// vote was brought forward to Tuesday") or a deadline a party has up to
// ("Iraq has until Friday to comply", "Foreigners have until midnight
// Aug. 24 to leave", "are given until Friday"). Either lies ahead when
// it is told, as deferredTo's dates do; "had until Friday to" tells a
// deadline in the past and is left to the tense.
func (p *parser) deferredAhead(i int) bool {
	if c := p.beforeClock(i - 1); c < i-1 {
		return p.deferredTo(c + 1) // "extended to 5 p.m. Wednesday", "has until midnight Friday"
	}
	if p.is(i-1, "to") && p.is(i-2, "up", "forward", "ahead") {
		return p.is(i-3, "moved", "move", "moves", "brought", "bring", "brings", "pulled")
	}
	b := i - 1
	if !p.is(b, "until", "till") {
		return false
	}
	if p.is(b-1, "has", "have", "gives", "give") {
		return true
	}
	return p.is(b-1, "given") && p.is(b-2, "is", "are", "been", "be")
}

// lengthOfWhat reports whether the length after a day ("Friday for two
// days") goes on with "of" and so measures what it names, not the day:
// "The minister arrives Friday for two days of talks" is Friday and a
// length; "18th Dec for 10 days" stays the range. Token k is the one after
// the unit.
func (p *parser) lengthOfWhat(k int) bool {
	return p.is(k, "of")
}

// figureMonthJustReported reports whether the month at token i, dating a
// monthly figure (figureMonth), is one of the two months before the
// reference day's under a future verb: economic copy reports a month's
// figure in the month or two after it ("The Commerce Department will
// release September factory orders Thursday", said on November 1), so the
// coming release is of the month gone, not of next year's. A month
// further back is read ahead ("December sales are expected to be strong",
// said in November).
func (p *parser) figureMonthJustReported(v Value) bool {
	first := date(p.ref.Year(), p.ref.Month(), 1)
	return v.Grain == GrainMonth && v.End.Before(first) && !v.Start.Before(first.AddDate(0, -2, 0))
}

// longFigureMonth reports whether the month at token i (ending before j)
// dates a monthly figure named in three words: "January durable goods
// orders", "the September consumer price index", "August new home
// sales". The two words between are plain lower-case words.
func (p *parser) longFigureMonth(i, j int) bool {
	if p.is(i, "may", "march", "mar") || j != i+1 {
		return false
	}
	a, b, c := p.tok(j), p.tok(j+1), p.tok(j+2)
	for _, t := range []token{a, b} {
		if !isLetterWord(t.text) || t.upper() {
			return false
		}
	}
	return isLetterWord(c.text) && !c.upper() && (figureHeads[c.text] || c.text == "index")
}

// clockZones are the zones wire copy writes after a clock time ("5 p.m.
// EST Thursday").
var clockZones = setOf("est", "edt", "et", "gmt", "cst", "cdt", "pst", "pdt")

// beforeClock gives the token before the clock time that ends at token b
// ("midnight", "noon", "5 p.m.", "11:30 a.m. EST"), or b itself when no
// clock time ends there: a deadline is written with its hour between the
// preposition and the day ("extended to 5 p.m. Wednesday").
func (p *parser) beforeClock(b int) int {
	if p.is(b, "midnight", "noon") {
		return b - 1
	}
	k := b
	if clockZones[p.tok(k).text] {
		k--
	}
	switch {
	case p.is(k, ".") && p.is(k-1, "m") && p.is(k-2, ".") && p.is(k-3, "a", "p"):
		k -= 4
	case p.is(k, "pm", "am"):
		k--
	default:
		return b
	}
	if !p.tok(k).isNum() {
		return b
	}
	k--
	if p.is(k, ":") && p.tok(k-1).isNum() {
		k -= 2
	}
	return k
}

// monthSubjectVerbs are the verbs a month told of as a whole takes as its
// subject: "February was the wettest month on record", "October has been
// a bad month for stocks".
var monthSubjectVerbs = setOf("was", "has", "had", "saw", "brought", "proved", "marked")

// wholeMonth reports whether the bare month name at i (its words ending
// before j) is a month told of as a whole with no preposition before it:
// the subject of a verb ("February was the wettest month on record",
// "September has been a bad month") or the period a market or company
// ended or began ("The Dow closed February at a record high", "Stocks
// ended October down 5%"), as figureYear and periodYear read a year. "May"
// and "March" are left out (a name, a verb, a protest).
func (p *parser) wholeMonth(i, j int) bool {
	if p.is(i, "may", "march", "mar") || j != i+1 {
		return false
	}
	if monthSubjectVerbs[p.tok(j).text] && (i == 0 || p.is(i-1, ",", ";", "``", "\"", "“", "but", "and")) {
		return true
	}
	return yearEndVerbs[p.tok(i-1).text] && (j >= len(p.toks) || yearEndNext[p.tok(j).text])
}

// unplannedEvents are acts news reports only once they have happened: no
// one schedules a bombing or a crash, so the weekday that names one ("the
// Saturday bombing", "Monday's attack", "Sunday's earthquake") is the day
// gone, whatever the tense of the clause ("Police are investigating
// Saturday's bombing", "The suspect in Saturday's bombing is in custody").
var unplannedEvents = setOf("bombing", "bombings", "attack", "attacks", "blast", "blasts", "explosion", "explosions",
	"shooting", "shootings", "killing", "killings", "slaying", "slayings", "murder", "murders", "massacre", "ambush",
	"crash", "collision", "derailment", "accident", "earthquake", "quake", "stabbing", "kidnapping", "abduction",
	"hijacking", "assassination", "shelling", "riot", "riots", "rioting", "clash", "clashes", "plunge", "selloff",
	"collapse", "coup", "uprising", "fire", "blaze", "mudslide", "landslide", "tornado", "deaths", "death")

// eventDay reports whether the bare weekday at tokens i..j-1 names an
// unplanned event, as a possessive ("Saturday's bombing", "Monday night's
// attack") or after "the" ("the Saturday bombing"), with at most one
// plain word before the noun ("Sunday's deadly attack", "the Friday car
// bombing").
func (p *parser) eventDay(i, j int) bool {
	k := j
	if p.is(k, "morning", "afternoon", "evening", "night") && p.is(k+1, "'", "’") {
		k++
	}
	switch {
	case p.is(k, "'", "’") && p.glued(k) && p.is(k+1, "s") && p.glued(k+1):
		k += 2
	case p.is(i-1, "the"):
	default:
		return false
	}
	if unplannedEvents[p.tok(k).text] {
		return true
	}
	w := p.tok(k)
	return isLetterWord(w.text) && !w.upper() && unplannedEvents[p.tok(k+1).text]
}

// aheadOfDay reports whether the bare weekday at token i follows "ahead
// of", "in advance of" or "the run-up to": news writes them of what is
// still to come ("Ahead of Friday's deadline, diplomats scrambled",
// "Stocks fell ahead of Friday's jobs report"), so the day is the coming
// one (the reference day included), whatever the tense of the clause.
func (p *parser) aheadOfDay(i int) bool {
	return p.is(i-1, "of") && (p.is(i-2, "ahead") || p.is(i-2, "advance") && p.is(i-3, "in")) ||
		p.is(i-1, "to") && p.is(i-2, "up") && p.is(i-3, "-") && p.is(i-4, "run")
}

// closedAhead reports whether the bare weekday at token i follows a
// state of being closed or open told in the present: "The stock market is
// closed Monday for New Year's Day", "Banks remain shut Friday", "The
// museum stays open Sunday". A state said so is one still to come (the
// reference day included); "was closed Monday" is past by its verb.
//
// So is an event set on a weekday by a present "is on": "The vote is on
// Saturday" (said on a Sunday, the coming one), as presentAhead reads
// "The hearing is Monday".
func (p *parser) closedAhead(i int) bool {
	if p.is(i-1, "on") && p.is(i-2, "is", "are") {
		_, wn, _, _ := p.weekday(i)
		return !p.is(i+wn, "'", "’") // "The focus is on Saturday's vote" names an event
	}
	return p.is(i-1, "closed", "shut", "open") && p.is(i-2, "is", "are", "remains", "remain", "stays", "stay")
}

// possessiveYear reports whether the bare year y at token i takes a
// possessive: "1988's results included a one-time gain", "1987's crash".
// A count takes none, and a decade written "1980's" is left to the
// decade reading: a year ending in 0 is read so only when within two
// years of the story's ("1990's results", said in 1991).
func (p *parser) possessiveYear(i, y int) bool {
	if !(p.is(i+1, "'", "’") && p.glued(i+1) && p.is(i+2, "s") && p.glued(i+2)) || p.is(i-1, "the", "-", "mid", "early", "late") {
		return false
	}
	r := p.ref.Year()
	return y%10 != 0 || y >= r-2 && y <= r+2
}

// anchoredWeekday reads "the following Monday", "the previous Friday",
// "the preceding Sunday" after a single day the sentence named: the first
// such weekday after or before that day ("The crash occurred on Jan. 30;
// the airline had inspected the plane the previous Friday": Jan. 23), as
// "the following day" counts from it. With no day named, "the previous
// Friday" is last Friday and "the following Monday" the bare weekday.
func (p *parser) anchoredWeekday(i int) (match, bool) {
	a := p.anchor
	if !p.is(i, "following", "previous", "preceding") || !p.is(i-1, "the") || a.Start.IsZero() || a.Grain != GrainDay || !a.Start.Equal(a.End) {
		return match{}, false
	}
	wd, wn, _, plural := p.weekday(i + 1)
	if wn == 0 || plural {
		return match{}, false
	}
	step := -1
	if p.is(i, "following") {
		step = 1
	}
	t := a.Start.AddDate(0, 0, step)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, step)
	}
	return match{n: 1 + wn, v: dayValue(t), explicit: p.anchorExplicit}, true
}

func init() {
	startSet["preceding"] = true // "the preceding Sunday"
}

// afterBoth reports whether the bare month or year at token i follows
// "both" or "either" after a preposition: "Rates fell in both September
// and October", "in either 1990 or 1991". The word between keeps the
// preposition's cue.
func (p *parser) afterBoth(i int) bool {
	return p.is(i-1, "both", "either") && bareCue[p.tok(i-2).text] && !p.is(i-2, "the", "and", "or", "-", "–")
}

// announceVerbs date an announcing, whose object may be a date still to
// come ("set Dec. 12 as the record date", "ordered the plant closed in
// December"); a past act told by one of them is left to the tense.
var announceVerbs = setOf("said", "announced", "declared", "approved", "ordered", "called", "urged", "asked",
	"proposed", "promised", "pledged", "vowed", "predicted", "forecast", "projected", "estimated", "told", "warned",
	"decided", "agreed", "voted", "set", "signed")

// subordinators open a clause of their own before a date: "filled the
// city as Easter week began".
var subordinators = setOf("as", "when", "after", "before", "until", "since", "if", "unless", "where")

// verbFollowers open what may follow a past verb: "was added to the
// index", "fell sharply", "were cut twice".
var verbFollowers = setOf("to", "by", "in", "on", "at", "for", "from", "with", "into", "after", "over", "up", "down",
	"off", "out", "back", "twice", "again", "about", "as", "chairman", "president")

// pastActBefore reports whether a past act stands in the words before the
// yearless date at token i ("in December", "on Jan. 3"), with its object or
// complement between: "The company cut its dividend in December", "The
// stock was added to the index in December", "The index fell to 2,000 on
// Jan. 3", "Rates were cut twice in January", said in October: the date is
// that act's, the December gone, not the one ahead. A past verb is a
// firm past form of data/tense.tsv or a regular -ed form, itself past or
// made passive by "was", "were" or "had"; a modal, a future cue, an
// infinitive "to", a clause word, a verb of announcing or planning, an
// "-ing" form or a "for" of purpose between leaves the date to the tense
// ("declared a dividend payable in December", "agreed to sell the unit in
// December", "sold bills maturing in January", "bought 20 jets for
// delivery in January").
func (p *parser) pastActBefore(i int) bool {
	if !p.is(i-1, "in", "on") {
		return false
	}
	k := i - 1
	for b := k - 1; b >= 0 && b >= k-8; b-- {
		t := p.tok(b)
		w := t.text
		switch {
		case t.isNum(), p.is(b, "$", "%", "#"):
			continue
		case p.is(b, ",", ".") && p.tok(b-1).isNum() && p.tok(b+1).isNum() && p.glued(b) && p.glued(b+1):
			continue // "2,000", "4.5"
		case !isLetterWord(w) || clauseWords[w] || subordinators[w] || modalWords[w] || announceVerbs[w] || planWords[w] || lookAhead[w]:
			return false
		case len(w) > 4 && strings.HasSuffix(w, "ing"):
			return false // "bills maturing in January", "began taking orders"
		case w == "for" && !p.tok(b+1).isNum() && lex.cardinal[p.tok(b+1).text] == 0 && !p.is(b+1, "$", "a", "an", "the", "about", "nearly", "more"):
			return false // a purpose: "bought 20 jets for delivery in January"
		case w == "to" && !p.tok(b+1).isNum() && !p.is(b+1, "$", "the", "a", "an", "its", "his", "her", "their") && !p.tok(b+1).upper():
			return false // an infinitive: "agreed to sell the unit in December"
		}
		if c, ok := tenseCues[w]; ok {
			if c.future || c.weight == 0 {
				return false
			}
			if c.weight >= 2 {
				return p.firmPastAt(b) || p.is(b-1, "was", "were", "had")
			}
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !t.upper() {
			if nx := p.tok(b + 1); isLetterWord(nx.text) && !nx.upper() && !objectDeterminers[nx.text] && !verbFollowers[nx.text] && !strings.HasSuffix(nx.text, "ly") {
				continue // an adjective before its noun: "2 million Class B preferred shares"
			}
			if p.is(b-1, "was", "were", "had") {
				return true // "was added", "had been approached" reads on at "been"
			}
			return p.firmPastAt(b)
		}
	}
	return false
}

// ruleClippedYear reads a year written with its century cut: "In '87,
// the company nearly collapsed", "since the crash of '87", "fiscal '89",
// "the '88 election". The apostrophe stands after a space and before two
// digits glued to it, after a cue a year takes ("in", "since", "of",
// "the", "fiscal", ...); "the '80s" is a decade and is left alone, and
// so is a closing quote. The century is the one that puts the year no
// more than ten years after the story's.
func ruleClippedYear(p *parser, i int) (match, bool) {
	if !p.is(i, "'", "’") || !p.tok(i).space || i == 0 {
		return match{}, false
	}
	d := p.tok(i + 1)
	if d.digits != 2 || !p.glued(i+1) || p.is(i+2, "s") && p.glued(i+2) || p.tok(i+2).isNum() && p.glued(i+2) {
		return match{}, false
	}
	prev := p.tok(i - 1).text
	if !bareCue[prev] && !yearCue[prev] && !p.is(i-1, "fiscal", "class") {
		return match{}, false
	}
	y := 1900 + d.num
	if y+100 <= p.ref.Year()+10 {
		y += 100
	}
	return match{n: 2, v: yearValue(y), explicit: true}, true
}

func init() {
	startSet["'"] = true
	startSet["’"] = true
}
