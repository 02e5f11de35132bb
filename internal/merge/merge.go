// Package merge turns reports — events coded from single articles — into
// real-world events: reports of the same type between the same parties, on
// overlapping dates, at compatible places become one event that keeps every
// report as evidence.
//
// It takes []Report and gives []event.Event. The result does not depend on
// the order of the input, and the work is bounded: reports are grouped by
// type and parties (Key), and each group is swept in date order, so no report
// is compared with every other.
package merge

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Report is one coded event of one article.
type Report struct {
	// Event is the coded event; its ID identifies the report and its
	// Evidence holds the sentence it was coded from.
	Event event.Event
	// ArticleID is the stored article the report comes from.
	ArticleID string
	// Root is the article that ArticleID copies, or ArticleID itself when it
	// is an original: Sources counts distinct roots.
	Root      string
	URI       string
	Published string // YYYY-MM-DD or ""
}

// Merged is one event and the ids of the reports it was merged from.
type Merged struct {
	Event   event.Event
	Reports []string // report ids, sorted
}

// Options tune merging.
type Options struct {
	// SlackDays is how many days apart two precisely dated reports may be
	// and still be one event: outlets in different time zones date the same
	// meeting a day apart. Negative means 0.
	SlackDays int
	// MaxSpanDays bounds an event of precisely dated reports: a report
	// joins a chain only while the chain's whole span, from its first day
	// to its last, stays within MaxSpanDays days (or within the report's
	// own stated range, when that is longer: "talks from 6 to 18
	// November"). Without it, reports of one pair of countries dated a day
	// or two apart chain for months. 0 means unbounded.
	MaxSpanDays int
	// IsCountry says whether a location names a whole country rather than a
	// place inside it ("Japan" vs "Tokyo"). Nil: only a location whose name
	// is empty or its own country code counts as the whole country.
	IsCountry func(name, country string) bool
	// Locates says whether the gazetteer knows where a named place lies.
	// A place it does not (a region such as a state, a province or a sea,
	// or a name the tables do not hold) is too vague to tell two events
	// apart: it counts as its country only. Nil: every named place is
	// precise.
	Locates func(name, country string) bool
	// IsPlace says whether a location's name is a place at all: a name
	// the tables read as a person or an organisation ("Donald Trump",
	// "United States Military") is a slip of the coder, not where the
	// event was, and counts as no place. Nil: every name is a place.
	IsPlace func(name string) bool
	// IsCountryWord says whether a word names a country or its people
	// ("Ukraine", "Russian"): such a word is the setting of many events
	// between the same parties, never a particular of one. Nil: none is.
	IsCountryWord func(word string) bool
	// Tenures gives, for an actor, the class of office its title names and
	// the spans of days (since 1970-01-01, inclusive) in which the person
	// held it; no spans when unknown. Reports naming different holders of
	// one office who never served together never merge, and a merged
	// event's date lies within the tenures of every office holder it names.
	// Nil: tenures veto nothing.
	Tenures func(a event.Actor) (office string, spans [][2]int)
	// MonthlyFrom: a group of at least MonthlyFrom reports is merged
	// month by month (Month), each month on its own, and its undated
	// reports on their own; 0 means never. A large group's reports fall on
	// most days, so a batch of new reports touches most of the group, and
	// merging it whole costs in proportion to the store; a month costs in
	// proportion to one month's reports. The price: an event whose reports
	// straddle the turn of a month is two events, a report dated to a week,
	// a quarter, a year or by its publication is weighed only against the
	// events of the month its days centre on, and an undated report joins
	// only other undated reports. Small groups, where one report more or
	// less decides most, are merged island by island (MergeIslands).
	MonthlyFrom int
}

// DefaultMonthlyFrom is the size from which a group is merged month by
// month: a group of 200 reports over the two years a store of news
// commonly spans gets a new report in most months of it with every batch,
// so merging it whole reads all of it each time, and a month of it holds
// about ten reports, few enough that one more or less decides little.
// The labelled scenarios and the real-news pages have no group that large.
const DefaultMonthlyFrom = 200

// DefaultSpanDays is the longest an event told in precisely dated reports
// lasts unless one report states a longer range: a summit, a round of talks
// or a state visit lasts one to four days, a tour's stop in one country
// rarely more, and a day of time-zone slack at either end makes six; a week
// leaves one more. Talks that go on for weeks are reported day by day as
// sessions, and a longer conference is dated by its stated range.
const DefaultSpanDays = 7

// DefaultOptions are the settings the store uses: a day of slack, events of
// at most a week, country names from the actor catalog, and large groups
// merged month by month.
func DefaultOptions() Options {
	c := defaultCatalog()
	return Options{SlackDays: 1, MaxSpanDays: DefaultSpanDays, IsCountry: CatalogCountries(c), Locates: CatalogLocates(c), IsPlace: CatalogPlaces(c),
		IsCountryWord: CatalogCountryWords(c), Tenures: CatalogTenures(c), MonthlyFrom: DefaultMonthlyFrom}
}

