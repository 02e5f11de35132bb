// Package plover holds facts about the PLOVER event ontology that analysts'
// tools expect beside a PLOVER type: its quad category (verbal or material,
// cooperation or conflict) and the CAMEO root code PLOVER's own conversion
// table gives for it. Both are tables in data/, embedded; the CAMEO table is
// derived from PLOVER's CAMEO2PLOVER-2021.txt by ./gencameo.
package plover

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
)

// Quad is one of PLOVER's four quad categories.
type Quad string

const (
	VerbalCooperation   Quad = "verbal_cooperation"
	MaterialCooperation Quad = "material_cooperation"
	VerbalConflict      Quad = "verbal_conflict"
	MaterialConflict    Quad = "material_conflict"
)

// Quads lists the categories in their customary order, 1 to 4 (the order of
// GDELT's and POLECAT's quad codes).
var Quads = []Quad{VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict}

// Code is the category's number in that order, 0 for none.
func (q Quad) Code() int {
	for i, x := range Quads {
		if x == q {
			return i + 1
		}
	}
	return 0
}

// Label is the category's name for people: "verbal cooperation".
func (q Quad) Label() string { return strings.ReplaceAll(string(q), "_", " ") }

//go:embed data/quad.tsv
var quadTable []byte

//go:embed data/cameo.tsv
var cameoTable []byte

type key struct{ typ, mode string }

var (
	quads = map[key]Quad{}
	roots = map[key]string{}
)

func init() {
	// The tables are part of the binary and tested: a bad row is a bug.
	err := readTable(quadTable, 3, func(f []string) error {
		q := Quad(f[2])
		if q.Code() == 0 {
			return fmt.Errorf("unknown quad category %q", f[2])
		}
		quads[key{f[0], f[1]}] = q
		return nil
	})
	if err == nil {
		err = readTable(cameoTable, 4, func(f []string) error {
			roots[key{f[0], f[1]}] = f[2]
			return nil
		})
	}
	if err != nil {
		panic("plover: " + err.Error())
	}
}

func readTable(data []byte, cols int, row func([]string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("table line %d: want %d tab-separated fields, got %d", n, cols, len(f))
		}
		if err := row(f); err != nil {
			return fmt.Errorf("table line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// QuadOf is the quad category of a PLOVER type and mode, "" for a type the
// table does not know.
func QuadOf(typ, mode string) Quad {
	typ, mode = strings.ToUpper(typ), strings.ToLower(mode)
	if q, ok := quads[key{typ, mode}]; ok {
		return q
	}
	return quads[key{typ, ""}]
}

// CAMEORoot is the two-digit CAMEO root code of a PLOVER type and mode, ""
// for a type PLOVER's conversion table does not reach.
func CAMEORoot(typ, mode string) string {
	typ, mode = strings.ToUpper(typ), strings.ToLower(mode)
	if r, ok := roots[key{typ, mode}]; ok {
		return r
	}
	return roots[key{typ, ""}]
}
