package server

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/store"
)

//go:embed openapi.json
var openapiDoc []byte

// apiError is the body of every 4xx and 5xx answer of the API.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// eventPage is the answer of GET /api/events: one page of merged events
// (records as in CONTRACT.md) with the total the filter selects.
type eventPage struct {
	Events []event.Event `json:"events"`
	Total  int           `json:"total"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
	// AsOf is when the answer to a since= request was read (RFC 3339, UTC):
	// the since of the client's next poll, less a margin (docs/api.md).
	AsOf string `json:"as_of,omitempty"`
}

type actorPage struct {
	Actors []store.Actor `json:"actors"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
}

type searchPage struct {
	Query string            `json:"query"`
	Hits  []store.SearchHit `json:"hits"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		body = []byte(`{"error":"encode answer","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(body)
	w.Write([]byte("\n"))
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	asOf := time.Now().UTC()
	q := r.URL.Query()
	since, err := sinceParam(q)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	q.Del("since") // /api/events alone takes it
	f, err := parseEventFilter(q, true, defaultLimit)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	f.Since = since
	events, total, err := s.eventsPage(r.Context(), f)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	page := eventPage{Events: events, Total: total, Limit: f.Limit, Offset: f.Offset}
	if !since.IsZero() {
		page.AsOf = asOf.Format(time.RFC3339Nano)
	}
	writeJSON(w, http.StatusOK, page)
}

// sinceParam reads since=, an RFC 3339 time (with a zone); absent or empty
// gives the zero time.
func sinceParam(q url.Values) (time.Time, error) {
	v := strings.TrimSpace(q.Get("since"))
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, &paramError{"since", v, "an RFC 3339 time such as 2026-12-04T14:00:00Z"}
	}
	return t, nil
}

// eventsPage reads one page of the events f selects and the total it
// selects. Only a full page (or one past the end) costs a count: a page
// with room left ends the list, so its total is known already.
func (s *Server) eventsPage(ctx context.Context, f store.Filter) ([]event.Event, int, error) {
	events, err := s.store.Events(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	total := f.Offset + len(events)
	if len(events) == f.Limit || (len(events) == 0 && f.Offset > 0) {
		if total, err = s.store.CountEvents(ctx, f); err != nil {
			return nil, 0, err
		}
	}
	return events, total, nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	if d, ok := lookup(s, w, r, s.store.Event); ok {
		writeJSON(w, http.StatusOK, d)
	}
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	if a, ok := lookup(s, w, r, s.store.Article); ok {
		writeJSON(w, http.StatusOK, a)
	}
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := checkKnown(q, []string{"country", "q", "limit", "offset"}, true); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	f, err := actorFilter(q, defaultLimit)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	actors, err := s.store.Actors(r.Context(), f)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, actorPage{Actors: actors, Limit: f.Limit, Offset: f.Offset})
}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	if d, ok := lookup(s, w, r, s.store.Actor); ok {
		writeJSON(w, http.StatusOK, d)
	}
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := checkKnown(q, []string{"q", "limit"}, true); err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	query, err := searchQuery(q)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	if query == "" {
		s.fail(w, r, http.StatusBadRequest, errors.New(`missing parameter "q": give the words to search for`))
		return
	}
	limit, err := intParam(q, "limit", 20, 1, 100)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	hits, err := s.store.Search(r.Context(), query, limit)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, searchPage{Query: query, Hits: hits})
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openapiDoc)
}

// lookup reads the {id} of the path and the row get finds under it. On a
// bad id (400) or a store failure (404, 503, 500) it has answered already
// and ok is false: the API and the pages share this one path to a row.
func lookup[T any](s *Server, w http.ResponseWriter, r *http.Request, get func(context.Context, string) (T, error)) (row T, ok bool) {
	id := r.PathValue("id")
	if !validID(id) {
		s.fail(w, r, http.StatusBadRequest, &paramError{"id", id, "an id of 1 to 200 bytes without slashes or control characters"})
		return row, false
	}
	row, err := get(r.Context(), id)
	if err != nil {
		s.failStore(w, r, err)
		return row, false
	}
	return row, true
}
