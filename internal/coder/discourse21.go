package coder

import (
	"slices"
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/timex"
)

// News tells one event over several sentences and names its two sides once
// in the lead; the later sentences call them by phrases beyond "the two
// leaders" and "both sides" (pairs10.go): "The pair condemned ...", "The
// two prime ministers urged ...", "The two heads of state agreed ...", and,
// opening a sentence before its verb, "The two also discussed ...". Each is
// the pair of the story's last two-party act, as "the two leaders" is. A
// qualifier that narrows the pair to other people ("the two opposition
// leaders", "the two Russian ministers") is no such phrase: only the
// offices two governments send to talks stand between the number and the
// noun.

// pairPhrase reports a plural phrase at token i, before token end, that
// names the two sides of the story by a form pluralAnaphor's nouns miss.
func pairPhrase(toks []token, i, end int) bool {
	if i+1 >= end || toks[i].lower != "the" {
		return false
	}
	if toks[i+1].lower == "pair" {
		return true // "The pair signed a pact"
	}
	if toks[i+1].lower != "two" || i+2 >= end {
		return false
	}
	w := toks[i+2].lower
	switch {
	case pairOffices[w] && i+3 < end && pairOfficeNouns[toks[i+3].lower]:
		return true // "the two prime ministers", "the two state leaders"
	case w == "heads" && i+4 < end && toks[i+3].lower == "of" && (toks[i+4].lower == "state" || toks[i+4].lower == "government"):
		return true // "the two heads of state"
	case i == 0 && i+2 == end-1 && pastForm(w):
		return true // "The two agreed to ..."
	case i == 0 && (w == "also" || w == "later" || w == "then"):
		return true // "The two also discussed ..."
	}
	return false
}

// pairOffices are the words between "the two" and the noun that still name
// the two governments' envoys to talks.
var pairOffices = map[string]bool{
	"prime": true, "foreign": true, "defence": true, "defense": true, "trade": true, "finance": true,
	"interior": true, "state": true, "neighbouring": true, "neighboring": true,
}

// pairOfficeNouns are the nouns those words go with.
var pairOfficeNouns = map[string]bool{"ministers": true, "leaders": true, "countries": true, "secretaries": true}

// withSides adds the parties a plural phrase or pronoun stands for to the
// clause's mentions. Standing before the cue they are its subject, and go
// first, as an inherited subject does: "The two leaders condemned China's
// use of water cannon against Philippine ships" has the Philippines among
// the accusers, whatever the object names again of one side.
func withSides(spans, back []span, m match) []span {
	if len(back) > 0 && back[0].start < m.start {
		return append(append([]span(nil), back...), spans...)
	}
	return append(append([]span(nil), spans...), back...)
}

// pairPhraseMeeting gives the parties of the story's meeting or call for a
// phrase pairPhrase reads at token a: "the pair", "the two" and "the two
// prime ministers" name the two people who met, however far back the
// meeting was told, even when the sentences since told one of them acting
// on a third country ("Macron reaffirmed France's support for Ukraine. ...
// The two also discussed Iran"). Two countries that acted together since
// ("Japan and Australia signed ...") are the pair instead, as for "the two
// leaders" (pairs10.go).
func (c *articleCoder) pairPhraseMeeting(toks []token, a int, m match) ([]span, bool) {
	mt := c.meeting
	if !pairPhrase(toks, a, m.start) || mt == nil || countriesOf(mt) != 2 {
		return nil, false
	}
	if r := c.sides; r != nil && r.sentIdx > mt.sentIdx && jointSources(r) && !sameCountries(r, mt) {
		return nil, false
	}
	return sideMentions(mt.ev.Actors, mt.standIns, a), true
}

// sameCountries reports two reports of the same countries.
func sameCountries(a, b *report) bool {
	return slices.Equal(a.ev.Countries(), b.ev.Countries())
}

