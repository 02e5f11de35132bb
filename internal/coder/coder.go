// Package coder turns the sentences of one article into PLOVER events.
//
// It takes an article.Article (body, publication date, language) and gives
// []event.Event as docs/CONTRACT.md defines them: one event per reported
// happening, coded clause by clause from cue words and phrases of news
// English (data/cues.tsv), with the parties found by the actors package, the
// date by the timex package, a status (planned, occurred, cancelled) from
// tense, modals and cue phrases, and the sentence as evidence with byte
// offsets into the body. Reports of the same event within the article are
// merged into one. Code is a pure function: no I/O.
package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Options tune a coding run.
type Options struct {
	// Catalog resolves people, countries, places and organisations; nil
	// means actors.Default().
	Catalog *actors.Catalog
	// KeepActorless keeps events whose parties the catalog does not know
	// ("police", "rebels"), for scoring the event type alone.
	KeepActorless bool
	// KeepOneSided keeps events that name one side only ("Iran fired
	// missiles", "Qatar condemned the attack" with no attacker found). By
	// default they are left out: an event says who did what to whom, and
	// on real news a one-sided event is mostly a report whose other side
	// the coder missed.
	KeepOneSided bool
	// LearnedFilter asks for the learned filter (filter.go,
	// data/filter.json), which drops the events it scores below its
	// threshold. The filter is on by default since stop 36, so setting it
	// changes nothing; it is kept for the callers that set it
	// (docs/coding.md, "learned filter").
	LearnedFilter bool
	// NoLearnedFilter keeps every event the rules propose: the learned
	// filter is not applied, whatever LearnedFilter says.
	NoLearnedFilter bool
	// NoLearnedProposer leaves alone the sentences the rules make no
	// report of: the learned proposer (propose.go, data/propose.json) is
	// not asked whether they report an event.
	NoLearnedProposer bool
	// Proposer, when set, is the proposer model used instead of the
	// embedded one, with its own Threshold (for training it).
	Proposer *ProposeModel
	// ProposeThreshold, when above 0, is the probability the proposer's
	// type must reach instead of the model's Threshold. A threshold of 1
	// or more turns the proposer off: the shipped model's is 1, as its
	// held-out figures gained no found event net of extras (docs/coding.md,
	// "a learned proposer").
	ProposeThreshold float64
	// ObserveCandidate, when set, receives every sentence the proposer
	// reads and its features, whether or not the proposer is on; for
	// training it.
	ObserveCandidate func(Candidate)
	// headline and opinionPage are set when the coder codes an article's
	// title on its own (headline8.go): the title is the body then, and
	// the page it heads may be an opinion piece.
	headline, opinionPage bool
	sportsPage            bool // the title coded heads a sports story (games15.go)
	caption               bool // the text is a photo's caption (captions11.go)
	// headRef says how the body of an undated page found the day its
	// title is read against (headref19.go); empty otherwise.
	headRef event.Reference
	// Observe, when set, receives every event the rules propose and its
	// features (FeatureNames), before the learned filter; for training it.
	Observe func(e event.Event, features []float64)
	// Logger receives notes such as a skipped non-English article; nil
	// means slog.Default().
	Logger *slog.Logger
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// defaultCatalog is the embedded actor catalog, built once: actors.Default
// gives a fresh copy on every call (so a caller may extend it), too costly
// to make per article.
var defaultCatalog = sync.OnceValue(actors.Default)

func theLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = loadLexicon() })
	return lex, lexErr
}

