package server

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/store"
)

// catalog gives country names for codes; loaded once, on first use.
var catalog = sync.OnceValue(actors.Default)

// countryName is the English name of an alpha-3 code, or the code itself.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	if c, ok := catalog().Country(code); ok && c.Name != "" {
		return c.Name
	}
	return code
}

// typeVerbs says in words what each PLOVER type means, for headings.
var typeVerbs = map[string]string{
	"CONSULT": "consult", "AGREE": "agree", "COOPERATE": "cooperate", "SUPPORT": "support",
	"AID": "aid", "CONCEDE": "concede", "RETREAT": "retreat", "REQUEST": "request",
	"ACCUSE": "accuse", "REJECT": "reject", "THREATEN": "threaten", "PROTEST": "protest",
	"SANCTION": "sanction", "MOBILIZE": "mobilize", "COERCE": "coerce", "ASSAULT": "assault",
}

var modeNouns = map[string]string{
	"visit": "visit", "meet": "meeting", "phone": "phone call", "virtual": "virtual meeting",
	"multilateral": "multilateral meeting",
}

// tone sorts types into the three classes the network colours by.
func tone(t string) string {
	switch t {
	case "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT":
		return "coop"
	case "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return "force"
	default:
		return "verbal"
	}
}

// party is one actor of an event as a page shows it.
type party struct {
	Name, ID, Title, Country, CountryName, Role string
	// FromPage marks a side the evidence leaves unnamed, taken from the
	// page (event.ActorBasisPage).
	FromPage bool
}

// eventCard is an event as the timeline and the actor page list it.
type eventCard struct {
	ID, Type, Mode, Status, Tone string
	Heading                      string // "Meeting: Japan, United States"
	Date, Basis                  string // "28 Jul 2024", "explicit"
	Month                        string // group label, "July 2024"
	Parties                      []party
	Place                        string
	Sources                      int
	Reports                      int
	Quote                        string // the first evidence sentence, clipped
}

func newParty(a event.Actor) party {
	p := party{Name: a.Name, Role: string(a.Role), FromPage: a.Basis == event.ActorBasisPage}
	if a.Title != nil {
		p.Title = *a.Title
	}
	if a.Country != nil {
		p.Country = *a.Country
		p.CountryName = countryName(*a.Country)
	}
	p.ID = store.ActorID(p.Name, p.Country)
	return p
}

func heading(e *event.Event) string {
	what := strings.ToLower(e.Type)
	if n, ok := modeNouns[e.Mode]; ok && e.Type == "CONSULT" {
		what = n
	} else if v, ok := typeVerbs[e.Type]; ok {
		what = v
	}
	if e.Mode != "" && e.Type != "CONSULT" {
		what += " (" + e.Mode + ")"
	}
	var names []string
	for _, a := range e.Actors {
		names = append(names, a.Name)
	}
	if len(names) == 0 {
		return upperFirst(what)
	}
	return upperFirst(what) + ": " + strings.Join(names, ", ")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}

func newCard(e *event.Event) eventCard {
	c := eventCard{
		ID: e.ID, Type: e.Type, Mode: e.Mode, Status: string(e.Status), Tone: tone(e.Type),
		Heading: heading(e), Sources: e.Sources, Reports: len(e.Evidence),
		Month: "Undated",
	}
	if c.Sources == 0 {
		c.Sources = len(e.Evidence)
	}
	if e.Date != nil {
		c.Date, c.Basis = dateLabel(e.Date), string(e.Date.Basis)
		if t, err := time.Parse(time.DateOnly, e.Date.Start); err == nil {
			c.Month = t.Format("January 2006")
		}
	}
	if e.Location != nil {
		c.Place = e.Location.Name
	}
	for _, a := range e.Actors {
		c.Parties = append(c.Parties, newParty(a))
	}
	if len(e.Evidence) > 0 {
		c.Quote = clip(e.Evidence[0].Text, 240)
	}
	return c
}

// monthGroup is the timeline's events of one month.
type monthGroup struct {
	Label  string
	Events []eventCard
}

// groupByMonth keeps the store's date order and starts a group at each new
// month; undated events come last from the store and form their own group.
func groupByMonth(events []event.Event) []monthGroup {
	var out []monthGroup
	for i := range events {
		c := newCard(&events[i])
		if len(out) == 0 || out[len(out)-1].Label != c.Month {
			out = append(out, monthGroup{Label: c.Month})
		}
		out[len(out)-1].Events = append(out[len(out)-1].Events, c)
	}
	return out
}

