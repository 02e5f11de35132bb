package watch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// ReadFeedList reads a list of feed addresses (RSS, Atom or sitemap), one
// a line; blank lines and lines starting with '#' are skipped. A line that
// is not an http(s) address is an error naming the file and line.
func ReadFeedList(name string) ([]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read feed list: %w", err)
	}
	var out []string
	seen := map[string]bool{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("feed list %s line %d: %q is not an http(s) address", name, i+1, line)
		}
		if !seen[line] {
			seen[line] = true
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("feed list %s names no feed", name)
	}
	return out, nil
}

// Links reads a feed — RSS 0.9x/1.0/2.0, Atom, JSON Feed, a sitemap or a
// news sitemap — fetched from base, and gives the article addresses it
// lists, in document order, each once, absolute, http(s) only, without
// fragments. A sitemap index gives its sitemaps in children instead.
func Links(base string, body []byte) (links, children []string, err error) {
	b, err := url.Parse(base)
	if err != nil {
		return nil, nil, fmt.Errorf("read feed %s: bad address: %w", base, err)
	}
	var raw []string
	switch root := xmlRoot(body); root {
	case "urlset", "sitemapindex":
		locs, err := sitemapLocs(body)
		if err != nil {
			return nil, nil, fmt.Errorf("read sitemap %s: %w", base, err)
		}
		if root == "sitemapindex" {
			return nil, absolute(b, locs), nil
		}
		raw = locs
	default:
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			return nil, nil, fmt.Errorf("read feed %s: %w", base, err)
		}
		if feed.FeedLink != "" {
			// Relative item links are relative to the feed's own address.
			if fl, err := b.Parse(feed.FeedLink); err == nil {
				b = fl
			}
		}
		for _, it := range feed.Items {
			if it == nil {
				continue
			}
			switch {
			case it.Link != "":
				raw = append(raw, it.Link)
			case len(it.Links) > 0:
				raw = append(raw, it.Links[0])
			case it.GUID != "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")):
				raw = append(raw, it.GUID)
			}
		}
	}
	return absolute(b, raw), nil, nil
}

// absolute resolves each address against base, keeps http(s) ones, drops
// fragments and repeats.
func absolute(base *url.URL, raw []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		u, err := base.Parse(strings.TrimSpace(r))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue
		}
		u.Fragment, u.RawFragment = "", ""
		s := u.String()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// xmlRoot is the local name of the document's first element, "" when the
// body is not XML.
func xmlRoot(body []byte) string {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	for range 64 { // the root comes after a few prologue tokens at most
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}

// sitemapLocs gives the <loc> of every <url> or <sitemap> entry, reading
// as it goes: a sitemap may hold 50,000 of them.
func sitemapLocs(body []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var out []string
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			if len(out) > 0 {
				return out, nil // a cut-off sitemap still lists what came
			}
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			// <urlset><url><loc>: the loc at depth 3 (news:news and
			// image:image hold locs of their own, deeper down).
			if depth == 3 && t.Name.Local == "loc" {
				var loc string
				if err := dec.DecodeElement(&loc, &t); err != nil {
					return out, nil
				}
				depth--
				out = append(out, strings.TrimSpace(loc))
			}
		case xml.EndElement:
			depth--
		}
	}
}
