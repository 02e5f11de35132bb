// Package server serves a store over HTTP: a JSON API (events with the
// filters of `storyline events`, one event with every report, articles,
// actors, full-text search, counts, an OpenAPI document) and a web UI drawn
// on the server with html/template (timeline, event, actor, search pages).
//
// It takes an open *store.Store and gives an http.Handler (Server) and a
// configured *http.Server with timeouts on every connection. Everything it
// serves — templates, stylesheet, script, OpenAPI document — is embedded, so
// the binary works with no network. Scraped text is treated as hostile:
// every page goes through html/template, a strict Content-Security-Policy
// allows only this server's own script and stylesheet files, and links to
// article addresses are drawn only for http and https URLs.
//
// The server is read-only unless it is given a token: then POST /api/ingest
// takes uploaded captures from a client that presents that token.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"storyline/internal/pipeline"
	"storyline/internal/store"
)

// Options configure a Server. The zero value serves read-only.
type Options struct {
	// Token enables POST /api/ingest for requests that carry
	// "Authorization: Bearer TOKEN". Empty: ingest is refused.
	Token string
	// MaxUpload caps an ingest request body in bytes; 0 means 64 MiB.
	MaxUpload int64
	// QueryTimeout bounds the work of one request; 0 means 30 s.
	QueryTimeout time.Duration
	// Pipeline configures extraction and coding of uploaded captures.
	Pipeline pipeline.Options
	// Logger receives request failures; nil means slog.Default().
	Logger *slog.Logger
}

// Server is the HTTP handler for one store. It is safe for concurrent use.
type Server struct {
	store   *store.Store
	opts    Options
	log     *slog.Logger
	mux     *http.ServeMux
	files   http.Handler // the embedded static/ folder
	pages   map[string]*template.Template
	metrics *metrics

	tokenSum [sha256.Size]byte // of opts.Token, for authorized
	ingestMu sync.Mutex        // one upload at a time writes and rebuilds

	countriesMu sync.Mutex
	countries   []countryOption // filter choices, cached; nil after an ingest
	countriesAt time.Time
}

// route is one entry of the routing table.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routes is every route the server answers, on one screen. The OpenAPI
// document lists the same set (tested).
func (s *Server) routes() []route {
	return []route{
		{"GET /api/events", s.apiEvents},
		{"GET /api/events/{id}", s.apiEvent},
		{"GET /api/articles/{id}", s.apiArticle},
		{"GET /api/actors", s.apiActors},
		{"GET /api/actors/{id}", s.apiActor},
		{"GET /api/search", s.apiSearch},
		{"GET /api/stats", s.apiStats},
		{"GET /api/trend", s.apiTrend},
		{"GET /api/openapi.json", s.apiOpenAPI},
		{"POST /api/ingest", s.apiIngest},
		{"GET /healthz", s.healthz},
		{"GET /metrics", s.metrics.handler().ServeHTTP},

		{"GET /{$}", s.pageTimeline},
		{"GET /events/{id}", s.pageEvent},
		{"GET /actors", s.pageActors},
		{"GET /actors/{id}", s.pageActor},
		{"GET /articles/{id}", s.pageArticle},
		{"GET /search", s.pageSearch},
		{"GET /feeds/events.atom", s.feedEvents},
		{"GET /map", s.pageMap},
		{"GET /static/", s.static},
	}
}

// New returns a server over st.
func New(st *store.Store, opts Options) (*Server, error) {
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = 64 << 20
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 30 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{store: st, opts: opts, log: opts.Logger, pages: pages, metrics: newMetrics(st),
		tokenSum: sha256.Sum256([]byte(opts.Token))}
	sub, _ := fs.Sub(assets, "static") // embedded: cannot fail
	s.files = http.StripPrefix("/static/", http.FileServerFS(sub))
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.pattern, s.metrics.instrument(rt.pattern, rt.handler))
	}
	// What no route takes falls through to unrouted, so the mux matches
	// each request once; its own 404 and 405 would be plain text.
	s.mux.HandleFunc("/", s.unrouted)
	return s, nil
}

// HTTPServer returns an http.Server for s listening on addr, with timeouts
// on every phase of a connection so a slow or idle client cannot hold one
// open for ever.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads may be large
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// securityPolicy allows only this server's own files: no inline script or
// style, no plugins, no framing, forms post only here.
const securityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// ServeHTTP sets the security headers, bounds the request's time, recovers
// from panics and routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", securityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")

	defer func() {
		p := recover()
		if p == nil {
			return
		}
		if p == http.ErrAbortHandler {
			panic(p)
		}
		// The stack goes to the log only; the client learns nothing of it.
		s.log.Error("server: handler panicked", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		s.fail(w, r, http.StatusInternalServerError, errors.New("internal error"))
	}()

	ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
	defer cancel()
	r = r.WithContext(ctx)

	s.mux.ServeHTTP(w, r)
}

// unrouted answers a request no route takes: 405 with the allowed methods
// when the path exists under another method, else 404.
func (s *Server) unrouted(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, p := s.mux.Handler(probe); p != "" && p != "/" {
			allowed = append(allowed, m)
		}
	}
	s.metrics.unmatched.Inc()
	if len(allowed) > 0 {
		if slices.Contains(allowed, http.MethodGet) {
			allowed = append(allowed, http.MethodHead)
		}
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		s.fail(w, r, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed on %s; use %s", r.Method, r.URL.Path, strings.Join(allowed, " or ")))
		return
	}
	s.fail(w, r, http.StatusNotFound, fmt.Errorf("no such page: %s", r.URL.Path))
}

// fail answers with an error: JSON for the API, a page for a browser.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		s.log.Error("server: request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
		err = errors.New(http.StatusText(status))
		if status == http.StatusServiceUnavailable || status == http.StatusGatewayTimeout {
			err = errors.New("the store took too long to answer; try again or narrow the query")
		}
	}
	if isAPI(r) {
		writeJSON(w, status, apiError{Error: err.Error(), Status: status})
		return
	}
	s.renderError(w, r, status, err)
}

func isAPI(r *http.Request) bool {
	p := r.URL.Path
	return strings.HasPrefix(p, "/api/") || p == "/api" || p == "/healthz" || p == "/metrics"
}

// failStore maps a store error to a status: missing rows are 404, a
// cancelled or timed-out request 503, anything else 500.
func (s *Server) failStore(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, err)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		s.fail(w, r, http.StatusServiceUnavailable, err)
	default:
		s.fail(w, r, http.StatusInternalServerError, err)
	}
}

// authorized reports whether r carries the ingest token. It compares
// SHA-256 digests, which are of one length, because ConstantTimeCompare
// returns at once on a length mismatch and so would tell the token's length.
func (s *Server) authorized(r *http.Request) bool {
	if s.opts.Token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
	return subtle.ConstantTimeCompare(sum[:], s.tokenSum[:]) == 1
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.store.DB().PingContext(r.Context()); err != nil {
		s.log.Error("server: health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "store unreachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
