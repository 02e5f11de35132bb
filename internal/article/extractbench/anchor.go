package extractbench

import (
	"bytes"
	"context"
	"runtime"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/sync/errgroup"

	"storyline/internal/capture"
)

// Trafilatura is the library anchor the extractor is measured against:
// go-trafilatura alone on the page's bytes with its default options (which
// include its fast publication-date search), or with its fallback
// extractors. It gives the body text and date ("" when none).
func Trafilatura(c capture.Capture, fallback bool) (body, date string) {
	defer func() {
		if recover() != nil { // a page the library cannot take scores as empty
			body, date = "", ""
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(c.Body), trafilatura.Options{EnableFallback: fallback})
	if err != nil || res == nil {
		return "", ""
	}
	if !res.Metadata.Date.IsZero() {
		date = res.Metadata.Date.Format(time.DateOnly)
	}
	return res.ContentText, date
}

// TrafilaturaAll runs Trafilatura over caps with workers goroutines and
// gives the bodies by source and the CPU time spent.
func TrafilaturaAll(ctx context.Context, caps []capture.Capture, workers int, fallback bool) (map[string]string, time.Duration, error) {
	bodies := make([]string, len(caps))
	cpu0 := cpuTime()
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(max(workers, 1))
	for i, c := range caps {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			bodies[i], _ = Trafilatura(c, fallback)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, 0, err
	}
	out := make(map[string]string, len(caps))
	for i, c := range caps {
		out[c.Source] = bodies[i]
	}
	return out, cpuTime() - cpu0, nil
}

// RunTrafilatura is Run with go-trafilatura alone (its default options) in
// place of the article extractor: the speed and accuracy the extractor is
// held against, measured on the same pages in the same process.
func RunTrafilatura(ctx context.Context, pages []Page, workers int) (Report, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	caps, bytesIn, err := ReadPages(ctx, pages)
	if err != nil {
		return Report{}, err
	}
	start := time.Now()
	bodies, cpu, err := TrafilaturaAll(ctx, caps, workers, false)
	if err != nil {
		return Report{}, err
	}
	rep := score(pages, bodies)
	rep.Elapsed, rep.CPU, rep.Bytes, rep.Workers = time.Since(start), cpu, bytesIn, workers
	return rep, nil
}