// CatalogCountryWords says a word is a country's name or adjective when the
// catalog reads it, alone, as a country.
func CatalogCountryWords(c *actors.Catalog) func(word string) bool {
	var seen sync.Map // word -> bool: groups repeat the same few words
	return func(word string) bool {
		if v, ok := seen.Load(word); ok {
			return v.(bool)
		}
		is := false
		for _, m := range c.Mentions(word, time.Time{}) {
			is = is || (m.Kind == actors.Country && m.Start == 0 && m.End == len(word))
		}
		seen.Store(word, is)
		return is
	}
}

// CatalogPlaces says a name is a place unless the catalog reads the whole
// of it as a person or an organisation.
func CatalogPlaces(c *actors.Catalog) func(name string) bool {
	var seen sync.Map // name -> bool
	return func(name string) bool {
		if v, ok := seen.Load(name); ok {
			return v.(bool)
		}
		is := true
		for _, m := range c.Mentions(name, time.Time{}) {
			if m.Start == 0 && m.End == len(name) && (m.Kind == actors.Person || m.Kind == actors.Organisation) {
				is = false
			}
		}
		seen.Store(name, is)
		return is
	}
}

// CatalogLocates says a named place is precise when the catalog's gazetteer
// says where it lies: "Alaska" (a state) and "the Persian Gulf" (a sea) are
// not, "Anchorage" is.
func CatalogLocates(c *actors.Catalog) func(name, country string) bool {
	return func(name, country string) bool {
		_, ok := c.Locate(name, country)
		return ok
	}
}

// defaultCatalog is the embedded actor catalog, built once: merging only
// reads it, and a fresh copy per call costs megabytes.
var defaultCatalog = sync.OnceValue(actors.Default)

// CatalogCountries says a location is a whole country when its name is the
// catalog's name or an alias of its country.
func CatalogCountries(c *actors.Catalog) func(name, country string) bool {
	return func(name, country string) bool {
		info, ok := c.Country(country)
		if !ok {
			return false
		}
		if strings.EqualFold(name, info.Name) {
			return true
		}
		for _, a := range info.Aliases {
			if strings.EqualFold(name, a) {
				return true
			}
		}
		return false
	}
}

// Key is the group of reports that may merge with e: its type and the sorted
// set of its parties' countries (with the actors' names when fewer than two
// countries take part). Whether it was held at a distance is decided within
// the group: a phone call is never the same event as a meeting in person,
// but "the two presidents spoke" may be either.
func Key(e *event.Event) string {
	parties := e.Countries()
	if len(parties) < 2 {
		// Within one country (or none), the country says little about who
		// is involved: the actors' names are the parties.
		for _, a := range e.Actors {
			parties = append(parties, "~"+strings.ToLower(a.Name))
		}
		slices.Sort(parties)
		parties = slices.Compact(parties)
	}
	return e.Type + "|" + strings.Join(parties, ",")
}

// Merge groups reports into events. Reports of different keys never merge;
// within a key, see MergeGroup (island by island, MergeIslands, or month
// by month for a large group, see Options.MonthlyFrom). The events come
// out sorted by date, then id.
func Merge(reports []Report, opts Options) []Merged {
	groups := map[string][]*Report{}
	var keys []string
	for i := range reports {
		k := Key(&reports[i].Event)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], &reports[i])
	}
	slices.Sort(keys)
	var out []Merged
	for _, k := range keys {
		if !opts.Monthly(len(groups[k])) {
			out = append(out, MergeIslands(groups[k], opts)...)
			continue
		}
		for _, month := range ByMonth(groups[k]) {
			out = append(out, MergeGroup(month, opts)...)
		}
	}
	slices.SortFunc(out, compareEvents)
	return out
}

