package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// Reasons a fetch gives no page; test with errors.Is.
var (
	ErrDisallowed   = errors.New("robots.txt disallows it")
	ErrTooLarge     = errors.New("response larger than the size limit")
	ErrTooRedirects = errors.New("too many redirects")
	// errArchive is a failure to write the archive: the round stops, and
	// the fetch does not count as an attempt.
	errArchive = errors.New("archive")
)

// robotsTTL is how long a host's robots.txt is trusted before it is read
// again (RFC 9309 asks for no more than a day).
const robotsTTL = time.Hour

// exchange is one HTTP request and its response, as the archive keeps it.
type exchange struct {
	At   time.Time
	Req  *http.Request
	Resp *http.Response
	Body []byte
}

// result is the outcome of fetching one address, redirects followed.
type result struct {
	URL          string // the address that answered last (after redirects)
	Status       int    // 0 when no response came
	ETag         string
	LastModified string
	ContentType  string
	Body         []byte // 2xx only
	Archive      string // the archive file that holds the last response
	Err          error
}

// fetcher makes polite requests: robots.txt is read and obeyed per host,
// each host gets one request at a time with a delay between them, bodies
// are capped and redirects bounded.
type fetcher struct {
	client       *http.Client
	agent        string // User-Agent header
	robotsName   string // the token robots.txt groups are matched on
	delay        time.Duration
	timeout      time.Duration
	maxBytes     int64
	maxRedirects int
	// archive receives every exchange with a response but robots.txt
	// reads; nil keeps nothing.
	archive func(exchange) (string, error)

	mu    sync.Mutex
	hosts map[string]*host
}

// host serialises the requests to one host and remembers its robots.txt.
type host struct {
	mu       sync.Mutex // held for the whole of a request
	last     time.Time  // when the last request to it ended
	robots   *robotstxt.Group
	robotsAt time.Time
}

func newFetcher(opts Options, archive func(exchange) (string, error)) *fetcher {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.ResponseHeaderTimeout = opts.Timeout
	tr.MaxIdleConnsPerHost = 1
	return &fetcher{
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by fetch itself, so each hop is
			// checked against robots.txt, waits its turn and is archived.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		agent:        opts.UserAgent,
		robotsName:   "Storyline",
		delay:        opts.Delay,
		timeout:      opts.Timeout,
		maxBytes:     opts.MaxBytes,
		maxRedirects: opts.MaxRedirects,
		archive:      archive,
		hosts:        map[string]*host{},
	}
}

func (f *fetcher) host(u *url.URL) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := u.Scheme + "://" + u.Host
	h := f.hosts[key]
	if h == nil {
		h = &host{}
		f.hosts[key] = h
	}
	return h
}

// fetch GETs raw, following redirects. etag and lastModified, when set,
// make the request conditional (a 304 then comes back with no body).
func (f *fetcher) fetch(ctx context.Context, raw, etag, lastModified string) result {
	cur := raw
	for hop := 0; ; hop++ {
		u, err := url.Parse(cur)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return result{URL: cur, Err: fmt.Errorf("fetch %s: not an http(s) address", cur)}
		}
		h := f.host(u)
		if ok, err := f.allowed(ctx, h, u); err != nil {
			return result{URL: cur, Err: err}
		} else if !ok {
			return result{URL: cur, Err: fmt.Errorf("fetch %s: %w", cur, ErrDisallowed)}
		}
		r := f.get(ctx, h, u, etag, lastModified, true)
		if r.Err != nil || r.Status < 300 || r.Status > 399 || r.Status == http.StatusNotModified {
			return r
		}
		loc := r.ContentType // get puts the Location of a redirect here
		next, err := u.Parse(loc)
		if loc == "" || err != nil {
			return result{URL: cur, Status: r.Status, Err: fmt.Errorf("fetch %s: redirect %d without a usable Location %q", cur, r.Status, loc)}
		}
		if hop+1 > f.maxRedirects {
			return result{URL: cur, Status: r.Status, Err: fmt.Errorf("fetch %s: %w (more than %d)", raw, ErrTooRedirects, f.maxRedirects)}
		}
		next.Fragment = ""
		cur = next.String()
		etag, lastModified = "", "" // validators belong to the first address
	}
}