// Code returns the events of one article, in the order of their first
// evidence sentence.
func Code(a article.Article, opts Options) []event.Event {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	// Headline lists, forum threads and shop pages report no events;
	// "other" pages may be official statements and are coded.
	if a.Kind == article.KindListing || a.Kind == article.KindForum || a.Kind == article.KindProduct {
		log.Info("coder: not an article, no events coded", "source", a.Source, "kind", a.Kind)
		return nil
	}
	// An undetermined language ("und": a short text of names) is coded:
	// its English sentences have events, others match no English cue.
	if lang := strings.ToLower(a.Language); lang != "" && lang != "en" && lang != article.Undetermined && !strings.HasPrefix(lang, "en-") {
		log.Info("coder: article not in English, no events coded", "source", a.Source, "language", a.Language)
		return nil
	}
	lx, err := theLexicon()
	if err != nil {
		// The lexicon is embedded; a broken one is a build error caught by tests.
		log.Error("coder: load lexicon", "err", err)
		return nil
	}
	cat := opts.Catalog
	if cat == nil {
		cat = defaultCatalog()
	}
	sents := nlp.Split(a.Body)
	ref, hasRef := a.ReferenceDate()
	refFrom := pageReference(a)
	pageRef, pageHasRef, pageRefFrom := ref, hasRef, refFrom
	textRef := false
	if a.Published == nil {
		// A caption's date is the day a photo was taken, often before
		// the story; a later date the body writes is nearer its day.
		if t, ok := textReference(append([]nlp.Sentence{{Text: a.Title}}, sents...)); ok && (!hasRef || t.After(ref)) {
			ref, hasRef, textRef, refFrom = t, true, true, event.RefText
		}
	}
	mentions := withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
	var after time.Time // only a page with no date needs it
	if a.Published == nil {
		after = writtenAfter(mentions, cat)
	}
	if textRef && ref.Before(after) {
		// The latest date is background, older than the offices the
		// page gives its people.
		ref, hasRef, textRef, refFrom = pageRef, pageHasRef, false, pageRefFrom
		mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
	}
	if a.Published == nil && staleCaption(a.PageDate, after) {
		// So is a caption's date older than those offices: an old
		// photo's day, not the page's (refdate.go). It dates nothing:
		// not the body's news, nor the title and captions coded beside
		// it (headline8.go, captions11.go), and it is no reference.
		a.PageDate = nil
		if !textRef && refFrom == event.RefCaption {
			ref, hasRef, refFrom = time.Time{}, false, ""
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		}
	}
	datelined := false
	if textRef {
		// A dateline's day is the filing day, in the body's year (dateline43.go).
		if t, ok := datelineAfterText(sents, ref); ok {
			ref, textRef, refFrom, datelined = t, false, event.RefDateline, true
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		}
	}
	horizon := tenureHorizon(a, cat)
	if !hasRef {
		// The title may be the page's date line ("Tuesday, May 13").
		if t, ok := tenureReference(append([]nlp.Sentence{{Text: a.Title}}, sents...), mentions, cat, horizon); ok {
			ref, hasRef, refFrom = t, true, event.RefTenure
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		} else if t, ok := datelineReference(sents, mentions, cat, horizon); ok {
			ref, hasRef, refFrom = t, true, event.RefDateline
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		} else if t, ok := filedReferenceOf(a, sents); ok {
			ref, hasRef, refFrom = t, true, event.RefAddress
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		} else if t, ok := yearlessReference(append([]nlp.Sentence{{Text: a.Title}}, sents...), mentions, cat, horizon); ok {
			ref, hasRef, refFrom = t, true, event.RefTenure
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		} else if t, ok := weekdayYearReference(append([]nlp.Sentence{{Text: a.Title}}, sents...), mentions, cat, horizon); ok {
			ref, hasRef, refFrom = t, true, event.RefTenure
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		} else if t, ok := captureReference(a, mentions, cat); ok {
			ref, hasRef, refFrom = t, true, event.RefCapture
			mentions = withPronouns(sents, withCountryAnaphors(a.Body, cat, resolveMentions(cat.Mentions(a.Body, ref))))
		}
	}
	if !hasRef {
		forgetHolders(mentions)
	}
	c := &articleCoder{captionText: opts.caption, a: a, cat: cat, lx: lx, ref: ref, hasRef: hasRef, refFrom: refFrom, keepActorless: opts.KeepActorless, dateFrom: -1, writtenAfter: after, textRef: textRef && hasRef, datelined: datelined, headRef: opts.headRef}
	if c.textRef {
		c.textRefSent = textRefSentence(sents, ref) // days23.go
	}
	if !opts.headline && !opts.caption {
		c.observeCandidate = opts.ObserveCandidate
		if !opts.NoLearnedProposer {
			c.proposer, c.proposeThreshold = proposerFor(opts, log) // propose.go
		}
	}
	var reports []*report
	mi := 0
	toks := make([][]token, len(sents))
	kinds := make([]sentenceKind, len(sents))
	sportsSents := 0
	tokBuf := pooledTokens(len(a.Body)/5 + 4*len(sents))
	defer tokBuf.release()
	for si, s := range sents {
		toks[si] = unquoteScareQuotes(tokBuf.add(s.Text)) // quoted18.go
		kinds[si] = lx.kinds.kindOf(toks[si])
		if kinds[si].sports && !kinds[si].war {
			sportsSents++
		}
	}
	c.mediators = pageMediators(sents, toks, mentions) // mediators13.go
	// A story with several sentences of sport is a sports story: its
	// "Russia beat Croatia on Monday" is a result too.
	c.sportsArticle = sportsSents >= 3 || sportsSents >= 2 && sportsSents*5 >= len(sents) || opts.sportsPage
	c.sportsTold = sportsSents > 0
	for si, s := range sents {
		c.curSent = si
		for mi < len(mentions) && mentions[mi].Start < s.Start {
			mi++
		}
		mj := mi
		for mj < len(mentions) && mentions[mj].End <= s.End {
			mj++
		}
		if si < 3 && c.dateline == nil {
			c.noteDateline(toks[si], s, mentions[mi:mj]) // places12.go
		}
		reps := c.codeSentence(s, toks[si], kinds[si], mentions[mi:mj])
		if r := c.propose(s, toks[si], kinds[si], mentions[mi:mj], len(reps) > 0); r != nil {
			reps = append(reps, r) // what the rules leave alone, the learned proposer may read (propose.go)
		}
		reps = slices.DeleteFunc(reps, func(r *report) bool { return c.withoutMediators(r) == nil })
		// "$12 million to Jamaica, $8.5 million to Haiti" (recipients46.go)
		reps = splitRecipients(reps, s, mentions[mi:mj])
		var spans []span // a pair joined in words needs two mentions with a country
		if withCountry(mentions[mi:mj]) >= 2 {
			spans = c.sentenceSpans(toks[si], s.Start, mentions[mi:mj])
		}
		c.notePair(si, toks[si], spans, reps)
		reports = append(reports, reps...)
	}
	reports = c.dropToldMissionAttacks(reports) // missionattack18.go
	c.answerAttacks(reports, toks)
	c.answerCharges(reports, toks) // denial20.go
	c.sceneTargets(reports, toks, mentions)
	meetingAidTargets(reports, func(e event.Event, giver string) bool { // "He also announced $50 million in aid" (discourse21.go)
		return aidOnSiteEvent(e) && aidAtHome(c.a.Body, e, mentions, giver) // "will rebuild the schools in Puebla": at home (aidwork51.go)
	})
	c.rulingClaimants(reports, sents, toks, mentions)
	c.rulingSides(reports, sents, toks, mentions) // rulings51.go
	reports = dropSaidAtMeeting(reports)          // retoldmeetings9.go
	c.dateFromContext(reports, sents)
	c.dateFromRetelling(reports, sents, toks)
	c.leadDay = leadDay(reports, sents, c)
	c.dateCameAfter(reports) // "The visit comes a day after ..." (discourse21.go)
	if needsSiblingDate(reports) {
		c.dateFromSiblings(reports, append(c.datedSentences(sents, mentions), c.datedCaptions()...))
	}
	shareVenues(reports)
	noteToldDone(reports)                                          // plans15.go
	markAnswers(reports, toks)                                     // reciprocal18.go
	events := c.dropHistory(mergeReports(reports, c.pastBefore())) // history9.go
	opinion := opts.opinionPage || lx.opinion.isOpinion(a.Title, a.Body)
	if opinion {
		events = keepFirmEvents(events)
		log.Debug("coder: opinion or analysis piece, weak events dropped", "source", a.Source)
	}
	// The title is read whole when the body tells no act with two sides
	// (else only for the pairs the body tells, headline17.go); an act
	// of one side takes its other from the page (sides10.go), which the
	// title's acts are part of.
	var head []event.Event
	headRead := false
	if !opts.headline {
		if !slices.ContainsFunc(events, twoSided) {
			head, headRead = codeHeadline(a, opts, ref, hasRef, refFrom, opinion, c.sportsArticle), true
		}
		c.pageSides(events, head, sents, mentions)
		c.headlineSides(events, ref, func() []event.Event { // a lead act's other side, from the title (headline18.go)
			o := opts
			o.KeepOneSided = true
			return codeHeadline(a, o, ref, hasRef, refFrom, opinion, c.sportsArticle)
		})
		c.weAskSource(events) // "We once again call on Russia to ...": the page's voice asks (weask17.go)
	} else {
		c.titleSides(events, sents, mentions) // "Poland closes border with Belarus" (headline43.go)
	}
	c.harmAbroadSide(events, mentions)                       // harmabroad49.go
	leadActs := leadOwnDays(leadOneCountry(events), reports) // one-sided ones too, for headlineActs (headline17.go); days of their own (headday18.go)
	if !opts.KeepOneSided && !opts.KeepActorless {
		events = slices.DeleteFunc(events, oneSided)
	}
	for i := range events {
		finish(&events[i], c)
	}
	events = c.learnedFilter(events, reports, sents, mentions, opts, log)
	if !opts.headline && (headRead || !slices.ContainsFunc(events, twoSided)) {
		if !headRead {
			head = codeHeadline(a, opts, ref, hasRef, refFrom, opinion, c.sportsArticle)
		}
		events = append(events, head...)
	} else if !opts.headline {
		events = append(events, headlineActs(events, leadActs, codeHeadline(a, opts, ref, hasRef, refFrom, opinion, c.sportsArticle))...)
	}
	c.headlineLeadDay(events) // the title's act is the lead's news, done on its day (headday18.go)
	if !opts.headline && !c.sportsArticle && !slices.ContainsFunc(events, twoSided) {
		// Neither body nor title tells an act with two sides: the
		// captions may (captions11.go), unless the page is a sports
		// story, whose captions show a match.
		events = append(events, codeCaptions(a, opts, ref, hasRef, opinion)...)
	}
	return events
}

