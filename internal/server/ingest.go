package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/pipeline"
	"storyline/internal/store"
)

// IngestResult says what one Ingest stored.
type IngestResult struct {
	Input    string   `json:"input"`
	Articles int      `json:"articles"` // new articles stored
	Skipped  int      `json:"skipped"`  // articles the store already had
	Reports  int      `json:"reports"`  // coded events of the new articles
	Problems []string `json:"problems"` // captures that could not be read, each naming itself
	Events   int      `json:"events"`   // merged events in the store afterwards
}

// badUpload is a request the client got wrong (cut short, malformed,
// empty): a 400, not a server failure.
type badUpload struct{ err error }

func (e *badUpload) Error() string { return e.err.Error() }
func (e *badUpload) Unwrap() error { return e.err }

// saveBatch is how many articles go into one transaction.
const saveBatch = 64

// Ingest runs the pipeline over src (extract, sign, code), stores every
// article with its reports under the input name input, then rebuilds the
// merged events. A capture that cannot be read is listed in Problems and the
// rest goes on; an error means the store could not be written.
func Ingest(ctx context.Context, st *store.Store, input string, src article.CaptureSource, opts pipeline.Options) (IngestResult, error) {
	res := IngestResult{Input: input, Problems: []string{}}
	batch := store.Batch{Input: input}
	save := func() error {
		if len(batch.Records) == 0 {
			return nil
		}
		c, err := st.Save(ctx, batch)
		if err != nil {
			return err
		}
		res.Articles += c.Articles
		res.Reports += c.Reports
		res.Skipped += c.SkippedArticles
		batch.Records = batch.Records[:0]
		return nil
	}
	opts.SkipLinks = true // the store links duplicates at its rebuild
	err := pipeline.RunCaptures(ctx, src, opts, func(r pipeline.Result) error {
		if r.Err != nil {
			var ie *capture.InputError
			if !errors.As(r.Err, &ie) && ctx.Err() != nil {
				return r.Err
			}
			res.Problems = append(res.Problems, r.Err.Error())
			return nil
		}
		sig, err := r.Signature.MarshalBinary()
		if err != nil {
			return fmt.Errorf("sign %s: %w", r.Article.Source, err)
		}
		batch.Records = append(batch.Records, store.Record{Article: r.Article, Events: r.Events, Signature: sig})
		if len(batch.Records) >= saveBatch {
			return save()
		}
		return nil
	})
	if err == nil {
		err = save()
	}
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", input, err)
	}
	rb, err := st.Rebuild(ctx, store.RebuildOptions{})
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", input, err)
	}
	res.Events = rb.Events
	return res, nil
}

// apiIngest stores uploaded captures: a multipart form with one or more
// files, or a raw body named by ?name=. Only with the server's token.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if s.opts.Token == "" {
		s.fail(w, r, http.StatusForbidden, errors.New("ingest is disabled: the server was started without --token"))
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
		s.fail(w, r, http.StatusUnauthorized, errors.New("ingest needs the header Authorization: Bearer TOKEN with the server's token"))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxUpload)
	// Uploads outlive the query timeout: extraction and the rebuild take
	// longer than a read. The connection's own timeouts still apply.
	ctx := context.WithoutCancel(r.Context())

	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()

	var results []IngestResult
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" && params["boundary"] != "" {
		mr, err := r.MultipartReader()
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("read upload: %w", err))
			return
		}
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				s.failUpload(w, r, &badUpload{fmt.Errorf("read upload: %w", err)})
				return
			}
			if part.FileName() == "" {
				part.Close()
				continue // a plain form field
			}
			res, err := s.ingestOne(ctx, uploadName(part.FileName()), part)
			part.Close()
			if err != nil {
				s.failUpload(w, r, err)
				return
			}
			results = append(results, res)
		}
		if len(results) == 0 {
			s.fail(w, r, http.StatusBadRequest, errors.New("upload holds no file: send multipart/form-data with file parts, or the capture as the body with ?name=NAME"))
			return
		}
	} else {
		name := r.URL.Query().Get("name")
		if name == "" {
			name = "upload"
		}
		res, err := s.ingestOne(ctx, uploadName(name), r.Body)
		if err != nil {
			s.failUpload(w, r, err)
			return
		}
		results = append(results, res)
	}
	s.forgetCountries()
	writeJSON(w, http.StatusOK, map[string]any{"inputs": results})
}

// ingestOne reads one uploaded capture whole — the request's size limit
// bounds it — so a body cut short by the limit is refused as a whole
// rather than stored in part, then ingests it.
func (s *Server) ingestOne(ctx context.Context, name string, body io.Reader) (IngestResult, error) {
	data, err := io.ReadAll(body)
	if err != nil {
		return IngestResult{}, &badUpload{fmt.Errorf("read upload %s: %w", name, err)}
	}
	if len(data) == 0 {
		return IngestResult{}, &badUpload{fmt.Errorf("read upload %s: empty file", name)}
	}
	src := capture.OpenReader(ctx, name, bytes.NewReader(data))
	defer src.Close()
	res, err := Ingest(ctx, s.store, name, src, s.opts.Pipeline)
	if err == nil {
		s.metrics.ingested.WithLabelValues("articles").Add(float64(res.Articles))
		s.metrics.ingested.WithLabelValues("reports").Add(float64(res.Reports))
		s.metrics.ingested.WithLabelValues("failed").Add(float64(len(res.Problems)))
		s.log.Info("server: ingested upload", "input", name, "articles", res.Articles, "reports", res.Reports,
			"problems", len(res.Problems), "events", res.Events)
	}
	return res, err
}

// failUpload answers 413 for a body over the limit, 400 for a broken upload
// and 500 for a store failure.
func (s *Server) failUpload(w http.ResponseWriter, r *http.Request, err error) {
	var tooBig *http.MaxBytesError
	var bad *badUpload
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Errorf("upload larger than the %d-byte limit", tooBig.Limit))
	case errors.As(err, &bad):
		s.fail(w, r, http.StatusBadRequest, err)
	default:
		s.fail(w, r, http.StatusInternalServerError, err)
	}
}

// uploadName names an uploaded capture in the store: "upload/" and the
// file's base name, so it cannot pose as a path of the server's disk.
func uploadName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "" || name == "." || name == "/" {
		name = "upload"
	}
	return "upload/" + clip(name, 120)
}
