package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints every figure of s, one aligned row per file and a total
// row, followed by the gold events missed and the predictions matched to
// nothing, so a reader sees why a figure is what it is.
func (s Score) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	width := len("TOTAL")
	for _, f := range s.Files {
		width = max(width, len(f.File))
	}
	fmt.Fprintf(tw, "%-*s\tpredicted\tmatched\trequired found\tprecision\trecall\tF1\tstatus\tdate exact\tpeople\tlocation\t\n", width, "file")
	for _, f := range s.Files {
		writeRow(tw, width, f.File, f.Counts)
	}
	writeRow(tw, width, "TOTAL", s.Total)
	if err := tw.Flush(); err != nil {
		return err
	}
	var notes strings.Builder
	for _, f := range s.Files {
		if len(f.Missed) == 0 && len(f.Unmatched) == 0 {
			continue
		}
		fmt.Fprintf(&notes, "%s:", f.File)
		if len(f.Missed) > 0 {
			fmt.Fprintf(&notes, " missed %s;", strings.Join(f.Missed, " "))
		}
		if len(f.Unmatched) > 0 {
			fmt.Fprintf(&notes, " unmatched predictions %s", strings.Join(f.Unmatched, " "))
		}
		notes.WriteString("\n")
	}
	if notes.Len() > 0 {
		if _, err := fmt.Fprintf(w, "\n%s", notes.String()); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, "\n"+s.Total.Summary())
	return err
}

func writeRow(w io.Writer, width int, name string, c Counts) {
	fmt.Fprintf(w, "%-*s\t%d\t%d\t%d/%d\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t\n",
		width, name, c.Predicted, c.Matched, c.Found, c.Required,
		c.Precision(), c.Recall(), c.F1(),
		fraction(c.Status, c.Found), fraction(c.DateExact, c.Dated),
		fraction(c.People, c.PeopleN), fraction(c.Location, c.LocationN))
}

// fraction prints a/b with its percentage, or "-" when nothing was scored.
func fraction(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d %3.0f%%", a, b, 100*float64(a)/float64(b))
}

// Summary is the one-line total in the words of shared/gold/score.py, so the
// two scorers can be compared line for line.
func (c Counts) Summary() string {
	return fmt.Sprintf("TOTAL precision=%.3f recall=%.3f F1=%.3f status=%d/%d date_exact=%d/%d people=%d/%d location=%d/%d",
		c.Precision(), c.Recall(), c.F1(), c.Status, c.Found, c.DateExact, c.Dated,
		c.People, c.PeopleN, c.Location, c.LocationN)
}
