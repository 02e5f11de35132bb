// Command gencameo derives the PLOVER -> CAMEO root table of package plover
// (data/cameo.tsv) from PLOVER's own CAMEO -> PLOVER conversion table,
// CAMEO2PLOVER-2021.txt of the PLOVER repository (draft 0.8, 2021-09-17).
//
// Each line of that table maps one CAMEO code to a PLOVER type, mode and
// context ("0841: RETREAT, release, legal # Return, release person(s)").
// For each PLOVER (type, mode) the derived table gives the CAMEO root (the
// code's first two digits) that most of its CAMEO codes fall under, the
// lower root on a tie; the row with an empty mode does the same over every
// code of the type, for events whose mode is unknown or has no CAMEO
// counterpart. Two-digit lines are section headings and are not counted.
//
// Usage:
//
//	go run ./internal/plover/gencameo -in CAMEO2PLOVER-2021.txt -out internal/plover/data/cameo.tsv
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

func main() {
	in := flag.String("in", "", "the CAMEO -> PLOVER conversion `file` (CAMEO2PLOVER-2021.txt)")
	out := flag.String("out", "", "write the table to this `file` instead of standard output")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "gencameo: give -in CAMEO2PLOVER-2021.txt")
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencameo:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := parseConversion(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	var w io.Writer = os.Stdout
	if out != "" {
		file, err := os.Create(out)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	if err := writeTable(w, deriveRoots(rows)); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// conversion is one line of the CAMEO -> PLOVER table.
type conversion struct {
	Code, Type, Mode string
}

// parseConversion reads the table's code lines; comments, blank lines and
// the closing rule are skipped. A code line that does not parse is an error
// naming its line.
func parseConversion(r io.Reader) ([]conversion, error) {
	var out []conversion
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.Trim(line, "~") == "" {
			continue
		}
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
			return nil, fmt.Errorf("line %d: want CODE: TYPE, MODE, CONTEXT, got %q", n, sc.Text())
		}
		fields := strings.Split(rest, ",")
		typ := strings.TrimSpace(fields[0])
		if typ == "" || strings.ToUpper(typ) != typ {
			return nil, fmt.Errorf("line %d: want an upper-case PLOVER type, got %q", n, typ)
		}
		mode := ""
		if len(fields) > 1 {
			mode = strings.TrimSpace(fields[1])
		}
		out = append(out, conversion{Code: code, Type: typ, Mode: mode})
	}
	return out, sc.Err()
}

// root is one row of the derived table.
type root struct {
	Type, Mode, Root string
	Codes            []string // the CAMEO codes of the type and mode
}

// deriveRoots picks the CAMEO root of every PLOVER type and (type, mode).
func deriveRoots(rows []conversion) []root {
	type key struct{ typ, mode string }
	codes := map[key][]string{}
	for _, r := range rows {
		if len(r.Code) < 3 { // a section heading
			continue
		}
		codes[key{r.Type, ""}] = append(codes[key{r.Type, ""}], r.Code)
		if r.Mode != "" {
			codes[key{r.Type, r.Mode}] = append(codes[key{r.Type, r.Mode}], r.Code)
		}
	}
	var out []root
	for k, cs := range codes {
		slices.Sort(cs)
		cs = slices.Compact(cs)
		votes := map[string]int{}
		for _, c := range cs {
			votes[c[:2]]++
		}
		best := ""
		for r, n := range votes {
			if best == "" || n > votes[best] || (n == votes[best] && r < best) {
				best = r
			}
		}
		out = append(out, root{Type: k.typ, Mode: k.mode, Root: best, Codes: cs})
	}
	slices.SortFunc(out, func(a, b root) int {
		return cmp.Or(cmp.Compare(a.Type, b.Type), cmp.Compare(a.Mode, b.Mode))
	})
	return out
}

func writeTable(w io.Writer, roots []root) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# PLOVER type and mode -> CAMEO root code, derived by internal/plover/gencameo")
	fmt.Fprintln(bw, "# from CAMEO2PLOVER-2021.txt (PLOVER repository, draft 0.8, 2021-09-17, CC BY-SA 4.0):")
	fmt.Fprintln(bw, "# the root most of the CAMEO codes converted to the type (and mode) fall under.")
	fmt.Fprintln(bw, "# An empty mode is the row for any mode without a row of its own.")
	fmt.Fprintln(bw, "# plover_type\tplover_mode\tcameo_root\tcameo_codes")
	for _, r := range roots {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", r.Type, r.Mode, r.Root, strings.Join(r.Codes, " "))
	}
	return bw.Flush()
}
