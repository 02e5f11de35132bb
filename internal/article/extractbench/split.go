package extractbench

import (
	"hash/fnv"
	"net/url"
	"strings"
)

// Halves of a development set: rules are tuned on Dev, and Check is only
// looked at to report how they hold on sites they were not tuned on.
const (
	Dev   = "dev"
	Check = "check"
)

// Half puts a page in the dev or check half by its site, so that two pages
// of one site never fall on both sides: FNV-1a of the host name (lower
// case, without "www."), even → dev, odd → check.
func Half(host string) string {
	host = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(host)), "www.")
	h := fnv.New32a()
	h.Write([]byte(host))
	if h.Sum32()%2 == 0 {
		return Dev
	}
	return Check
}

// HostOf gives the host name of a page address ("" when it has none).
func HostOf(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	return u.Hostname()
}
