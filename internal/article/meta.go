package article

import (
	"cmp"
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what a page says about itself in its markup.
type htmlMeta struct {
	title, published, publisher string
	utcStamp                    bool   // published was read from a timestamp in UTC...
	utcHour                     int    // ...at this hour of the day
	modified                    string // days the page declares as modified, space-separated
	americas                    bool   // the page's locale is a country of the Americas
	declared                    string // days any JSON-LD item declares as published, space-separated
	signs                       kindSigns
}

// Meta names that carry the article's publication date, most specific
// first. Modified dates and the site's header date are deliberately absent.
var publishedMetaNames = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
	"dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
	"article.published", "cxenseparse:recs:publishtime", "og:published_time", "originalpublicationdate",
}

// Meta names that carry a modified date: never the publication date, and
// a date the date finder must not pass off as one.
var modifiedMetaNames = []string{
	"article:modified_time", "og:updated_time", "last-modified", "datemodified", "dc.date.modified",
	"dcterms.modified", "revised", "lastmod",
}

var titleMetaNames = []string{"og:title", "twitter:title", "headline", "dc.title"}

var publisherMetaNames = []string{"og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"}

// pageMetadata reads title, publication date and publisher from meta tags,
// JSON-LD and time elements.
func pageMetadata(doc *html.Node) htmlMeta {
	metas := map[string]string{}
	var ld htmlMeta
	var timeDate, docTitle, h1, lang string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstAttr(n, "property", "name", "itemprop"))
				if key == "og:type" {
					ld.signs.addType(attr(n, "content"))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					jsonLD(n.FirstChild.Data, &ld)
				}
			case atom.Time:
				if timeDate == "" && (attr(n, "itemprop") == "datePublished" || attr(n, "pubdate") != "" ||
					strings.Contains(strings.ToLower(attr(n, "class")), "publish")) {
					timeDate = attr(n, "datetime")
				}
			case atom.Html:
				lang = attr(n, "lang")
			case atom.Title:
				if docTitle == "" && n.FirstChild != nil {
					docTitle = n.FirstChild.Data
				}
			case atom.H1:
				if h1 == "" {
					h1 = nodeText(n)
				}
			case atom.H2, atom.H3, atom.H4:
				if hasLink(n) {
					ld.signs.headlineLinks++
				}
			}
			ld.signs.markup(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	var m htmlMeta
	m.published, m.utcStamp, m.utcHour, m.modified, m.declared = ld.published, ld.utcStamp, ld.utcHour, ld.modified, strings.TrimSpace(ld.declared)
	for _, k := range modifiedMetaNames {
		if d := normaliseDate(metas[k]); d != "" {
			m.modified += " " + d
		}
	}
	m.modified = strings.TrimSpace(m.modified)
	for _, k := range publishedMetaNames {
		if m.published != "" {
			break
		}
		m.published = normaliseDate(metas[k])
		m.utcStamp, m.utcHour = isUTCStamp(metas[k])
	}
	if m.published == "" {
		// Other names that say "published" ("vr:published-time",
		// "publication_date"), in name order, revisions left out.
		keys := slices.Sorted(maps.Keys(metas))
		for _, k := range keys {
			if m.published == "" && strings.Contains(k, "publi") && !revisedCue.MatchString(k) {
				m.published = normaliseDate(metas[k])
				m.utcStamp, m.utcHour = isUTCStamp(metas[k])
			}
		}
	}
	if m.published == "" {
		m.published = normaliseDate(timeDate)
		m.utcStamp, m.utcHour = isUTCStamp(timeDate)
	}
	m.title = ld.title
	for _, k := range titleMetaNames {
		if m.title == "" {
			m.title = metas[k]
		}
	}
	if m.title == "" {
		m.title = h1
	}
	if m.title == "" {
		m.title = docTitle
	}
	m.title = strings.Join(strings.Fields(html.UnescapeString(m.title)), " ")
	m.publisher = ld.publisher
	for _, k := range publisherMetaNames {
		if m.publisher == "" && !strings.HasPrefix(metas[k], "@") {
			m.publisher = metas[k]
		}
	}
	m.publisher = strings.TrimSpace(html.UnescapeString(m.publisher))
	m.title = trimSiteName(m.title, m.publisher)
	m.signs = ld.signs
	m.americas = inAmericas(cmp.Or(metas["og:locale"], lang))
	return m
}