// twoSided reports an event with parties of two sides.
func twoSided(e event.Event) bool { return !oneSided(e) }

// oneSided reports an event whose actors are all of one side: one country,
// or one organisation and no country.
func oneSided(e event.Event) bool {
	sides := map[string]bool{}
	for _, a := range e.Actors {
		if a.Country != nil && *a.Country != "" {
			sides[*a.Country] = true
		} else {
			sides["~"+a.Name] = true
		}
	}
	return len(sides) < 2
}

// resolveMentions copies onto each short mention ("Blinken", "the
// secretary") the name, country and office of the full mention it refers
// to, and sorts mentions by position.
func resolveMentions(ms []actors.Mention) []actors.Mention {
	out := make([]actors.Mention, len(ms))
	copy(out, ms)
	for i, m := range out {
		if m.Ref < 0 || m.Ref >= len(ms) || m.Ref == i {
			continue
		}
		full := ms[m.Ref]
		if full.Name != "" {
			out[i].Name = full.Name
		}
		if out[i].Country == "" {
			out[i].Country = full.Country
		}
		if full.Title != "" && out[i].Title == "" {
			out[i].Title = full.Title
		}
		if out[i].Sector == "" {
			out[i].Sector = full.Sector
		}
		if out[i].Kind == "" {
			out[i].Kind = full.Kind
		}
	}
	slices.SortStableFunc(out, func(a, b actors.Mention) int { return a.Start - b.Start }) // as sort.SliceStable, with no swapper to allocate
	return out
}

