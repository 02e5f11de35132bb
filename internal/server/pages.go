package server

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/store"
)

//go:embed templates static
var assets embed.FS

// pageNames are the templates under templates/, each drawn inside layout.
var pageNames = []string{"timeline", "event", "actors", "actor", "article", "search", "error", "map"}

var funcs = template.FuncMap{
	"plural":      plural,
	"countryName": countryName,
	"basisNote":   func(b string) string { return basisNotes[b] },
	"refNote":     func(r string) string { return referenceNotes[r] },
}

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

func itoa(n int) string { return strconv.Itoa(n) }

// page is what the layout needs; Data is the page's own.
type page struct {
	Title  string
	Nav    string // the active section: timeline, actors, search
	Query  string // the search box's text
	Data   any
	Status int
}

// render draws a page into a buffer first, so a template failure becomes a
// clean error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		s.log.Error("server: draw page", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.renderError(w, r, http.StatusInternalServerError, fmt.Errorf("internal error"))
		} else {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(cmp.Or(p.Status, http.StatusOK))
	w.Write(buf.Bytes())
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, err error) {
	s.render(w, r, "error", page{
		Title: http.StatusText(status), Status: status,
		Data: struct {
			Status  int
			Message string
		}{status, err.Error()},
	})
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, "/") {
		// The file server would list the folder; there is nothing to browse.
		s.fail(w, r, http.StatusNotFound, fmt.Errorf("no such page: %s", r.URL.Path))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	s.files.ServeHTTP(w, r)
}

// countryOption is one choice of the party filter.
type countryOption struct{ Code, Name string }

// countryOptions lists the countries of the store's actors, by name. The
// list is cached for a minute: on a large store it costs a scan.
func (s *Server) countryOptions(r *http.Request) []countryOption {
	s.countriesMu.Lock()
	defer s.countriesMu.Unlock()
	if s.countries != nil && time.Since(s.countriesAt) < time.Minute {
		return s.countries
	}
	list, err := s.store.Actors(r.Context(), store.ActorFilter{})
	if err != nil {
		s.log.Warn("server: list countries for the filter", "err", err)
		return s.countries
	}
	seen := map[string]bool{}
	out := []countryOption{}
	for _, a := range list {
		if a.Country != "" && !seen[a.Country] {
			seen[a.Country] = true
			out = append(out, countryOption{a.Country, countryName(a.Country)})
		}
	}
	slices.SortFunc(out, func(a, b countryOption) int { return cmp.Compare(a.Name, b.Name) })
	s.countries, s.countriesAt = out, time.Now()
	return out
}

func (s *Server) forgetCountries() {
	s.countriesMu.Lock()
	s.countries = nil
	s.countriesMu.Unlock()
}

// timelineData is the timeline page.
type timelineData struct {
	Action     string // where the filter form sends its query
	Error      string
	Filter     store.Filter
	PartyA     string
	PartyB     string
	Countries  []countryOption
	Types      []string
	Statuses   []string
	Modes      []string
	Groups     []monthGroup
	Histogram  histogram
	HasHist    bool
	Quads      quadChart // for a pair of countries
	HasQuads   bool
	Feed       string // the Atom feed of these filters
	Shown      int
	Total      int
	From, To   int // 1-based positions of the first and last shown
	Prev, Next string
}

// timelineLimit is the events on one timeline page.
const timelineLimit = 100

// filterForm reads the event filters of a page's query and fills what the
// filter form (the "filters" template) shows; action is the page's path.
func (s *Server) filterForm(r *http.Request, q url.Values, limit int, action string) (timelineData, store.Filter, error) {
	d := timelineData{Action: action, Types: plover, Statuses: statuses, Modes: []string{"visit", "meet", "phone", "virtual", "multilateral"}}
	d.Countries = s.countryOptions(r)
	f, err := parseEventFilter(q, false, limit)
	if err != nil {
		d.Error = err.Error()
		return d, f, err
	}
	d.Filter = f
	if len(f.Pair) > 0 {
		d.PartyA = f.Pair[0]
	}
	if len(f.Pair) > 1 {
		d.PartyB = f.Pair[1]
	}
	return d, f, nil
}

func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d, f, err := s.filterForm(r, q, timelineLimit, "/")
	if err != nil {
		s.render(w, r, "timeline", page{Title: "Timeline", Nav: "timeline", Data: d, Status: http.StatusBadRequest})
		return
	}
	events, total, err := s.eventsPage(r.Context(), f)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	d.Total = total
	d.Shown = len(events)
	d.From, d.To = f.Offset+1, f.Offset+len(events)
	d.Groups = groupByMonth(events)
	d.Histogram, d.HasHist = drawHistogram(events)
	d.Quads, d.HasQuads = s.timelineQuads(r, q, f)
	d.Feed = pageLink("/feeds/events.atom", q, 0)
	if f.Offset > 0 {
		d.Prev = pageLink("/", q, max(f.Offset-f.Limit, 0))
	}
	if f.Offset+len(events) < d.Total {
		d.Next = pageLink("/", q, f.Offset+f.Limit)
	}
	s.render(w, r, "timeline", page{Title: "Timeline", Nav: "timeline", Data: d})
}

// pageLink is the address of another page of a list at path: the same
// query, less its empty fields, at offset.
func pageLink(path string, q url.Values, offset int) string {
	v := url.Values{}
	for k, vals := range q {
		for _, x := range vals {
			if x != "" && k != "offset" {
				v.Add(k, x)
			}
		}
	}
	if offset > 0 {
		v.Set("offset", strconv.Itoa(offset))
	}
	return path + "?" + v.Encode()
}

