package plover

import (
	"os"
	"os/exec"
	"testing"
)

func TestQuadOf(t *testing.T) {
	for _, c := range []struct {
		typ, mode string
		want      Quad
	}{
		{"CONSULT", "visit", VerbalCooperation},
		{"consult", "", VerbalCooperation},
		{"AID", "", MaterialCooperation},
		{"RETREAT", "release", MaterialCooperation},
		{"ACCUSE", "investigate", MaterialCooperation},
		{"ACCUSE", "allege", VerbalConflict},
		{"REQUEST", "", VerbalConflict},
		{"SANCTION", "expel", VerbalConflict},
		{"ASSAULT", "firearms", MaterialConflict},
		{"MOBILIZE", "", MaterialConflict},
		{"STATEMENT", "", ""},
	} {
		if got := QuadOf(c.typ, c.mode); got != c.want {
			t.Errorf("QuadOf(%q, %q) = %q, want %q", c.typ, c.mode, got, c.want)
		}
	}
}

func TestEveryCodedTypeHasQuadAndRoot(t *testing.T) {
	// The types of the output contract (docs/CONTRACT.md).
	for _, typ := range []string{"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "CONCEDE", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"} {
		if QuadOf(typ, "") == "" {
			t.Errorf("%s has no quad category", typ)
		}
		if r := CAMEORoot(typ, ""); len(r) != 2 {
			t.Errorf("%s has CAMEO root %q", typ, r)
		}
	}
}

func TestCAMEORoot(t *testing.T) {
	for _, c := range []struct{ typ, mode, want string }{
		{"CONSULT", "meet", "04"}, // no row of its own: the type's
		{"CONSULT", "phone", "04"},
		{"AGREE", "", "03"},
		{"CONCEDE", "", "08"},
		{"RETREAT", "ceasefire", "08"},
		{"ACCUSE", "", "11"},
		{"ACCUSE", "investigate", "09"},
		{"SANCTION", "withdraw", "16"},
		{"COERCE", "", "17"},
		{"ASSAULT", "", "18"},
		{"ASSAULT", "firearms", "19"},
		{"ASSAULT", "massacre", "20"},
		{"CRIME", "", ""},
	} {
		if got := CAMEORoot(c.typ, c.mode); got != c.want {
			t.Errorf("CAMEORoot(%q, %q) = %q, want %q", c.typ, c.mode, got, c.want)
		}
	}
}

func TestQuadCode(t *testing.T) {
	if VerbalCooperation.Code() != 1 || MaterialConflict.Code() != 4 || Quad("x").Code() != 0 {
		t.Error("quad codes are not 1..4 in order")
	}
	if VerbalConflict.Label() != "verbal conflict" {
		t.Errorf("label %q", VerbalConflict.Label())
	}
}

// TestCAMEOTableIsDerived regenerates data/cameo.tsv from PLOVER's
// conversion table beside the repository and compares.
func TestCAMEOTableIsDerived(t *testing.T) {
	const src = "../../../shared/gold/plover/CAMEO2PLOVER-2021.txt"
	if _, err := os.Stat(src); err != nil {
		t.Skip("no " + src + ": the conversion table is not beside the repository")
	}
	out, err := exec.Command("go", "run", "./gencameo", "-in", src).Output()
	if err != nil {
		t.Fatalf("run gencameo: %v", err)
	}
	if string(out) != string(cameoTable) {
		t.Error("data/cameo.tsv differs from what gencameo derives: run go run ./internal/plover/gencameo -in " + src + " -out internal/plover/data/cameo.tsv")
	}
}