// laterThingDate reports a date after the cue of an act told done in the
// simple past that falls after the day the page tells it: "The two leaders
// agreed to hold joint drills next year", "Modi invited Xi to India for the
// BRICS summit next year", "discussed the jets due to be delivered next
// month". A past act is not done after the news is written; the date is
// the plan's inside its object, and the act takes the story's day (the
// lead's, through dateFromContext).
func (c *articleCoder) laterThingDate(r *report, m match, head int, x timex.Expression) bool {
	return c.hasRef && r.ev.Status == event.Occurred && !m.noun && m.form == formPast && x.Start > head &&
		x.Value.Start.After(c.ref) && !c.weekdayAfterText(x)
}

// A wire story often ends its lead's news with what came just before it:
// "The visit comes a day after Iran fired missiles at US bases", "The move
// came two days after Algeria expelled 12 French diplomats". The act after
// "after" is dated by counting back from the news the subject names (the
// visit, the move: the story's act), not on the news's own day, which the
// sentence took from the sentence before it.

// cameDaysAfter is the number of days in "comes|came (just) <count>
// day(s) after" before the cue of m, or 0.
func cameDaysAfter(toks []token, m match) int {
	for k := m.start - 1; k >= 3 && k >= m.start-12; k-- {
		if toks[k].punct && toks[k].lower != "'s" && toks[k].lower != "’s" {
			return 0
		}
		if toks[k].lower != "after" {
			continue
		}
		unit, count := toks[k-1].lower, toks[k-2].lower
		n, ok := spelledCounts[count]
		if !ok || unit != "day" && unit != "days" || n == 1 && unit != "day" || n > 1 && unit != "days" {
			return 0
		}
		v := k - 3
		if toks[v].lower == "just" || toks[v].lower == "only" {
			v--
		}
		if v >= 0 && (toks[v].lower == "comes" || toks[v].lower == "came" || toks[v].lower == "come") {
			return n
		}
		return 0
	}
	return 0
}

// dateCameAfter dates each act told as coming days before the news: that
// many days before the day of the news, the one the sentence took from the
// sentence before it, or the lead's, or the page's. An act dated by its
// own words keeps its day.
func (c *articleCoder) dateCameAfter(rs []*report) {
	for _, r := range rs {
		if r.cameAfter == 0 || r.ev.Status != event.Occurred || r.dated && !r.inherited {
			continue
		}
		base := c.leadDay
		if r.ev.Date != nil && r.inherited && r.ev.Date.Grain == event.GrainDay {
			base = r.ev.Date.Start
		}
		if base == "" && c.a.Published != nil && c.hasRef {
			base = c.ref.Format(time.DateOnly)
		}
		t, err := time.Parse(time.DateOnly, base)
		if err != nil {
			continue
		}
		day := t.AddDate(0, 0, -r.cameAfter).Format(time.DateOnly)
		r.ev.Date = &event.Date{Start: day, End: day, Grain: event.GrainDay, Basis: event.BasisRelative, Reference: c.refFrom}
		r.inherited = true
	}
}

// "The two leaders discussed the nuclear standoff with the United States",
// "Putin and Kim discussed the stalled talks with Washington": "discuss"
// takes what is talked about as its object, and when its subject already
// names the two sides, a country named in that object is part of the
// topic (the standoff with the United States), not a third side at the
// table. ("Held talks on trade with China" names its partner after "with";
// there the subject is one side.)

// discussedTopic reports a clause whose cue is a form of "discuss" after a
// subject that names the two sides: the plural phrase or pronoun that
// stands for them, or two countries joined by "and" ("Putin and Kim").
// What its object names is then the topic.
func discussedTopic(toks []token, m match, spans []span) bool {
	if m.noun || !strings.HasPrefix(toks[m.head].lower, "discuss") {
		return false
	}
	var before []string
	add := func(code string) {
		if code != "" && !slices.Contains(before, code) {
			before = append(before, code)
		}
	}
	for i, sp := range spans {
		if sp.start >= m.start {
			continue
		}
		if sp.inherited {
			add(sp.m.Country)
		} else if i+1 < len(spans) && spans[i+1].start < m.start && sp.m.Country != "" && spans[i+1].m.Country != "" && pairJoined(toks, sp, spans[i+1]) {
			add(sp.m.Country)
			add(spans[i+1].m.Country)
		}
	}
	return len(before) >= 2
}

