// Package watch follows news feeds: every round it reads a list of feeds
// (RSS, Atom, sitemaps and news sitemaps), finds the article addresses it
// has not fetched yet, fetches them politely, writes every fetch to gzip
// WARC files in an archive folder, and hands the files finished in the
// round to an ingest function.
//
// It takes feed addresses, a State (the store, which remembers every
// address fetched, so a restarted watch refetches nothing it has) and an
// Ingest function; it gives archive files and one RoundStats per round.
//
// Politeness: robots.txt is read per host and obeyed (with its
// Crawl-delay); each host gets one request at a time, with a delay between
// requests; feeds are fetched with conditional GET (ETag, Last-Modified);
// every request has a timeout, every body a size limit, every chain of
// redirects a bound; the User-Agent names Storyline and the user's contact.
package watch

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"storyline/internal/capture"
	"storyline/internal/store"
)

// State keeps what a Watcher fetched; *store.Store is one. Articles to
// fetch are claimed, so that watchers sharing a State never fetch one
// article at once; saving a fetch releases its claim.
type State interface {
	Fetches(ctx context.Context, urls []string) (map[string]store.Fetch, error)
	AddFetches(ctx context.Context, fs []store.Fetch) error
	ClaimFetches(ctx context.Context, worker string, lease time.Duration, maxAttempts int) ([]store.Fetch, error)
	RenewFetchClaims(ctx context.Context, worker string, lease time.Duration) error
	SaveFetches(ctx context.Context, fs []store.Fetch) error
}

// Options configure a Watcher. Feeds, Archive, Contact and Ingest are
// required; zero values elsewhere take the defaults said.
type Options struct {
	Feeds   []string
	Archive string // folder of the WARC files; New makes it absolute
	// Contact is how a site owner reaches the user (an e-mail address or
	// a web page); it goes in the User-Agent.
	Contact string
	Version string // of Storyline, for the User-Agent; "" is left out
	// Ingest stores the captures of archive files (see cmd/storyline's
	// ingest); called once a round with the files finished in it.
	Ingest func(ctx context.Context, files []string) error

	Delay        time.Duration // between two requests to one host; 1 s
	Timeout      time.Duration // of one request, body included; 30 s
	MaxBytes     int64         // of one response body; capture.MaxPageSize
	MaxRedirects int           // followed for one address; 5
	MaxFileSize  int64         // of one archive file before a new one; 1 GiB
	MaxAttempts  int           // rounds an article is tried before giving up; 3
	MaxLinks     int           // article addresses taken from one feed a round; 1000
	Hosts        int           // hosts fetched from at once; 4
	// Worker names this watcher in its claims on articles; a random
	// name by default. ClaimLease is how long a claim holds unless
	// renewed (every third of it while the round runs); 2 minutes: a
	// watcher that died holding articles leaves them that long.
	Worker     string
	ClaimLease time.Duration

	// UserAgent is set by New from Version and Contact.
	UserAgent string
}

// RoundStats says what one round did.
type RoundStats struct {
	Round          int
	Feeds          int // feeds (and sitemaps of sitemap indexes) fetched
	FeedsUnchanged int // of which answered 304 Not Modified
	FeedErrors     int
	Listed         int // article addresses the feeds list
	New            int // of which never seen before
	Fetched        int // articles fetched with a 2xx answer
	Failed         int // articles that gave no page (errors, robots.txt, limits)
	Bytes          int64
	Files          []string // archive files finished in the round
	Duration       time.Duration
}

// Watcher runs rounds over a feed list. Rounds run one at a time.
type Watcher struct {
	opts    Options
	state   State
	fetcher *fetcher
	archive *archive
	round   int
}

// New checks opts and opens the archive folder.
func New(opts Options, state State) (*Watcher, error) {
	if len(opts.Feeds) == 0 {
		return nil, errors.New("watch: no feeds")
	}
	if opts.Archive == "" {
		return nil, errors.New("watch: no archive folder")
	}
	if opts.Ingest == nil {
		return nil, errors.New("watch: no ingest function")
	}
	// The archive files become inputs that any process sharing the store
	// may claim, from any working folder: they are named absolutely.
	dir, err := filepath.Abs(opts.Archive)
	if err != nil {
		return nil, fmt.Errorf("watch: archive folder %s: %w", opts.Archive, err)
	}
	opts.Archive = dir
	c := strings.TrimSpace(opts.Contact)
	if !strings.Contains(c, "@") && !strings.HasPrefix(c, "http://") && !strings.HasPrefix(c, "https://") {
		return nil, fmt.Errorf("watch: contact %q is neither an e-mail address nor an http(s) page: site owners must be able to reach you", opts.Contact)
	}
	if strings.ContainsAny(c, "\r\n()") {
		return nil, fmt.Errorf("watch: contact %q may not hold line breaks or parentheses", opts.Contact)
	}
	opts.Delay = orDefault(opts.Delay, time.Second)
	opts.Timeout = orDefault(opts.Timeout, 30*time.Second)
	opts.MaxBytes = orDefault(opts.MaxBytes, capture.MaxPageSize)
	opts.MaxRedirects = orDefault(opts.MaxRedirects, 5)
	opts.MaxFileSize = orDefault(opts.MaxFileSize, 1<<30)
	opts.MaxAttempts = orDefault(opts.MaxAttempts, 3)
	opts.MaxLinks = orDefault(opts.MaxLinks, 1000)
	opts.Hosts = orDefault(opts.Hosts, 4)
	opts.ClaimLease = orDefault(opts.ClaimLease, 2*time.Minute)
	if opts.Worker == "" {
		var b [6]byte
		rand.Read(b[:])
		opts.Worker = "watch-" + hex.EncodeToString(b[:])
	}
	product := "Storyline"
	if opts.Version != "" {
		product += "/" + opts.Version
	}
	opts.UserAgent = product + " (news event coder; +" + c + ")"
	w := &Watcher{opts: opts, state: state}
	a, err := newArchive(opts.Archive, opts.MaxFileSize, product)
	if err != nil {
		return nil, err
	}
	w.archive = a
	w.fetcher = newFetcher(opts, a.write)
	return w, nil
}