// forgetHolders drops the name the catalog gave an office named without
// its holder ("the Japanese prime minister") when the article has no date:
// who held the office then is not known, and today's holder would be a
// guess.
func forgetHolders(ms []actors.Mention) {
	for i, m := range ms {
		if m.Kind != actors.Person || m.Name == "" {
			continue
		}
		fields := strings.Fields(m.Name)
		if !strings.Contains(strings.ToLower(m.Text), strings.ToLower(fields[len(fields)-1])) &&
			!strings.Contains(strings.ToLower(m.Text), strings.ToLower(fields[0])) {
			ms[i].Name = ""
		}
	}
}

// articleCoder holds what every sentence of one article needs.
type articleCoder struct {
	a             article.Article
	missionReps   map[*report]bool // attacks on a mission read from a noun phrase (missionattack18.go)
	captionText   bool             // coding a caption: its caption form is no reason to skip it
	cat           *actors.Catalog
	lx            *lexicon
	ref           time.Time
	hasRef        bool
	keepActorless bool
	curSent       int // index of the sentence being coded
	dateFrom      int // token where the date of the clause being coded may start, or -1
	timesCache    map[timesKey][]timex.Expression
	sportsArticle bool // most of the article tells a game (see offTopic)
	sportsTold    bool // some sentence of the article tells of sport (see teamTour)
	// speakerActs: the clause being built is the speaker's act on the
	// subject of its reported clause ("Qatar said Israel must withdraw",
	// "said Israel was treacherous"): the speaker is the source.
	speakerActs bool
	announcing  bool // the clause being coded tells a measure announced: dated by the day it was told (announced20.go)
	// speakerSetting: the clause being built is a participle beside the
	// speaker that tells where the speaker was ("Obama, speaking at a
	// news conference with Hollande, said"): its parties are no speech.
	speakerSetting bool
	// sides is the latest event with two parties or more, which "the two
	// sides" and "the allies" refer to.
	sides *report
	// meeting is the latest meeting with two parties or more.
	meeting *report
	// pair is the last pair of countries the text named (pairs10.go).
	pair namedPair
	// mediators are the countries the page names as go-betweens of talks
	// (mediators13.go).
	mediators map[string]bool
	// writtenAfter bounds the day of a page with no date (see writtenAfter).
	writtenAfter time.Time
	// refFrom says how ref was found, for the dates read against it.
	refFrom event.Reference
	// textRef marks a reference day taken from the latest full date the
	// body of an undated page writes (textReference).
	textRef bool
	// datelined: the page shows no date and its dateline's day, in the
	// year of the body's full date, is ref (dateline43.go).
	datelined bool
	// textRefSent is the sentence that writes the textRef day (days23.go).
	textRefSent int
	// headRef is Options.headRef: the title of an undated page is coded,
	// against the day its body was read against (headref19.go).
	headRef event.Reference
	// proposer is the learned proposer's model (propose.go), nil when it
	// is off; proposeThreshold its threshold; observeCandidate is
	// Options.ObserveCandidate.
	proposer         *ProposeModel
	proposeThreshold float64
	observeCandidate func(Candidate)
	// filedFrom is the longitude of the place the story's dateline names
	// (see nextLocalDay), once read.
	filedFrom *float64
	// leadDay is the day the lead dates the story's news (leadday11.go),
	// given to the acts told as done with no day of their own, or "".
	leadDay string
	// announced holds the starts of sentences that tell a government's
	// measure as said to be taken ("said it will impose"), settled as
	// occurred once the page is merged (announced15.go).
	announced []int
	// dateline is the place the story's dateline names ("HANOI —"), the
	// place "here" stands for (here12.go), or nil.
	dateline *actors.Mention
	// later holds the other meetings of the subject the last report built
	// names after its own (meetings12.go), for codeSentence to add.
	later []*report
	// speaker is the speaker the last sentence with a speech verb named,
	// and speakerSent that sentence's index: a quotation that follows
	// with no speaker of its own is theirs (requests12.go).
	speaker     []span
	speakerSent int
	speakerPast bool
	// spans keeps the last sentence's mention spans (sentenceSpans).
	spans spansMemo
}