// After a lead that tells a visit or a meeting, a story names its two
// people by the part they play in it: "Hussein urged his counterpart to
// halt the strikes", "The host urged Turkey to ...", "The visiting
// minister urged Iraq to ...", "urged his guest to ...". The host is the
// side in whose country the meeting took place (or the one hosting, the
// target of a visit), the visitor the other; "his counterpart" is the side
// the clause's subject is not. Such a phrase stands for that side of the
// story's last meeting of two countries, when it is told within a few
// sentences and the phrase names no country of its own ("his Iraqi
// counterpart", "the visiting Chinese minister" do).

// roleWindow is how many sentences back the meeting may be told.
const roleWindow = 6

// withRoleNouns adds to a clause's mentions the side of the story's
// meeting each role phrase in it stands for.
func (c *articleCoder) withRoleNouns(toks []token, cl clause, m match, spans []span) []span {
	mt := c.meeting
	if mt == nil || countriesOf(mt) != 2 || mt.sentIdx < c.curSent-roleWindow || mt.sentIdx == c.curSent {
		return spans
	}
	host, visitor := meetingRoles(mt)
	for i := cl.start; i+1 < cl.end; i++ {
		role, n := rolePhrase(toks, i, cl.end)
		if n == 0 || spanWithin(spans, i, i+n) {
			continue
		}
		code := ""
		switch role {
		case "host":
			code = host
		case "visitor":
			code = visitor
		case "other":
			code = otherSide(mt, subjectCountry(spans, m))
		}
		if code == "" {
			continue
		}
		var acts []event.Actor
		for _, a := range mt.ev.Actors {
			if a.Country != nil && *a.Country == code {
				acts = append(acts, a)
				break
			}
		}
		add := sideMentions(acts, mt.standIns, i)
		for k := range add {
			add[k].end = i + n
		}
		spans = insertByStart(spans, add)
	}
	return spans
}

// rolePhrase reads a role phrase at token i: "his|her|their
// counterpart(s)" (other), "the|his|her|their host(s)" (host),
// "the|his|her|their guest(s)|visitor(s)" and "the visiting <title>"
// (visitor). n is its length in tokens, 0 when there is none.
func rolePhrase(toks []token, i, end int) (role string, n int) {
	det, w := toks[i].lower, toks[i+1].lower
	possessive := det == "his" || det == "her" || det == "their"
	switch {
	case possessive && (w == "counterpart" || w == "counterparts"):
		return "other", 2
	case (possessive || det == "the") && (w == "host" || w == "hosts"):
		return "host", 2
	case (possessive || det == "the") && (w == "guest" || w == "guests" || w == "visitor" || w == "visitors"):
		return "visitor", 2
	case det == "the" && w == "visiting" && i+2 < end && visitingTitles[toks[i+2].lower]:
		return "visitor", 3
	}
	return "", 0
}

// visitingTitles are the nouns "the visiting" names a visitor by.
var visitingTitles = map[string]bool{
	"minister": true, "president": true, "prime": true, "premier": true, "leader": true, "delegation": true,
	"foreign": true, "defence": true, "defense": true, "secretary": true, "chancellor": true, "king": true,
	"envoy": true, "official": true, "officials": true, "head": true, "emir": true, "crown": true,
}

// meetingRoles gives the host and the visitor of a meeting of two
// countries: the side in whose country it was held and the other, or the
// target and the source of a visit; "" when neither tells.
func meetingRoles(mt *report) (host, visitor string) {
	cs := mt.ev.Countries()
	if loc := mt.ev.Location; loc != nil && loc.Country != nil && slices.Contains(cs, *loc.Country) {
		return *loc.Country, otherSide(mt, *loc.Country)
	}
	for _, a := range mt.ev.Actors {
		if a.Country == nil {
			continue
		}
		switch a.Role {
		case event.RoleTarget:
			host = *a.Country
		case event.RoleSource:
			visitor = *a.Country
		}
	}
	if host == "" || visitor == "" {
		return "", ""
	}
	return host, visitor
}