func orDefault[T cmp.Ordered](v, def T) T {
	var zero T
	if v <= zero {
		return def
	}
	return v
}

// Close finishes the open archive file.
func (w *Watcher) Close() error { return w.archive.close() }

// Run runs a round now and then one every every (from the start of the
// last), until ctx ends or, with once, after the first. report gets each
// round's figures. Before the first round, archive files a crash left
// finished but not ingested are ingested. A failed round is logged and the
// next one runs: what it stored is consistent.
func (w *Watcher) Run(ctx context.Context, every time.Duration, once bool, report func(RoundStats)) error {
	if err := w.recover(ctx); err != nil {
		return err
	}
	for {
		start := time.Now()
		st, err := w.Round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			if once {
				return err
			}
			slog.Error("watch: round failed", "round", st.Round, "err", err)
		} else {
			report(st)
		}
		if once {
			return nil
		}
		t := time.NewTimer(time.Until(start.Add(every)))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// recover ingests the finished archive files of the folder (the ingest
// function skips those it has) and warns of files a crash left open: their
// fetches were not recorded and will be made again.
func (w *Watcher) recover(ctx context.Context) error {
	open, _ := filepath.Glob(filepath.Join(w.opts.Archive, "storyline-*"+archiveSuffix+openSuffix))
	for _, f := range open {
		slog.Warn("watch: archive file left open by an earlier run; its fetches will be made again", "file", f)
	}
	done, err := filepath.Glob(filepath.Join(w.opts.Archive, "storyline-*"+archiveSuffix))
	if err != nil || len(done) == 0 {
		return nil
	}
	if err := w.opts.Ingest(ctx, done); err != nil {
		return fmt.Errorf("ingest archive files of %s: %w", w.opts.Archive, err)
	}
	return nil
}

// Round reads the feeds, fetches the new articles, finishes the archive
// file and ingests it.
func (w *Watcher) Round(ctx context.Context) (st RoundStats, err error) {
	w.round++
	st.Round = w.round
	start := time.Now()
	defer func() { st.Duration = time.Since(start) }()

	var rows []store.Fetch // what this round learnt, saved at its end
	var mu sync.Mutex
	keep := func(f store.Fetch) {
		mu.Lock()
		rows = append(rows, f)
		mu.Unlock()
	}
	links, err := w.readFeeds(ctx, &st, keep)
	if err != nil {
		return st, err
	}
	st.Listed = len(links)
	known, err := w.state.Fetches(ctx, links)
	if err != nil {
		return st, err
	}
	var found []store.Fetch
	for _, l := range links {
		if _, ok := known[l]; !ok {
			found = append(found, store.Fetch{URL: l})
		}
	}
	st.New = len(found)
	// Found addresses are saved at once: if this round dies, the next one
	// still fetches them, even when the feed then answers 304. Another
	// watcher may have found (and fetched) some meanwhile: known rows
	// are left alone, and each article is fetched by the one claiming it.
	if err := w.state.AddFetches(ctx, found); err != nil {
		return st, err
	}
	todo, err := w.state.ClaimFetches(ctx, w.opts.Worker, w.opts.ClaimLease, w.opts.MaxAttempts)
	if err != nil {
		return st, err
	}
	stopRenewing := w.renewClaims(ctx)
	defer stopRenewing()
	fetchErr := w.fetchArticles(ctx, todo, &st, keep)

	// Finish the round's file and record what it holds even when the
	// round was cut short: those fetches need not be made again.
	files, n, rotErr := w.archive.rotate()
	st.Files, st.Bytes = files, n
	if err := w.state.SaveFetches(context.WithoutCancel(ctx), rows); err != nil {
		return st, err
	}
	// Saving released the claims on what was fetched; those on what a
	// cut-short round did not reach are released too.
	stopRenewing()
	if err := w.state.RenewFetchClaims(context.WithoutCancel(ctx), w.opts.Worker, 0); err != nil {
		return st, err
	}
	if err := errors.Join(fetchErr, rotErr); err != nil {
		return st, err
	}
	if len(files) > 0 {
		if err := w.opts.Ingest(ctx, files); err != nil {
			return st, fmt.Errorf("ingest round %d: %w", st.Round, err)
		}
	}
	return st, nil
}

// renewClaims renews the watcher's claims every third of their lease
// until the returned function is called.
func (w *Watcher) renewClaims(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(w.opts.ClaimLease / 3)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := w.state.RenewFetchClaims(ctx, w.opts.Worker, w.opts.ClaimLease); err != nil && ctx.Err() == nil {
					slog.Warn("watch: claims on articles not renewed; another watcher may fetch them too", "err", err)
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

// readFeeds fetches every feed (and the sitemaps of sitemap indexes) and
// returns the article addresses they list, in feed-list order, each once.
func (w *Watcher) readFeeds(ctx context.Context, st *RoundStats, keep func(store.Fetch)) ([]string, error) {
	prev, err := w.state.Fetches(ctx, w.opts.Feeds)
	if err != nil {
		return nil, err
	}
	lists := make([][]string, len(w.opts.Feeds))
	var mu sync.Mutex
	count := func(fn func()) { mu.Lock(); fn(); mu.Unlock() }
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(w.opts.Hosts)
	for i, feed := range w.opts.Feeds {
		g.Go(func() error {
			links, children, err := w.readFeed(gctx, feed, prev[feed], st, count, keep)
			if err != nil {
				return err
			}
			if len(children) > 0 {
				known, err := w.state.Fetches(gctx, children)
				if err != nil {
					return err
				}
				for _, c := range children {
					more, grand, err := w.readFeed(gctx, c, known[c], st, count, keep)
					if err != nil {
						return err
					}
					if len(grand) > 0 {
						slog.Warn("watch: sitemap index inside a sitemap index not followed", "sitemap", c)
					}
					links = append(links, more...)
				}
			}
			lists[i] = links
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, u := range l {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	return out, ctx.Err()
}

// readFeed fetches one feed, conditionally when it was fetched before. Only
// a failure to archive is an error.
func (w *Watcher) readFeed(ctx context.Context, feed string, prev store.Fetch, st *RoundStats, count func(func()), keep func(store.Fetch)) (links, children []string, err error) {
	r := w.fetcher.fetch(ctx, feed, prev.ETag, prev.LastModified)
	if errors.Is(r.Err, errArchive) {
		return nil, nil, r.Err
	}
	row := store.Fetch{URL: feed, Feed: true, Status: r.Status, FetchedAt: time.Now().UTC(),
		ETag: prev.ETag, LastModified: prev.LastModified, Archive: cmp.Or(r.Archive, prev.Archive)}
	count(func() { st.Feeds++ })
	switch {
	case r.Err != nil:
		row.Error = r.Err.Error()
		count(func() { st.FeedErrors++ })
		slog.Warn("watch: feed not read", "feed", feed, "err", r.Err)
	case r.Status == 304:
		count(func() { st.FeedsUnchanged++ })
	default:
		var err error
		links, children, err = Links(r.URL, r.Body)
		if err != nil {
			row.Error = err.Error()
			count(func() { st.FeedErrors++ })
			slog.Warn("watch: feed not understood", "feed", feed, "err", err)
			break
		}
		// Validators are kept only once the feed was read, so a feed
		// that failed to parse is fetched whole next time.
		row.ETag, row.LastModified = r.ETag, r.LastModified
		if len(links) > w.opts.MaxLinks {
			links = links[:w.opts.MaxLinks]
		}
	}
	if ctx.Err() == nil {
		keep(row)
	}
	return links, children, nil
}

// fetchArticles fetches todo, hosts in parallel and each host's articles
// one after the other.
func (w *Watcher) fetchArticles(ctx context.Context, todo []store.Fetch, st *RoundStats, keep func(store.Fetch)) error {
	byHost := map[string][]store.Fetch{}
	var hosts []string
	for _, f := range todo {
		h := f.URL
		if u, err := url.Parse(f.URL); err == nil {
			h = u.Host
		}
		if byHost[h] == nil {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], f)
	}
	slices.Sort(hosts)
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(w.opts.Hosts)
	for _, h := range hosts {
		g.Go(func() error {
			for _, f := range byHost[h] {
				if gctx.Err() != nil {
					return gctx.Err()
				}
				r := w.fetcher.fetch(gctx, f.URL, "", "")
				if gctx.Err() != nil {
					return gctx.Err() // not an attempt: we stopped it
				}
				if errors.Is(r.Err, errArchive) {
					return r.Err
				}
				f.Attempts++
				f.Status, f.FetchedAt, f.Error = r.Status, time.Now().UTC(), ""
				f.Archive = cmp.Or(r.Archive, f.Archive)
				mu.Lock()
				if r.Err != nil {
					f.Error = r.Err.Error()
					st.Failed++
				} else {
					st.Fetched++
				}
				mu.Unlock()
				if r.Err != nil {
					slog.Info("watch: article not fetched", "url", f.URL, "err", r.Err)
				}
				keep(f)
			}
			return nil
		})
	}
	return g.Wait()
}
