package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"storyline/internal/store"
)

type openapiOp struct {
	Parameters []struct {
		Name     string `json:"name"`
		In       string `json:"in"`
		Required bool   `json:"required"`
	} `json:"parameters"`
	Responses map[string]json.RawMessage `json:"responses"`
}

func loadOpenAPI(t *testing.T) map[string]map[string]openapiOp {
	t.Helper()
	var doc struct {
		OpenAPI string                          `json:"openapi"`
		Paths   map[string]map[string]openapiOp `json:"paths"`
	}
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q, want 3.x", doc.OpenAPI)
	}
	return doc.Paths
}

// openapiPath turns a ServeMux pattern into its OpenAPI method and path.
func openapiPath(pattern string) (method, path string) {
	method, path, _ = strings.Cut(pattern, " ")
	path = strings.TrimSuffix(path, "{$}")
	if strings.HasSuffix(path, "/") && path != "/" {
		path += "{file}" // a subtree: its files
	}
	return strings.ToLower(method), path
}

// Every route of the mux is documented, and nothing else is.
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	paths := loadOpenAPI(t)
	s, _ := emptyServer(t, Options{})
	routed := map[string]bool{}
	for _, rt := range s.routes() {
		m, p := openapiPath(rt.pattern)
		routed[m+" "+p] = true
		if _, ok := paths[p][m]; !ok {
			t.Errorf("route %q is not in openapi.json (as %s %s)", rt.pattern, m, p)
		}
	}
	for p, ops := range paths {
		for m := range ops {
			if !routed[m+" "+p] {
				t.Errorf("openapi.json documents %s %s, which no route serves", strings.ToUpper(m), p)
			}
		}
	}
}

// Every documented operation answers, with sample values for its
// parameters, a status its document lists.
func TestOpenAPIPathsAnswer(t *testing.T) {
	paths := loadOpenAPI(t)
	s, st := newTestServer(t, Options{Token: testToken})
	ev := xssEvent(t, st)
	samples := map[string]string{
		"/api/events/{id}": ev.ID, "/events/{id}": ev.ID,
		"/api/articles/{id}": ev.Evidence[0].ArticleID, "/articles/{id}": ev.Evidence[0].ArticleID,
		"/api/actors/{id}": store.ActorID(ev.Actors[0].Name, deref(ev.Actors[0].Country)),
		"/actors/{id}":     store.ActorID(ev.Actors[0].Name, deref(ev.Actors[0].Country)),
		"/static/{file}":   "style.css",
	}
	query := map[string]string{
		"country": "FRA", "actor": "france-fra", "pair": "FRA", "type": "CONSULT", "mode": "meet",
		"status": "occurred", "from": "2024-01-01", "to": "2024-12-31", "q": "Macron", "limit": "5", "offset": "0",
		"name": "upload.txt", "since": "2000-01-01T00:00:00Z",
	}
	for p, ops := range paths {
		for m, op := range ops {
			target := p
			if i := strings.Index(p, "{"); i >= 0 {
				target = p[:i] + url.PathEscape(samples[p])
			}
			q := url.Values{}
			for _, prm := range op.Parameters {
				if prm.In == "query" {
					q.Set(prm.Name, query[prm.Name])
				}
			}
			if len(q) > 0 {
				target += "?" + q.Encode()
			}
			var body *bytes.Reader
			r := httptest.NewRequest(strings.ToUpper(m), target, nil)
			if m == "post" {
				body = bytes.NewReader([]byte("date 2024-03-04  Test\nHeadline\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.\n"))
				r = httptest.NewRequest(http.MethodPost, target, body)
				r.Header.Set("Authorization", "Bearer "+testToken)
			}
			w := httptest.NewRecorder()
			if m == "post" {
				// Writes go to a store of their own, not the shared fixture.
				writable, _ := emptyServer(t, Options{Token: testToken})
				writable.ServeHTTP(w, r)
			} else {
				s.ServeHTTP(w, r)
			}
			documented := slices.Collect(func(yield func(string) bool) {
				for code := range op.Responses {
					if !yield(code) {
						return
					}
				}
			})
			if !slices.Contains(documented, strconv.Itoa(w.Code)) {
				t.Errorf("%s %s: status %d, documented %v; body %s", strings.ToUpper(m), target, w.Code, documented, clip(w.Body.String(), 200))
			}
			if w.Code != http.StatusOK {
				t.Errorf("%s %s: status %d with sample values, want 200: %s", strings.ToUpper(m), target, w.Code, clip(w.Body.String(), 200))
			}
		}
	}
}