// MergeGroup merges the reports of one Key (or of one month of a large
// group, Options.MonthlyFrom); callers that stream groups (the store) call
// it once per group or month.
//
// Precisely dated reports (a day, or a range of at most two weeks, read from
// the text) chain into one event when their dates overlap, or are SlackDays
// apart with one of them dated relative to publication, or, when the chain
// or the report tells a visit, a day apart with no report between, as long as the
// chain's span stays within MaxSpanDays (or the longest range one of its
// reports states); such a chain splits again when it holds reports at
// incompatible places.
// Two different reports of one article (or of copies of it) never end in one
// event: the coder already merged what the article says about one event, so
// what it kept apart is apart.
// A report whose text gives a day without its year, placed by the coder in
// a guessed year that no other report tells, is dated to the one year in
// which other reports tell an event on that month and day (readYears).
// Coarse reports (a week, month or year, or only the publication date) join
// the one precise event they overlap at a compatible place (of several, the
// one at the very place they name, or, for an act told done that only its
// publication dates, the latest of those over by its publication); when
// they overlap none or several they stay apart, merging only with coarse
// reports of exactly the same span and place, because a month-grain "talks
// in March" could be either of two meetings that month; those dated to two
// weeks or less merge while their windows share a day (see
// shortWindowHome). A report nothing dates (no date, no publication date,
// no office holder's tenure) is coarse with no bounds, weighed after every
// dated coarse report: it joins the one event of its group it can be, and
// when no dated report of its group could be its event, the other undated
// reports at compatible places.
func MergeGroup(reports []*Report, opts Options) []Merged {
	opts.SlackDays = max(opts.SlackDays, 0)
	items := make([]item, 0, len(reports))
	for _, r := range reports {
		items = append(items, newItem(r, opts))
	}
	nameGazetteerPlaces(items)
	readYears(items, opts)
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.r.Event.ID, b.r.Event.ID))
	})

	// Coarse reports keep their date order, except that those nothing
	// dates come after every dated one. A report dated only by its
	// publication joins the event it overlaps and brings the place and
	// particulars it names ("in Baghdad", "Soleimani"); a report with no
	// date can be any event of its group, and what tells which one is its
	// place and particulars, so it is weighed once the dated reports have
	// told each event's: weighed first, it would join the one event whose
	// precise reports happen to name its place, while the event the dated
	// reports put there, told by more articles, did not yet show it (stop
	// 34).
	var precise, coarse, unbounded []item
	for _, it := range items {
		switch {
		case it.precise:
			precise = append(precise, it)
		case it.undated:
			unbounded = append(unbounded, it)
		default:
			coarse = append(coarse, it)
		}
	}
	coarse = append(coarse, unbounded...)

	var clusters []*cluster
	var chains [][2]int  // span of each chain of overlapping precise reports, in date order
	var chainFirst []int // index in clusters of each chain's first part
	for i := 0; i < len(precise); {
		c := &cluster{start: precise[i].start, end: precise[i].end}
		endRelative := false // the report that sets c.end dates it relatively
		widest := 0          // the longest range one report of the chain states
		visit := false       // some report of the chain tells a visit
		for i < len(precise) {
			it := precise[i]
			// Slack only for a relative date ("on Tuesday", read in
			// another time zone): two explicit dates a day apart are two
			// days. A visit lasts days: its arrival and its talks two
			// days later are one visit (visitGap).
			gap := it.start > c.end && (it.start > c.end+opts.SlackDays || !(endRelative || it.relative))
			if gap && (visit || it.visit) && it.start <= c.end+visitGap && it.remote <= 0 {
				gap = false
			}
			if gap {
				break
			}
			// A chain stops where the event would last too long: reports
			// a day or two apart do not make one event of months.
			if span := max(c.end, it.end) - c.start + 1; opts.MaxSpanDays > 0 && span > max(opts.MaxSpanDays, widest) &&
				span > it.end-it.start+1 {
				break
			}
			widest = max(widest, it.end-it.start+1)
			visit = visit || it.visit
			c.items = append(c.items, it)
			switch {
			case it.end > c.end:
				c.end, endRelative = it.end, it.relative
			case it.end == c.end:
				endRelative = endRelative || it.relative
			}
			i++
		}
		chain := len(chains)
		chains = append(chains, [2]int{c.start, c.end})
		chainFirst = append(chainFirst, len(clusters))
		for _, byMode := range splitByMode(c) {
			for _, byPlace := range splitByPlace(byMode) {
				byPlace.chain = chain
				clusters = append(clusters, splitByTenure(byPlace)...)
			}
		}
	}

	var words *particulars // made when first needed: most groups never need them
	tell := func(it item, cands []*cluster) *cluster {
		if words == nil {
			words = newParticulars(items, opts)
		}
		return words.choose(it.r, cands)
	}
	var pool, undated []item
	var tied []tiedItem
	for _, it := range coarse {
		// Chains are disjoint and in date order: find the ones the report
		// overlaps by binary search, not by looking at every event.
		lo, _ := slices.BinarySearchFunc(chains, it.start-opts.SlackDays, func(ch [2]int, t int) int { return cmp.Compare(ch[1], t) })
		hi, _ := slices.BinarySearchFunc(chains, it.end+opts.SlackDays+1, func(ch [2]int, t int) int { return cmp.Compare(ch[0], t) })
		var hits []*cluster
		if lo < hi {
			for _, c := range clusters[chainFirst[lo]:] {
				if c.chain >= hi {
					break
				}
				if it.start <= c.end+opts.SlackDays && c.start <= it.end+opts.SlackDays {
					hits = append(hits, c)
				}
			}
		}
		hits = preferPlace(it, slices.DeleteFunc(hits, func(c *cluster) bool { return !fits(it, c) }))
		if len(hits) > 1 {
			// Of several events, the one at the very place it names.
			if c := atNamedPlace(it, hits); c != nil {
				hits = []*cluster{c}
			}
		}
		if len(hits) > 1 {
			// Of several events, the one whose reports name its particulars.
			if c := tell(it, hits); c != nil {
				hits = []*cluster{c}
			}
		}
		if len(hits) > 1 {
			// A plan told with no date of its own: the next event.
			if c := nextEvent(it, hits, opts.SlackDays); c != nil {
				hits = []*cluster{c}
			}
		}
		if len(hits) > 1 {
			// An act told done with no date of its own: the latest event.
			if c := latestEvent(it, hits, opts.SlackDays); c != nil {
				hits = []*cluster{c}
			}
		}
		if len(hits) == 1 {
			hits[0].items = append(hits[0].items, it)
			continue
		}
		if it.undated {
			undated = append(undated, it)
			continue
		}
		if len(hits) > 1 {
			tied = append(tied, tiedItem{it, hits})
			continue
		}
		pool = append(pool, it)
	}
	// A report dated to a week or a month that several events of its
	// window could be, and nothing else ties to one, is of the one clearly
	// most told (placeTied).
	pool = append(pool, placeTied(tied)...)
	// Coarse reports that found no home merge only with their exact twins,
	// or, dated by a week or two around their publication, with the
	// reports of that short kind whose windows share a day with theirs.
	twins := map[[2]int][]*cluster{}
	var near []*cluster // clusters of short windows; start..end is the day they share
	pool = plansLast(pool)
	for _, it := range pool {
		if home := planHome(it, near, tell, opts.SlackDays); home != nil {
			home.items = append(home.items, it)
			continue
		}
		if home := shortWindowHome(it, near, tell); home != nil {
			home.items = append(home.items, it)
			home.start, home.end = max(home.start, it.start), min(home.end, it.end)
			continue
		}
		k := [2]int{it.start, it.end}
		var home *cluster
		for _, c := range twins[k] {
			if fits(it, c) {
				home = c
				break
			}
		}
		if home == nil && shortWindow(it) {
			home = &cluster{start: it.start, end: it.end}
			near = append(near, home)
			clusters = append(clusters, home)
			twins[k] = append(twins[k], home)
		}
		if home == nil {
			home = &cluster{start: it.start, end: it.end}
			twins[k] = append(twins[k], home)
			clusters = append(clusters, home)
		}
		home.items = append(home.items, it)
	}
	// A report nothing dates can be any event of its group at a compatible
	// place with its office holders and sides: it joins the one it can be,
	// or of several the one whose reports name its particulars, or, once
	// every other report is placed, the one clearly most articles tell
	// (placeUndated); else it stands alone, and the undated reports after
	// it may join it.
	// An act told done weeks later that only its publication dates is a
	// retelling of the act told before it (joinRetellings).
	// The waves of one aid operation, days or weeks apart, are one event
	// (joinAidWaves).
	clusters = joinAidWaves(clusters)
	clusters = joinRetellings(clusters, opts.SlackDays)
	clusters = placeUndated(undated, clusters, tell)
	// A plan dated to the day a measure comes into force is of the act
	// announced before it (joinComingIntoForce).
	clusters = joinComingIntoForce(clusters, opts.SlackDays)

	var split []*cluster
	for _, c := range clusters {
		split = append(split, splitSameArticle(c)...)
	}
	out := make([]Merged, 0, len(split))
	for _, c := range split {
		m := Merged{Event: build(c.items)}
		for _, it := range c.items {
			m.Reports = append(m.Reports, it.r.Event.ID)
		}
		slices.Sort(m.Reports)
		out = append(out, m)
	}
	return out
}