// get makes one request to u, in h's turn, and archives the exchange when
// keep says so (robots.txt is not a page and is not kept). A redirect's
// Location is given in ContentType (fetch reads it there).
func (f *fetcher) get(ctx context.Context, h *host, u *url.URL, etag, lastModified string, keep bool) result {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := f.wait(ctx, h); err != nil {
		return result{URL: u.String(), Err: err}
	}
	defer func() { h.last = time.Now() }()

	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return result{URL: u.String(), Err: fmt.Errorf("fetch %s: %w", u, err)}
	}
	req.Header.Set("User-Agent", f.agent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	at := time.Now().UTC()
	resp, err := f.client.Do(req)
	if err != nil {
		return result{URL: u.String(), Err: fmt.Errorf("fetch %s: %w", u, err)}
	}
	defer resp.Body.Close()
	body, err := readCapped(resp.Body, f.maxBytes)
	if err != nil {
		return result{URL: u.String(), Status: resp.StatusCode, Err: fmt.Errorf("fetch %s: %w", u, err)}
	}
	file := ""
	if keep && f.archive != nil {
		if file, err = f.archive(exchange{At: at, Req: req, Resp: resp, Body: body}); err != nil {
			return result{URL: u.String(), Status: resp.StatusCode, Err: fmt.Errorf("%w %s: %w", errArchive, u, err)}
		}
	}
	r := result{URL: u.String(), Status: resp.StatusCode, Archive: file, ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), ContentType: resp.Header.Get("Content-Type")}
	switch {
	case resp.StatusCode >= 300 && resp.StatusCode <= 399 && resp.StatusCode != http.StatusNotModified:
		r.ContentType = resp.Header.Get("Location")
	case resp.StatusCode >= 200 && resp.StatusCode <= 299:
		r.Body = body
	case resp.StatusCode != http.StatusNotModified:
		r.Err = fmt.Errorf("fetch %s: %s", u, resp.Status)
	}
	return r
}

// wait sleeps until h may be asked again: the delay, or the robots.txt
// Crawl-delay when longer, after the end of the last request.
func (f *fetcher) wait(ctx context.Context, h *host) error {
	delay := f.delay
	if h.robots != nil && h.robots.CrawlDelay > delay {
		delay = h.robots.CrawlDelay
	}
	d := time.Until(h.last.Add(delay))
	if h.last.IsZero() || d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// readCapped reads r whole unless it holds more than max bytes: then it
// stops at max+1 and says so, so a huge response costs max bytes of memory.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	var b bytes.Buffer
	n, err := io.Copy(&b, io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if n > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
	}
	return b.Bytes(), nil
}

// allowed reports whether robots.txt of u's host lets us fetch u, reading
// it when not known or stale. As RFC 9309 says: a 4xx robots.txt allows
// everything, a 5xx or no answer disallows everything (for now).
func (f *fetcher) allowed(ctx context.Context, h *host, u *url.URL) (bool, error) {
	if u.Path == "/robots.txt" {
		return true, nil
	}
	h.mu.Lock()
	fresh := !h.robotsAt.IsZero() && time.Since(h.robotsAt) < robotsTTL
	group := h.robots
	h.mu.Unlock()
	if !fresh {
		ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		status, body := 0, []byte(nil)
		for hop := 0; hop <= 5; hop++ { // RFC 9309: follow at least five redirects
			r := f.get(ctx, f.host(ru), ru, "", "", false)
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			status, body = r.Status, r.Body
			if r.Status < 300 || r.Status > 399 || r.Status == http.StatusNotModified {
				break
			}
			next, err := ru.Parse(r.ContentType)
			if err != nil {
				status = 0
				break
			}
			ru = next
		}
		var data *robotstxt.RobotsData
		var err error
		switch {
		case status == 0 || status >= 500:
			data, err = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
		default:
			data, err = robotstxt.FromStatusAndBytes(status, body)
		}
		if err != nil {
			// An unparsable file says nothing we can follow: allow, as
			// for a missing one.
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		group = data.FindGroup(f.robotsName)
		h.mu.Lock()
		h.robots, h.robotsAt = group, time.Now()
		if status == 0 || status >= 500 {
			// Unreachable: try again next round rather than for an hour.
			h.robotsAt = time.Now().Add(-robotsTTL + time.Minute)
		}
		h.mu.Unlock()
	}
	if group == nil {
		return true, nil
	}
	return group.Test(u.RequestURI()), nil
}