// dateLabel writes a date as precisely as its grain says, never more.
func dateLabel(d *event.Date) string {
	start, err1 := time.Parse(time.DateOnly, d.Start)
	end, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil {
		return d.Start
	}
	if err2 != nil {
		end = start
	}
	switch d.Grain {
	case event.GrainYear:
		return start.Format("2006")
	case event.GrainMonth:
		return start.Format("January 2006")
	case event.GrainWeek:
		return "week of " + start.Format("2 Jan 2006")
	}
	if end.Equal(start) {
		return start.Format("Mon 2 Jan 2006")
	}
	switch {
	case start.Year() != end.Year():
		return start.Format("2 Jan 2006") + " – " + end.Format("2 Jan 2006")
	case start.Month() != end.Month():
		return start.Format("2 Jan") + " – " + end.Format("2 Jan 2006")
	default:
		return fmt.Sprintf("%d–%s", start.Day(), end.Format("2 Jan 2006"))
	}
}

// basisNotes explain where a date came from.
var basisNotes = map[string]string{
	"explicit":    "the article names the date",
	"relative":    "resolved against the publication date",
	"publication": "the article gives no date; this is its publication date",
}

// referenceNotes explain how the day a date rests on was found.
var referenceNotes = map[string]string{
	"published": "the page's publication date",
	"address":   "the date in the page's address",
	"caption":   "the latest full date beside the article, such as a photo caption's",
	"text":      "the latest full date the article writes; the page has no date",
	"tenure":    "a day it writes without its year, in the years its office holders served together",
	"dateline":  "the dateline's day, in the one year its office holders served together",
	"capture":   "the day the page was captured; it has no date of its own",
}

// safeLink returns raw as a link target when it is an absolute http or
// https URL; anything else (javascript:, data:, relative paths) is not
// linked at all.
func safeLink(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return "", false
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return "", false
	}
	return u.String(), true
}

// linkOrText gives an article address as a page shows it: a link when it
// is http(s), else the address as text (raw) for the reader to judge.
func linkOrText(uri string) (link, raw string) {
	if link, ok := safeLink(uri); ok {
		return link, ""
	}
	return "", uri
}

// excerpt is the part of an article body around one evidence sentence,
// split so the template can put <mark> around the sentence: every part is
// plain text that html/template escapes.
type excerpt struct {
	Before, Mark, After string
	Cut                 bool // the body goes on beyond Before or After
	OK                  bool // the offsets fit the body
}

// highlight splits body around [start, end). With context > 0 it keeps at
// most that many bytes on each side, preferring to stop at a paragraph
// break. Offsets that do not fit the body (out of range, or inside a UTF-8
// sequence) give OK false.
func highlight(body string, start, end, context int) excerpt {
	if start < 0 || end > len(body) || start >= end ||
		!utf8.RuneStart(body[start]) || (end < len(body) && !utf8.RuneStart(body[end])) {
		return excerpt{}
	}
	from, to := 0, len(body)
	if context > 0 {
		from = paragraphStart(body, start, context)
		to = paragraphEnd(body, end, context)
	}
	return excerpt{
		Before: body[from:start], Mark: body[start:end], After: body[end:to],
		Cut: from > 0 || to < len(body), OK: true,
	}
}

// paragraphStart walks back from i to the start of its paragraph, at most
// limit bytes, then forward to a rune and word boundary.
func paragraphStart(body string, i, limit int) int {
	lo := max(0, i-limit)
	if j := strings.LastIndexByte(body[lo:i], '\n'); j >= 0 {
		return lo + j + 1
	}
	if lo == 0 {
		return 0
	}
	if j := strings.IndexByte(body[lo:i], ' '); j >= 0 {
		return lo + j + 1
	}
	for lo < i && !utf8.RuneStart(body[lo]) {
		lo++
	}
	return lo
}

// paragraphEnd walks forward from i to the end of its paragraph, at most
// limit bytes, then back to a word boundary.
func paragraphEnd(body string, i, limit int) int {
	hi := min(len(body), i+limit)
	if j := strings.IndexByte(body[i:hi], '\n'); j >= 0 {
		return i + j
	}
	if hi == len(body) {
		return hi
	}
	if j := strings.LastIndexByte(body[i:hi], ' '); j >= 0 {
		return i + j
	}
	for hi > i && !utf8.RuneStart(body[hi]) {
		hi--
	}
	return hi
}

// snippetPart is a piece of a search snippet; Match pieces are marked.
type snippetPart struct {
	Text  string
	Match bool
}

// splitSnippet turns the store's «marked» snippet into parts.
func splitSnippet(s string) []snippetPart {
	var out []snippetPart
	for s != "" {
		i := strings.Index(s, store.MarkStart)
		if i < 0 {
			out = append(out, snippetPart{Text: s})
			break
		}
		if i > 0 {
			out = append(out, snippetPart{Text: s[:i]})
		}
		s = s[i+len(store.MarkStart):]
		j := strings.Index(s, store.MarkEnd)
		if j < 0 {
			out = append(out, snippetPart{Text: s, Match: true})
			break
		}
		out = append(out, snippetPart{Text: s[:j], Match: true})
		s = s[j+len(store.MarkEnd):]
	}
	return out
}