// item is a report with the day span and place merging reasons about.
type item struct {
	r          *Report
	start, end int // days since 1970-01-01, inclusive
	precise    bool
	relative   bool     // dated relative to publication
	remote     int8     // 1 held at a distance (a call), -1 in person, 0 not said
	undated    bool     // nothing dates it: neither its text nor its publication
	visit      bool     // it tells a visit (mode "visit")
	plan       bool     // a plan only its article's publication dates (planDay)
	guessed    bool     // its text gives the day and month, the year is guessed (yearGuessed)
	joined     joinKind // how it joined an event of another day, if it did (one field keeps items small)
	place      place
	// named is the place the report names as written, lower-cased, even
	// one too vague to tell events apart ("Alaska"); "" for none or a
	// whole country.
	named string
	// lim is what the report's office holders and sides rule out; nil when
	// nothing (kept apart to keep items small: they are sorted and copied).
	lim *limits
}

type cluster struct {
	start, end int
	items      []item // only ever appended to: sum extends over the new ones
	chain      int    // index of the chain of precise reports it came from
	sum        clusterSum
}

// clusterSum is what fits, atNamedPlace and fitsTenures need of a
// cluster's items, kept up to date as items are appended so that a large
// cluster is not read again for every report that might join it: the cost
// of placing a report does not grow with the events it is weighed against.
type clusterSum struct {
	n                int   // items summarised
	best             place // the most specific place, the first of its rank
	remote           int8  // the mode of the first item that says one
	limited          bool  // some item names office holders or sides
	lo, hi           int   // the days every item's office holders served
	minEnd, maxStart int
	kinds            []*limits // one per distinct office holders and sides
	seen             map[string]bool
	named            map[string]bool // the places items name, when any does
}

