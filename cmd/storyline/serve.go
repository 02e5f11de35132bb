package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"time"

	"storyline/internal/actors"
	"storyline/internal/pipeline"
	"storyline/internal/sample"
	"storyline/internal/server"
	"storyline/internal/store"
)

// runServe serves the JSON API and the web UI over a store.
func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	addr := fs.String("addr", "localhost:8080", "listen `address` (host:port; :0 picks a free port)")
	demo := fs.Bool("demo", false, "ingest the bundled sample captures into a temporary store and serve that (ignores --db)")
	token := fs.String("token", "", "enable POST /api/ingest for clients sending \"Authorization: Bearer `TOKEN`\" (or set STORYLINE_TOKEN)")
	maxUpload := fs.Int64("max-upload", 64<<20, "largest ingest upload in `bytes`")
	actorsFile := fs.String("actors", "", "extra actor `file` for uploaded captures (same format as the embedded tables)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline serve [--db URL] [--addr HOST:PORT] [--demo] [--token TOKEN]\n\n"+
			"Serves the JSON API (/api/..., documented at /api/openapi.json) and the web UI\n"+
			"(timeline, event, actor and search pages) from one process, with /healthz and\n"+
			"Prometheus /metrics. Read-only unless --token is given.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	if *token == "" {
		*token = os.Getenv("STORYLINE_TOKEN")
	}
	if *token != "" && len(*token) < 16 {
		return errors.New("--token must be at least 16 characters: it is the only thing guarding writes")
	}
	popts := pipeline.Options{}
	if *actorsFile != "" {
		cat := actors.Default()
		if err := cat.LoadFile(*actorsFile); err != nil {
			return err
		}
		popts.Catalog = cat
	}

	url := *dbURL
	if *demo {
		dir, err := os.MkdirTemp("", "storyline-demo-")
		if err != nil {
			return fmt.Errorf("make a folder for the demo store: %w", err)
		}
		defer os.RemoveAll(dir)
		url = "sqlite:" + filepath.Join(dir, "demo.db")
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		return err
	}
	defer st.Close()
	if *demo {
		src := sample.Open(ctx)
		res, err := server.Ingest(ctx, st, "sample", src, popts)
		src.Close()
		if err != nil {
			return fmt.Errorf("load the demo captures: %w", err)
		}
		for _, p := range res.Problems {
			slog.Warn("serve: demo capture not loaded", "err", p)
		}
		slog.Info("serve: demo store ready", "articles", res.Articles, "reports", res.Reports, "events", res.Events)
	}

	srv, err := server.New(st, server.Options{Token: *token, MaxUpload: *maxUpload, Pipeline: popts})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	hs := srv.HTTPServer(ln.Addr().String())
	fmt.Fprintf(os.Stdout, "Storyline is serving %s\nOpen http://%s/\n", describe(url, *demo), browsable(ln.Addr()))
	if *token != "" {
		slog.Info("serve: POST /api/ingest enabled for the token holder")
	}

	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	// Let requests in flight finish, but not for ever.
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return fmt.Errorf("stop serving: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func describe(url string, demo bool) string {
	if demo {
		return "the bundled sample captures (a temporary store, removed on exit)"
	}
	if u, err := neturl.Parse(url); err == nil && u.User != nil {
		return "the store " + u.Redacted()
	}
	return "the store " + url
}

// browsable turns a listen address into one a browser can open: an
// unspecified host (":8080", "0.0.0.0") becomes localhost.
func browsable(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
