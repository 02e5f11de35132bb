package merge

import (
	"slices"
	"strings"
)

// Month is the calendar month ("2024-03") a report's date points to, which
// a large group is merged by (Options.MonthlyFrom): that of its first day
// when its text dates it to a day or a short range, else that of the
// middle of the days it may be of (a week, a month, a year, or the days
// around its publication); "" for a report nothing dates. It depends on
// the report alone, so a group merged month by month gives the same
// events whatever reports came before or in which batch.
func Month(r *Report) string {
	it := dateItem(r, Options{})
	if it.undated {
		return ""
	}
	d := it.start
	if !it.precise {
		d = it.start + (it.end-it.start)/2
	}
	return epoch.AddDate(0, 0, d).Format("2006-01")
}

// Monthly says whether a group of n reports is merged month by month.
func (o Options) Monthly(n int) bool { return o.MonthlyFrom > 0 && n >= o.MonthlyFrom }

// ByMonth splits a group's reports by Month, in month order ("" first).
func ByMonth(reports []*Report) [][]*Report {
	idx := map[string]int{}
	var months []string
	var out [][]*Report
	for _, r := range reports {
		m := Month(r)
		i, ok := idx[m]
		if !ok {
			i = len(out)
			idx[m] = i
			months = append(months, m)
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(months[a], months[b]) })
	sorted := make([][]*Report, len(out))
	for i, j := range order {
		sorted[i] = out[j]
	}
	return sorted
}