func (c *cluster) summarise() *clusterSum {
	s := &c.sum
	if s.n == 0 {
		s.lo, s.hi, s.minEnd, s.maxStart = -unbounded, unbounded, unbounded, -unbounded
	}
	for _, it := range c.items[s.n:] {
		if it.place.specificity() > s.best.specificity() {
			s.best = it.place
		}
		if s.remote == 0 {
			s.remote = it.remote
		}
		if it.named != "" {
			if s.named == nil {
				s.named = map[string]bool{}
			}
			s.named[it.named] = true
		}
		s.minEnd, s.maxStart = min(s.minEnd, it.end), max(s.maxStart, it.start)
		if it.lim == nil {
			continue
		}
		s.limited = true
		s.lo, s.hi = max(s.lo, it.lim.wlo), min(s.hi, it.lim.whi)
		if !s.seen[it.lim.key] {
			if s.seen == nil {
				s.seen = map[string]bool{}
			}
			s.seen[it.lim.key] = true
			s.kinds = append(s.kinds, it.lim)
		}
	}
	s.n = len(c.items)
	return s
}

// fits says whether it may join c: a compatible place (or a soft one,
// partyHome), held the same way (at a distance or in person), and office
// holders and sides that fit.
func fits(it item, c *cluster) bool {
	return placeFits(it, c) && it.remote*c.remote() >= 0 && fitsTenures(it, c)
}

// remoteness is 1 for a mode held at a distance, -1 for one in person, 0
// when the report does not say.
func remoteness(mode string) int8 {
	switch mode {
	case "phone", "virtual":
		return 1
	case "":
		return 0
	}
	return -1
}

// remote is how the cluster's reports say it was held: split chains hold
// one way only.
func (c *cluster) remote() int8 { return c.summarise().remote }

// splitByMode cuts a chain holding both calls and meetings in person into
// the two: leaders who call one day and meet the next held two events.
// Reports that say neither go with the more reported, in person on a tie.
func splitByMode(c *cluster) []*cluster {
	n := map[int8]int{}
	for _, it := range c.items {
		n[it.remote]++
	}
	if n[1] == 0 || n[-1] == 0 {
		return []*cluster{c}
	}
	unsaid := int8(-1)
	if n[1] > n[-1] {
		unsaid = 1
	}
	parts := map[int8]*cluster{}
	var out []*cluster
	for _, it := range c.items {
		m := it.remote
		if m == 0 {
			m = unsaid
		}
		p := parts[m]
		if p == nil {
			p = &cluster{start: it.start, end: it.end}
			parts[m] = p
			out = append(out, p)
		}
		p.items = append(p.items, it)
		p.start, p.end = min(p.start, it.start), max(p.end, it.end)
	}
	return out
}

// atNamedPlace returns, of several events, the one only whose reports name
// the place it names (a city, or a state too vague to set events apart);
// nil when none or several do.
func atNamedPlace(it item, cands []*cluster) *cluster {
	if it.named == "" {
		return nil
	}
	var at *cluster
	for _, c := range cands {
		if c.summarise().named[it.named] {
			if at != nil {
				return nil
			}
			at = c
		}
	}
	return at
}

// place returns the most specific place any report of the cluster names.
func (c *cluster) place() place { return c.summarise().best }

// visitGap is how many days after a chain's last day a report may start
// and still continue it when the chain or the report tells a visit: a
// state visit lasts two to four days, and its reports date its arrival,
// its talks and its banquet, with a day between that nobody reports.
const visitGap = 2

const (
	unbounded  = 1 << 30
	maxPrecise = 14 // days: a longer range is a period, not an event's date
)

func newItem(r *Report, opts Options) item {
	it := dateItem(r, opts)
	_, it.plan = planDay(it)
	limit(&it, opts)
	return it
}

