package article

import (
	"fmt"
	"net/url"
	"regexp"
	"time"
)

// News sites write the day a story was published into its address
// (/2019/12/31/, /2018-05-25-, /20250508/). A text capture that shows no date
// of its own is dated by its address.
var addressDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])([/-]?)(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)

// dateInAddress returns the day an address writes in its path, or "".
// Both separators must be alike ("2019/12/31", "2019-12-31", "20191231").
func dateInAddress(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return ""
	}
	for _, m := range addressDate.FindAllStringSubmatch(u.Path, -1) {
		if m[2] != m[4] {
			continue
		}
		d := fmt.Sprintf("%s-%s-%s", m[1], m[3], m[5])
		if _, err := time.Parse(time.DateOnly, d); err == nil {
			return d
		}
	}
	// Folders may write month and day without their zeros:
	// "/2025/8/26/", "/2025/07/1/".
	if m := addressDateFolders.FindStringSubmatch(u.Path); m != nil {
		d := fmt.Sprintf("%s-%02d-%02d", m[1], atoi(m[2]), atoi(m[3]))
		if _, err := time.Parse(time.DateOnly, d); err == nil {
			return d
		}
	}
	return ""
}

// addressDateFolders is a day written as three folders of the path, month
// and day with or without a leading zero.
var addressDateFolders = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)`)