// reportView is one report of an event with its article around it.
type reportView struct {
	Status     string
	ArticleID  string
	Title      string
	Publisher  string
	Published  string
	Link       string // the page's address, only when http(s)
	RawURI     string // shown as text when not linkable
	Duplicate  bool
	Excerpt    excerpt
	Whole      excerpt
	Evidence   string
	ArticleErr string
}

// newReport draws one evidence entry of an event with its article, read
// through articles (nil there: the read failed, and is not tried again).
func (s *Server) newReport(ctx context.Context, status event.Status, ev event.Evidence, articles map[string]*store.StoredArticle) reportView {
	rv := reportView{Status: string(cmp.Or(ev.Status, status)), ArticleID: ev.ArticleID, Evidence: ev.Text,
		Published: ev.Published, Title: ev.Source}
	uri := ev.URI
	a, read := articles[ev.ArticleID]
	if !read && ev.ArticleID != "" {
		if got, err := s.store.Article(ctx, ev.ArticleID); err != nil {
			s.log.Warn("server: read article of a report", "article", ev.ArticleID, "err", err)
		} else {
			a = &got
		}
		articles[ev.ArticleID] = a
	}
	switch {
	case a != nil:
		rv.Title = cmp.Or(a.Title, a.Source)
		if a.Publisher != nil {
			rv.Publisher = *a.Publisher
		}
		if a.Published != nil {
			rv.Published = *a.Published
		}
		if a.URI != nil {
			uri = *a.URI
		}
		rv.Duplicate = a.DuplicateOf != nil
		text, start, end := a.Body, ev.Start, ev.End
		if ev.Headline {
			text = a.Title // coded from the headline: offsets into the title
		}
		if ev.Caption {
			text, start, end = ev.Text, 0, len(ev.Text) // coded from a photo caption the body leaves out
		}
		rv.Excerpt = highlight(text, start, end, 600)
		rv.Whole = highlight(text, start, end, 0)
	case ev.ArticleID != "":
		rv.ArticleErr = "the article of this report could not be read"
	}
	rv.Link, rv.RawURI = linkOrText(uri)
	return rv
}

type eventData struct {
	Event    event.Event
	Card     eventCard
	Parties  []party
	Reports  []reportView
	Omitted  int
	DateNote string
}

// maxReportsShown bounds the articles one event page reads.
const maxReportsShown = 50

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	det, ok := lookup(s, w, r, s.store.Event)
	if !ok {
		return
	}
	d := eventData{Event: det.Event, Card: newCard(&det.Event)}
	d.Parties = d.Card.Parties
	// Several reports often quote one article: read each article once.
	articles := map[string]*store.StoredArticle{}
	for _, rep := range det.Reports {
		for _, ev := range rep.Evidence {
			if len(d.Reports) == maxReportsShown {
				d.Omitted++
				continue
			}
			d.Reports = append(d.Reports, s.newReport(r.Context(), rep.Status, ev, articles))
		}
	}
	s.render(w, r, "event", page{Title: d.Card.Heading, Nav: "timeline", Data: d})
}

type actorsData struct {
	Query, Country string
	Actors         []store.Actor
	Error          string
	Prev, Next     string
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := actorFilter(q, 100)
	d := actorsData{Query: f.Query, Country: f.Country}
	if err != nil {
		d.Error = err.Error()
		s.render(w, r, "actors", page{Title: "Actors", Nav: "actors", Data: d, Status: http.StatusBadRequest})
		return
	}
	if d.Actors, err = s.store.Actors(r.Context(), f); err != nil {
		s.failStore(w, r, err)
		return
	}
	if f.Offset > 0 {
		d.Prev = pageLink("/actors", q, max(f.Offset-f.Limit, 0))
	}
	if len(d.Actors) == f.Limit {
		d.Next = pageLink("/actors", q, f.Offset+f.Limit)
	}
	s.render(w, r, "actors", page{Title: "Actors", Nav: "actors", Data: d})
}

type actorData struct {
	Actor     store.ActorDetail
	Types     []typeCount
	Network   network
	Groups    []monthGroup
	Histogram histogram
	HasHist   bool
	Shown     int
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	det, ok := lookup(s, w, r, s.store.Actor)
	if !ok {
		return
	}
	events, err := s.store.Events(r.Context(), store.Filter{Actor: det.ID, Limit: 200})
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	d := actorData{Actor: det, Types: sortedTypes(det.ByType), Network: drawNetwork(det),
		Groups: groupByMonth(events), Shown: len(events)}
	d.Histogram, d.HasHist = drawHistogram(events)
	s.render(w, r, "actor", page{Title: det.Name, Nav: "actors", Data: d})
}

type articleData struct {
	Article store.StoredArticle
	Link    string
	RawURI  string
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, ok := lookup(s, w, r, s.store.Article)
	if !ok {
		return
	}
	d := articleData{Article: a}
	if a.URI != nil {
		d.Link, d.RawURI = linkOrText(*a.URI)
	}
	s.render(w, r, "article", page{Title: cmp.Or(a.Title, a.Source), Data: d})
}

type searchHit struct {
	store.SearchHit
	Parts []snippetPart
}

type searchData struct {
	Query string
	Hits  []searchHit
	Error string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	query, err := searchQuery(r.URL.Query())
	d := searchData{Query: query}
	if err != nil {
		d.Error = err.Error()
		s.render(w, r, "search", page{Title: "Search", Nav: "search", Query: query, Data: d, Status: http.StatusBadRequest})
		return
	}
	if query != "" {
		hits, err := s.store.Search(r.Context(), query, 30)
		if err != nil {
			s.failStore(w, r, err)
			return
		}
		for _, h := range hits {
			d.Hits = append(d.Hits, searchHit{SearchHit: h, Parts: splitSnippet(h.Snippet)})
		}
	}
	s.render(w, r, "search", page{Title: "Search", Nav: "search", Query: query, Data: d})
}