// limit sets what the report's office holders and sides rule out for the
// days it.start..it.end, and bounds a report its text does not date by its
// office holders' tenures.
func limit(it *item, opts Options) {
	r := it.r
	it.lim = nil
	holders, wlo, whi := tenures(r, opts, it.start, it.end)
	sides := sidesOf(&r.Event)
	if len(holders) > 0 || wlo != -unbounded || whi != unbounded || len(sides.sources) > 0 || len(sides.targets) > 0 {
		it.lim = &limits{holders: holders, wlo: wlo, whi: whi, sides: sides}
		it.lim.key = fmt.Sprint(holders, "|", sides.sources, "|", sides.targets)
	}
	if r.Event.Date == nil || r.Event.Date.Basis == event.BasisPublication {
		// A report its text does not date can only be of a day on which
		// the office holders it names served.
		it.start, it.end = max(it.start, wlo), min(it.end, whi)
	}
}

func dateItem(r *Report, opts Options) item {
	it := item{r: r}
	if !sentFrom(&r.Event) { // aid is where it arrives (sentFrom)
		it.place, it.named = placeOf(r.Event.Location, opts), namedPlace(r.Event.Location, opts)
	}
	it.remote = remoteness(r.Event.Mode)
	it.visit = r.Event.Mode == "visit"
	d := r.Event.Date
	pub, pubOK := day(r.Published)
	if d == nil {
		it.start, it.end, it.undated = -unbounded, unbounded, true
		if pubOK {
			it.start, it.end = publicationWindow(pub, r.Event.Status)
			it.undated = false
		}
		return it
	}
	start, ok1 := day(d.Start)
	end, ok2 := day(d.End)
	if !ok1 || !ok2 || end < start {
		it.start, it.end, it.undated = -unbounded, unbounded, true
		return it
	}
	it.start, it.end = start, end
	it.relative = d.Basis == event.BasisRelative
	it.guessed = yearGuessed(d)
	if d.Basis == event.BasisPublication {
		it.start, it.end = publicationWindow(start, r.Event.Status)
		return it
	}
	switch d.Grain {
	case event.GrainDay:
		it.precise = true
	case event.GrainRange:
		it.precise = end-start <= maxPrecise
	}
	return it
}

// publicationWindow is when an event dated only by its article's publication
// may have taken place: a report of something that happened tells of the days
// just before; a report of something planned, of the months ahead.
func publicationWindow(pub int, status event.Status) (int, int) {
	switch status {
	case event.Occurred:
		return pub - 7, pub
	case event.Planned:
		return pub, pub + 90
	default:
		return pub - 7, pub + 7
	}
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

func day(s string) (int, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Sub(epoch).Hours() / 24), true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hashID(prefix, s string) string {
	h := sha256.Sum256([]byte(s))
	return prefix + hex.EncodeToString(h[:])[:16]
}

func compareEvents(a, b Merged) int {
	as, bs := "9999", "9999"
	if a.Event.Date != nil {
		as = a.Event.Date.Start
	}
	if b.Event.Date != nil {
		bs = b.Event.Date.Start
	}
	return cmp.Or(strings.Compare(as, bs), strings.Compare(a.Event.ID, b.Event.ID))
}

// splitSameArticle keeps apart what one article reports as different events.
// A unit is a report with its exact copies (same root article, same
// sentence); two units that hold reports of the same article conflict.
// Units are placed into the first part they do not conflict with, those
// that fit the event best first: a report its text dates to a day before
// one dated only roughly, and one with any date before one with none; then
// the one whose sides most other reports share ("the president threatened
// North Korea" before "North Korea escalated its criticism" told in the same
// article); then the one whose days more of the other articles' dated
// reports overlap; then the one naming more of the office holders they
// name; then in date order. A unit whose article has no other report goes
// to the first part whatever its place in that order. A reworded copy's
// reports (other words, same root) are free to join the original's.
func splitSameArticle(c *cluster) []*cluster {
	type unitKey struct{ root, text string }
	units := map[unitKey][]item{}
	perArticle := map[string]int{}
	for _, it := range c.items {
		k := unitKey{root: cmp.Or(it.r.Root, it.r.ArticleID)}
		for _, ev := range it.r.Event.Evidence {
			k.text += ev.Text + "\x00"
		}
		units[k] = append(units[k], it)
		perArticle[it.r.ArticleID]++
	}
	conflict := false
	for _, n := range perArticle {
		conflict = conflict || n > 1
	}
	if !conflict {
		return []*cluster{c}
	}
	keys := make([]unitKey, 0, len(units))
	first := map[unitKey]item{}
	for k, its := range units {
		keys = append(keys, k)
		first[k] = slices.MinFunc(its, func(a, b item) int {
			return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.r.Event.ID, b.r.Event.ID))
		})
	}
	// How many reports of other articles have each way round of sides.
	sideKey := func(it item) string {
		sd := it.limits().sides
		return strings.Join(sd.sources, ",") + ">" + strings.Join(sd.targets, ",")
	}
	agree := map[string]int{}
	for _, it := range c.items {
		agree[sideKey(it)]++
	}
	fit := func(k unitKey) int { return agree[sideKey(first[k])] - len(units[k]) }
	// How many dated reports of other articles its days overlap ("struck
	// the airport on Tuesday" before "struck the port on Monday" when the
	// other outlets tell Tuesday), then how often they name its office
	// holders ("Erdogan told Putin at their talks" before "Putin made
	// Turkey an offer"). Only units whose articles have another report
	// need them: the others join the first part wherever they sort.
	told, people := map[unitKey]int{}, map[unitKey]int{}
	for _, k := range keys {
		if !slices.ContainsFunc(units[k], func(it item) bool { return perArticle[it.r.ArticleID] > 1 }) {
			continue
		}
		f := first[k]
		for _, it := range c.items {
			if it.r.ArticleID == f.r.ArticleID {
				continue
			}
			if !it.undated && it.start <= f.end && f.start <= it.end {
				told[k]++
			}
			for _, a := range f.r.Event.Actors {
				if a.Title != nil && slices.ContainsFunc(it.r.Event.Actors, func(b event.Actor) bool { return strings.EqualFold(a.Name, b.Name) }) {
					people[k]++
				}
			}
		}
	}
	slices.SortFunc(keys, func(a, b unitKey) int {
		fa, fb := first[a], first[b]
		return cmp.Or(-cmp.Compare(b2i(fa.precise), b2i(fb.precise)), cmp.Compare(b2i(fa.undated), b2i(fb.undated)),
			-cmp.Compare(fit(a), fit(b)), -cmp.Compare(told[a], told[b]), -cmp.Compare(people[a], people[b]),
			cmp.Compare(fa.start, fb.start), cmp.Compare(fa.r.Event.ID, fb.r.Event.ID))
	})
	var parts []*cluster
	var articles []map[string][]item // per part, its reports of each article
	for _, k := range keys {
		i := slices.IndexFunc(articles, func(m map[string][]item) bool {
			for _, it := range units[k] {
				for _, o := range m[it.r.ArticleID] {
					if !oneTelling(it, o) {
						return false
					}
				}
			}
			return true
		})
		if i < 0 {
			parts = append(parts, &cluster{start: c.start, end: c.end})
			articles = append(articles, map[string][]item{})
			i = len(parts) - 1
		}
		parts[i].items = append(parts[i].items, units[k]...)
		for _, it := range units[k] {
			articles[i][it.r.ArticleID] = append(articles[i][it.r.ArticleID], it)
		}
	}
	return parts
}

