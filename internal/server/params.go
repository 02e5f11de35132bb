package server

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"storyline/internal/store"
)

// plover lists the PLOVER event types the coder gives (CONTRACT.md).
var plover = []string{
	"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

var statuses = []string{"planned", "occurred", "cancelled", "unknown"}

// paramError is a bad query parameter; its message says which and why.
type paramError struct {
	name, value, want string
}

func (e *paramError) Error() string {
	return fmt.Sprintf("bad parameter %q = %q: want %s", e.name, clip(e.value, 80), e.want)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// paging limits.
const (
	defaultLimit = 50
	maxLimit     = 1000
	maxOffset    = 10_000_000
)

// eventParams are the query parameters of /api/events and the timeline.
var eventParams = []string{"country", "actor", "pair", "type", "mode", "status", "from", "to", "q", "limit", "offset"}

// parseEventFilter reads the filters of `storyline events` from a query.
// Empty values do not filter (an HTML form sends every field). strict
// refuses parameters it does not know, so a typo in an API call is an error
// rather than a silently unfiltered answer.
func parseEventFilter(q url.Values, strict bool, limit int) (store.Filter, error) {
	var f store.Filter
	if err := checkKnown(q, eventParams, strict); err != nil {
		return f, err
	}
	var err error
	if v := q.Get("country"); v != "" {
		if f.Country, err = countryCode("country", v); err != nil {
			return f, err
		}
	}
	if f.Actor, err = textParam(q, "actor", 200, "an actor id or name of at most 200 bytes"); err != nil {
		return f, err
	}
	for _, raw := range q["pair"] {
		for _, v := range strings.Split(raw, ",") {
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			code, err := countryCode("pair", v)
			if err != nil {
				return f, err
			}
			if !slices.Contains(f.Pair, code) {
				f.Pair = append(f.Pair, code)
			}
		}
	}
	if len(f.Pair) > 8 {
		return f, &paramError{"pair", strings.Join(q["pair"], ","), "at most 8 country codes"}
	}
	if v := q.Get("type"); v != "" {
		v = strings.ToUpper(strings.TrimSpace(v))
		if !slices.Contains(plover, v) {
			return f, &paramError{"type", q.Get("type"), "a PLOVER type: " + strings.Join(plover, ", ")}
		}
		f.Type = v
	}
	if v := q.Get("mode"); v != "" {
		v = strings.ToLower(strings.TrimSpace(v))
		if len(v) > 32 || strings.IndexFunc(v, func(r rune) bool { return (r < 'a' || r > 'z') && r != '_' && r != '-' }) >= 0 {
			return f, &paramError{"mode", q.Get("mode"), "a mode such as visit, meet, phone, virtual, multilateral"}
		}
		f.Mode = v
	}
	if v := q.Get("status"); v != "" {
		v = strings.ToLower(strings.TrimSpace(v))
		if !slices.Contains(statuses, v) {
			return f, &paramError{"status", q.Get("status"), "one of " + strings.Join(statuses, ", ")}
		}
		f.Status = v
	}
	if f.From, err = day(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = day(q, "to"); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, &paramError{"to", f.To, "a day on or after from = " + f.From}
	}
	if f.Text, err = textParam(q, "q", 500, "words of at most 500 bytes"); err != nil {
		return f, err
	}
	if f.Limit, f.Offset, err = paging(q, limit); err != nil {
		return f, err
	}
	return f, nil
}

// actorFilter reads the filters of the actor list from a query.
func actorFilter(q url.Values, limit int) (store.ActorFilter, error) {
	var f store.ActorFilter
	var err error
	if v := q.Get("country"); v != "" {
		if f.Country, err = countryCode("country", v); err != nil {
			return f, err
		}
	}
	if f.Query, err = textParam(q, "q", 200, "part of a name, at most 200 bytes"); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = paging(q, limit)
	return f, err
}

// searchQuery reads the words of a search, which the API and the search
// page take alike.
func searchQuery(q url.Values) (string, error) {
	return textParam(q, "q", 500, "a query of at most 500 bytes")
}

// textParam reads the text name from q, trimmed, of at most max bytes.
func textParam(q url.Values, name string, max int, want string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if len(v) > max {
		return "", &paramError{name, v, want}
	}
	return v, nil
}

// checkKnown refuses, when strict, parameters outside known.
func checkKnown(q url.Values, known []string, strict bool) error {
	if !strict {
		return nil
	}
	for k := range q {
		if !slices.Contains(known, k) {
			return fmt.Errorf("unknown parameter %q: this endpoint takes %s", clip(k, 40), strings.Join(known, ", "))
		}
	}
	return nil
}

func countryCode(name, v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if len(v) != 3 || strings.IndexFunc(v, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return "", &paramError{name, v, "an ISO 3166-1 alpha-3 country code such as JPN"}
	}
	return v, nil
}

func day(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", &paramError{name, v, "a day as YYYY-MM-DD"}
	}
	return v, nil
}

// paging reads limit (1..maxLimit, default def) and offset (0..maxOffset).
func paging(q url.Values, def int) (limit, offset int, err error) {
	if limit, err = intParam(q, "limit", def, 1, maxLimit); err != nil {
		return 0, 0, err
	}
	if offset, err = intParam(q, "offset", 0, 0, maxOffset); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// intParam reads the whole number name from q: def when it is absent, an
// error unless lo <= n <= hi.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, &paramError{name, v, fmt.Sprintf("a whole number from %d to %d", lo, hi)}
	}
	return n, nil
}

// validID accepts the ids the store makes (hex hashes, actor slugs); the
// check keeps junk out of logs and error messages, not out of SQL (queries
// are parameterised).
func validID(id string) bool {
	if id == "" || len(id) > 200 {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return r < 0x20 || r == 0x7f || r == '/' || r == '\\'
	}) < 0
}