// trimSiteName drops the site's name that page titles often carry after a
// separator ("Talks resume | The Daily Paper").
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// jsonLD reads headline, datePublished and publisher name from a JSON-LD
// block: an object, an array of objects or an @graph.
func jsonLD(src string, m *htmlMeta) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
			typ := strings.ToLower(jsonString(t["@type"]))
			m.signs.addType(typ)
			if d := normaliseDate(jsonString(t["dateModified"])); d != "" {
				m.modified += " " + d
			}
			if d := normaliseDate(jsonString(t["datePublished"])); d != "" {
				m.declared += " " + d
			}
			if !strings.Contains(typ, "article") && !strings.Contains(typ, "posting") && !strings.Contains(typ, "report") {
				return
			}
			if m.published == "" {
				m.published = normaliseDate(jsonString(t["datePublished"]))
				m.utcStamp, m.utcHour = isUTCStamp(jsonString(t["datePublished"]))
			}
			if m.title == "" {
				m.title = jsonString(t["headline"])
			}
			if m.publisher == "" {
				if p, ok := t["publisher"].(map[string]any); ok {
					m.publisher = jsonString(p["name"])
				} else if ps, ok := t["publisher"].([]any); ok && len(ps) > 0 {
					if p, ok := ps[0].(map[string]any); ok {
						m.publisher = jsonString(p["name"])
					}
				}
			}
		}
	}
	visit(v, 0)
}

func jsonString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return jsonString(t[0])
		}
	}
	return ""
}

var (
	isoDatePrefix   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	slashDatePrefix = regexp.MustCompile(`^(\d{4})/(\d{2})/(\d{2})`)
)

// dateLayouts are the other ways meta tags write a date.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "20060102", "2006/01/02", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "02.01.2006", "02.01.2006 15:04", "02.01.2006 15:04:05", "Mon, 2 Jan 2006 15:04:05 -0700", "2006-01-02T15:04",
}

// normaliseDate gives a date as YYYY-MM-DD, or "" when s is not a
// plausible date.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := isoDatePrefix.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[0]); err == nil && plausibleYear(t) {
			return m[0]
		}
		return ""
	}
	if m := slashDatePrefix.FindStringSubmatch(s); m != nil {
		s = m[0]
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// utcStamp matches a timestamp with a time of day in UTC.
var utcStamp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]00:?00)$`)

// isUTCStamp reports a date written as a UTC timestamp, and its hour: its
// day is Greenwich's, which may not be the day the page shows its readers.
func isUTCStamp(s string) (bool, int) {
	m := utcStamp.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false, 0
	}
	return true, atoi(m[1])
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	return ""
}

// americasRegions are the countries of the Americas whose sites write
// locales: their time zones lie from UTC-3 to UTC-10.
var americasRegions = map[string]bool{
	"us": true, "ca": true, "mx": true, "br": true, "ar": true, "cl": true, "co": true, "pe": true,
	"ve": true, "ec": true, "bo": true, "py": true, "uy": true, "gt": true, "cr": true, "pa": true,
	"do": true, "pr": true, "cu": true, "hn": true, "sv": true, "ni": true,
}

// inAmericas reports a locale ("en_US", "es-MX") of a country of the
// Americas.
func inAmericas(locale string) bool {
	_, region, ok := strings.Cut(strings.ReplaceAll(strings.TrimSpace(locale), "_", "-"), "-")
	return ok && americasRegions[strings.ToLower(region)]
}