// oneTelling says whether two reports of one article, already in one event
// with the other outlets' reports, tell that one event in two ways:
//   - a visit: both held in person, one telling a visit, and their days,
//     dated by the text, at most visitGap apart or overlapping ("arrived in
//     Tianjin on Saturday for a two-day visit" and "held talks with Xi on
//     Sunday"; "China acknowledged Kim's visit on Wednesday" and "Kim paid a
//     four-day visit to Beijing", told from either side): the days of one
//     visit, told in the order they came;
//   - an act told both as done and as to come, both dated only by the
//     article's publication ("China has responded with tariffs" and "China
//     will also impose a ten percent tariff on crude oil"): an announced
//     measure and its coming into force;
//   - an act, and the plan or report of its coming into force that joined
//     it (joinComingIntoForce: "Putin ordered the ban on Friday" and "the
//     ban starts on July 8");
//   - two waves of one aid operation ("the first plane landed on Friday",
//     "a navy ship docked on Saturday": aidWaves);
//   - one statement told in the lead and again with the official who made
//     it, the same day (oneStatement).
//
// Two deals signed the same day, two strikes or two calls stay two, and so
// does what the article dates to two days.
func oneTelling(a, b item) bool {
	if a.later() != b.later() || aidWaves(a, b) || oneStatement(a, b) {
		return true
	}
	if pa, ok := publicationDay(a); ok {
		pb, ok := publicationDay(b)
		return ok && pa == pb && (a.r.Event.Status == event.Planned) != (b.r.Event.Status == event.Planned)
	}
	return a.precise && b.precise && (a.visit || b.visit) && a.remote <= 0 && b.remote <= 0 &&
		a.start <= b.end+visitGap && b.start <= a.end+visitGap
}

// publicationDay is the day of the article's publication that alone dates
// the report; false when its text dates it, or nothing does.
func publicationDay(it item) (int, bool) {
	if it.undated {
		return 0, false
	}
	switch d := it.r.Event.Date; {
	case d == nil:
		return day(it.r.Published)
	case d.Basis == event.BasisPublication:
		return day(d.Start)
	}
	return 0, false
}