// otherSide is the country of a two-country meeting that is not code, or
// "" when code is none of its two.
func otherSide(mt *report, code string) string {
	cs := mt.ev.Countries()
	if len(cs) != 2 || code == "" {
		return ""
	}
	switch code {
	case cs[0]:
		return cs[1]
	case cs[1]:
		return cs[0]
	}
	return ""
}

// subjectCountry is the country of the first mention before the cue: the
// clause's subject.
func subjectCountry(spans []span, m match) string {
	for _, sp := range spans {
		if sp.start < m.start && sp.m.Country != "" {
			return sp.m.Country
		}
	}
	return ""
}

// spanWithin reports a mention that starts inside tokens [lo, hi).
func spanWithin(spans []span, lo, hi int) bool {
	return slices.ContainsFunc(spans, func(sp span) bool { return sp.start >= lo && sp.start < hi })
}

// insertByStart adds spans to a list, keeping it in order of start.
func insertByStart(spans, add []span) []span {
	out := append([]span(nil), spans...)
	for _, a := range add {
		k := len(out)
		for k > 0 && out[k-1].start > a.start {
			k--
		}
		out = slices.Insert(out, k, a)
	}
	return out
}

// A visitor's aid is told after the meeting with the amount and no
// receiver: "Fidan met al-Sudani in Baghdad on Wednesday. He also
// announced $50 million in aid for reconstruction." The receiver is the
// other side of that meeting. An aid report that names only its giver
// takes it, when the giver is one of the two countries of a meeting told
// in the same sentence or the few before, and the aid is told as part of
// that meeting's news (aidAtMeeting). Work the giver does on a disaster's
// site at home (atHome, aidwork51.go) goes to no one.
func meetingAidTargets(rs []*report, atHome func(event.Event, string) bool) {
	for i, r := range rs {
		if r.ev.Type != "AID" || countriesOf(r) != 1 {
			continue
		}
		giver := onlyCountry(r.ev.Actors)
		if giver == "" || !slices.ContainsFunc(r.ev.Actors, func(a event.Actor) bool { return a.Role == event.RoleSource }) || atHome(r.ev, giver) {
			continue
		}
		for k := i - 1; k >= 0 && rs[k].sentIdx >= r.sentIdx-aidWindow; k-- {
			mt := rs[k]
			if mt.ev.Type != "CONSULT" || countriesOf(mt) != 2 {
				continue
			}
			other := otherSide(mt, giver)
			if other == "" || !aidAtMeeting(r, mt, giver) {
				break // the latest meeting is not the giver's, or the aid is no part of it
			}
			for _, a := range mt.ev.Actors {
				if a.Country != nil && *a.Country == other {
					a.Role = event.RoleTarget
					r.ev.Actors = append(r.ev.Actors, a)
					r.parties++
					break
				}
			}
			break
		}
	}
}

// aidAtMeeting reports aid that belongs to the meeting's news: not told as
// done beside a meeting still planned, not dated by its own words on
// another day ("settled in a 1965 agreement"), and not given by the host
// of a visit (who receives the visitor, and the visitor's help: "Bishop
// visited Fiji ... to help Fiji" names the receiver, not a giver).
func aidAtMeeting(r, mt *report, giver string) bool {
	if r.ev.Status == event.Occurred && mt.ev.Status == event.Planned {
		return false
	}
	if r.dated && !r.inherited && r.ev.Date != nil && mt.ev.Date != nil && r.ev.Date.Start != mt.ev.Date.Start {
		return false
	}
	host, _ := meetingRoles(mt)
	return giver != host
}

// aidWindow is how many sentences back the meeting of an aid report may be
// told: the aid is part of the meeting's news, told right after it.
const aidWindow = 5
