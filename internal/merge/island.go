package merge

import (
	"cmp"
	"slices"
)

// A group's reports fall in runs of days with weeks of silence between
// them: a pair meets in March, again in June. No rule of the merge reaches
// across such a silence: precise reports chain across a day or two, a
// coarse report joins an event its days overlap, and the farthest reach,
// of a retelling or of a measure's coming into force, is a month
// (retellDays, forceDays). So a group is merged island by island: its
// reports sorted by their days (Span) and cut where a report's first day
// comes more than islandGap days after every earlier one's last. Each
// island is merged on its own (its particulars weighed among its own
// reports), and a batch of new reports needs only the islands it touches
// merged again, not the whole group.
//
// Two kinds of report hold a group together, and a group holding one is
// one island: a report nothing dates (it may be of any event of the
// group: placeUndated), and a day whose year was guessed (it is matched
// against the days of every other year: readYears).

// islandGap is how many days past the last day of every earlier report a
// report may start and still be in their island: the month of
// retellDays and forceDays and a day of slack.
const islandGap = 32

// Span is the days a report may be of as islands are cut (those its text
// or its publication gives, before its office holders' tenures narrow
// them), and whether it holds its group together (whole): nothing dates
// it, or its year is guessed. It depends on the report alone, so a store
// can keep it beside the report.
func Span(r *Report) (start, end int, whole bool) {
	it := dateItem(r, Options{})
	return it.start, it.end, it.undated || movable(it)
}

// Islands cuts a group's reports into its islands, in date order; all of
// them in one when a report holds the group together.
func Islands(reports []*Report) [][]*Report {
	spans := make([][2]int, len(reports))
	for i, r := range reports {
		s, e, whole := Span(r)
		if whole {
			return [][]*Report{reports}
		}
		spans[i] = [2]int{s, e}
	}
	bounds := IslandBounds(spans)
	if len(bounds) < 2 {
		return [][]*Report{reports}
	}
	out := make([][]*Report, len(bounds))
	for i, r := range reports {
		k, _ := slices.BinarySearchFunc(bounds, spans[i][0], func(b [2]int, start int) int { return cmp.Compare(b[1], start) })
		out[k] = append(out[k], r)
	}
	return out
}

// IslandBounds gives, for the spans (first and last day) of a group's
// reports, none of which holds the group together, the first and the last
// start of each island, in date order: an island's reports are those
// whose first day lies between its bounds. Sorted by first day, the
// reports are cut where one starts more than islandGap days after every
// earlier one ends.
func IslandBounds(spans [][2]int) [][2]int {
	sorted := slices.Clone(spans)
	slices.SortFunc(sorted, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	var bounds [][2]int
	for i := 0; i < len(sorted); {
		last := sorted[i][1]
		j := i + 1
		for ; j < len(sorted) && sorted[j][0] <= last+islandGap; j++ {
			last = max(last, sorted[j][1])
		}
		bounds = append(bounds, [2]int{sorted[i][0], sorted[j-1][0]})
		i = j
	}
	return bounds
}

// MergeIslands merges a group island by island (MergeGroup each).
func MergeIslands(reports []*Report, opts Options) []Merged {
	var out []Merged
	for _, island := range Islands(reports) {
		out = append(out, MergeGroup(island, opts)...)
	}
	return out
}