// planNext is how many days after its publication the event a plan with
// no date of its own tells may start and be taken for the next one.
const planNext = 7

// nextEvent returns, of several events a plan dated only by its article's
// publication could be, the first to start after that day, when it starts
// within planNext days of it and no other starts that day: news of a plan
// with no date ("the two delegations are to meet", "he will raise
// tariffs") is news of what comes next, not of a meeting weeks later.
// Nil for any other report.
func nextEvent(it item, hits []*cluster, slack int) *cluster {
	pub, ok := planDay(it)
	if !ok {
		return nil
	}
	var next *cluster
	tie := false
	for _, c := range hits {
		if c.start < pub-slack || c.start > pub+planNext || holdsArticle(c, it.r.ArticleID) {
			continue
		}
		switch {
		case next == nil || c.start < next.start:
			next, tie = c, false
		case c.start == next.start:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return next
}

// shortWindow says a coarse report is dated to within two weeks: by its
// publication ("met on Monday" read with no date, the week before the
// article) or by a week the text names. A month or a plan's months ahead
// hold too many events to tell apart.
func shortWindow(it item) bool {
	return !it.undated && it.end-it.start <= maxPrecise
}

// shortWindowHome returns the cluster of short-window reports that it can join:
// its window shares a day with the day all of the cluster's reports share,
// and it fits the cluster. Reports published a few days apart about an act
// none of them dates are one act when they can be; of several such
// clusters, the one at the very place it names or whose reports name its
// particulars; nil when none or no single one.
func shortWindowHome(it item, near []*cluster, tell func(item, []*cluster) *cluster) *cluster {
	if !shortWindow(it) {
		return nil
	}
	return homeAmong(it, near, func(c *cluster) bool {
		return it.start <= c.end && c.start <= it.end && fits(it, c)
	}, tell)
}

// homeAmong returns the one cluster of near that keep admits; of several,
// the one at the very place the report names or whose reports name its
// particulars; nil when none or no single one.
func homeAmong(it item, near []*cluster, keep func(*cluster) bool, tell func(item, []*cluster) *cluster) *cluster {
	var cands []*cluster
	for _, c := range near {
		if keep(c) {
			cands = append(cands, c)
		}
	}
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	return cmp.Or(atNamedPlace(it, cands), tell(it, cands))
}

// plansLast orders the pool so that the plans dated only by their
// publication come after every other coarse report: the acts told done
// around their publication are grouped first, whatever their days.
func plansLast(pool []item) []item {
	slices.SortStableFunc(pool, func(a, b item) int { return cmp.Compare(b2i(a.plan), b2i(b.plan)) })
	return pool
}

// planDay is the publication day that alone dates a plan; false for any
// other report.
func planDay(it item) (int, bool) {
	if it.r.Event.Status != event.Planned {
		return 0, false
	}
	return publicationDay(it)
}

// planHome returns the cluster of acts told done around their publication
// (short windows) that a plan dated only by its publication is of: the
// days the cluster's reports share meet the plan's first week. Nil for any
// other report, or when none or several fit and neither place nor
// particulars choose.
func planHome(it item, near []*cluster, tell func(item, []*cluster) *cluster, slack int) *cluster {
	pub, ok := planDay(it)
	if !ok {
		return nil
	}
	return homeAmong(it, near, func(c *cluster) bool {
		return pub-slack <= c.end && c.start <= pub+planNext && fits(it, c) && !holdsArticle(c, it.r.ArticleID)
	}, tell)
}

// holdsArticle says whether c holds a report of the article: what one
// article keeps apart is apart.
func holdsArticle(c *cluster, article string) bool {
	return slices.ContainsFunc(c.items, func(it item) bool { return it.r.ArticleID == article })
}

// latestEvent returns, of several events an act told done and dated only by
// its article's publication could be, the one that ends last, when no other
// ends that day: news of an act with no date ("protesters have stormed the
// consulate") is news of the latest. Nil for any other report.
//
// An article tells done what was over by the day it came out: of events
// that ended by then (a day of slack for the time zones) and events that
// go on after it (reports that date it over the next days, "held for ten
// days from Tuesday"), the latest of the first is the act it tells; only
// when none ended by then is it the latest of all (stop 34).
func latestEvent(it item, hits []*cluster, slack int) *cluster {
	if it.r.Event.Status != event.Occurred {
		return nil
	}
	pub, ok := publicationDay(it)
	if !ok {
		return nil
	}
	endedBy := func(c *cluster) bool { return c.end <= pub+slack }
	onlyEnded := slices.ContainsFunc(hits, endedBy)
	var last *cluster
	tie := false
	for _, c := range hits {
		if onlyEnded && !endedBy(c) {
			continue
		}
		switch {
		case last == nil || c.end > last.end:
			last, tie = c, false
		case c.end == last.end:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return last
}