// spansMemo is one call of mentionSpans and its result.
type spansMemo struct {
	toks []token
	base int
	ms   []actors.Mention
	out  []span
}

// sentenceSpans is mentionSpans, computed once for a sentence whose
// dateline, coding and pairs all ask for it (a tenth of the bytes coding
// allocated). The result is capped, so that an append by one asker copies
// it instead of writing into what another holds; none changes its spans.
func (c *articleCoder) sentenceSpans(toks []token, base int, ms []actors.Mention) []span {
	m := &c.spans
	same := func(a, b []token) bool { return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0]) }
	if m.out != nil && same(m.toks, toks) && m.base == base && len(m.ms) == len(ms) && (len(ms) == 0 || &m.ms[0] == &ms[0]) {
		return m.out
	}
	out := mentionSpans(toks, base, ms)
	*m = spansMemo{toks: toks, base: base, ms: ms, out: out[:len(out):len(out)]}
	return m.out
}

// countryName is the English name of a country code, or the code itself.
func (c *articleCoder) countryName(code string) string {
	if info, ok := c.cat.Country(code); ok && info.Name != "" {
		return info.Name
	}
	return code
}

// finish sets the id and confidence of a merged event and fills a missing
// date with the publication date for events that already happened (or, on a
// page with no publication date, the photo caption's date for news told in
// the present perfect).
func finish(e *event.Event, c *articleCoder) {
	settleUnknown(e) // an act whose tense the clause does not give was done (status13.go)
	// A caption's date (PageDate) dates the photo, not the story: it is
	// taken only for news told as just done.
	if e.Date == nil && (e.Status == event.Occurred || toldDecision(e)) && c.a.Published != nil {
		d := *c.a.Published
		e.Date = &event.Date{Start: d, End: d, Grain: event.GrainDay, Basis: event.BasisPublication, Reference: pageReference(c.a)}
		if c.leadDay != "" && e.Status == event.Occurred {
			// The news the lead dates the day before the page's (leadday11.go).
			e.Date = c.leadDate(pageReference(c.a))
		}
	} else if e.Date == nil && e.Status == event.Occurred && c.leadDay != "" {
		e.Date = c.leadDate(c.refFrom)
	} else if e.Date == nil && e.Status == event.Occurred && (c.textRef || c.datelined) && c.a.Published == nil {
		d := c.ref.Format(time.DateOnly)
		e.Date = &event.Date{Start: d, End: d, Grain: event.GrainDay, Basis: event.BasisPublication, Reference: c.refFrom}
	} else if d := c.headlineRefDate(e); d != nil {
		e.Date = d // the title's act on an undated page (headref19.go)
	} else if e.Date == nil && e.Status == event.Occurred && c.a.PageDate != nil && presentPerfect(e) {
		d := *c.a.PageDate
		e.Date = &event.Date{Start: d, End: d, Grain: event.GrainDay, Basis: event.BasisPublication, Reference: event.RefCaption}
	} else if e.Date != nil && e.Date.Basis == event.BasisRelative && e.Date.Reference == "" {
		e.Date.Reference = c.refFrom
	}
	settleAnnounced(e, c.announced) // "said it will impose tariffs": taken when said (announced15.go)
	if e.Topics == nil {
		e.Topics = []string{}
	}
	if e.Actors == nil {
		e.Actors = []event.Actor{}
	}
	ev := e.Evidence[0]
	h := sha256.New()
	h.Write([]byte(ev.Source + "\x00" + strconv.Itoa(ev.Start) + "\x00" + strconv.Itoa(ev.End) + "\x00" + e.Type + "\x00" + strings.Join(e.Countries(), ",")))
	e.ID = hex.EncodeToString(h.Sum(nil)[:12])
}

// presentPerfect reports an event whose first evidence sentence is written
// in the present perfect ("has cut short talks"): news of the day, so on a
// page with no publication date its photo caption's day is the best guess.
func presentPerfect(e *event.Event) bool {
	t := " " + strings.ToLower(e.Evidence[0].Text)
	return strings.Contains(t, " has ") || strings.Contains(t, " have ")
}
