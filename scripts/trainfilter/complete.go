package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"storyline/internal/coder"
	"storyline/internal/eval"
	"storyline/internal/event"
)

// The completion check (internal/coder/complete14.go): a logistic model over
// the filter's features that says which one-sided acts completed with the
// page's other side to keep. It is trained on the completed acts of the dev
// pages alone, labelled by whether the corpus scorer matches them when every
// event of the page is scored; its threshold keeps an act when it is right
// at least as often as the rules' own events are (their dev precision), so
// that what it adds does not lower precision. The figures it prints re-score
// the dev pages with the rules' events and the completed acts kept.

var completeOut, completeCost string

// completionData is what the completion check is trained and judged on.
type completionData struct {
	gold  *eval.Gold
	plain []event.Event // the rules' own events
	done  []event.Event // the completed acts, in the order of exs
	exs   []example
}

func newCompletionData(gold *eval.Gold, all []event.Event, completed map[string]bool, feats map[string][]float64, groups map[string]string) (*completionData, error) {
	cd := &completionData{gold: gold}
	for _, p := range all {
		if completed[p.ID] {
			cd.done = append(cd.done, p)
		} else {
			cd.plain = append(cd.plain, p)
		}
	}
	score := eval.ScoreEvents(gold, all)
	right, required := map[string]bool{}, map[string]bool{}
	for i, fs := range score.Files {
		req := map[string]bool{}
		for _, ge := range gold.Docs[i].Events {
			req[ge.ID] = ge.Required
		}
		for j, pid := range fs.MatchedTo {
			right[pid] = true
			required[pid] = required[pid] || req[fs.MatchedIDs[j]]
		}
	}
	for _, p := range cd.done {
		x, ok := feats[p.ID]
		if !ok {
			return nil, fmt.Errorf("completed event %s has no features", p.ID)
		}
		file := p.Evidence[0].Source[strings.LastIndexByte(p.Evidence[0].Source, '/')+1:]
		cd.exs = append(cd.exs, example{x: held(x), right: right[p.ID], required: required[p.ID], group: groups[file], file: file})
	}
	if d := os.Getenv("TRAINFILTER_COMPLETE_DUMP"); d != "" {
		f, err := os.Create(d)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		for i, p := range cd.done {
			e := cd.exs[i]
			enc.Encode(map[string]any{"file": e.file, "type": p.Type, "right": e.right, "required": e.required, "countries": p.Countries(), "text": p.Evidence[0].Text, "x": e.x})
		}
	}
	return cd, nil
}

// rescore scores the rules' events and the completed acts kept: the whole
// dev set and its last letter group (y-z).
func (cd *completionData) rescore(keep []bool) (all, yz eval.Counts) {
	preds := append([]event.Event(nil), cd.plain...)
	for i, p := range cd.done {
		if keep == nil || keep[i] {
			preds = append(preds, p)
		}
	}
	s := eval.ScoreEvents(cd.gold, preds)
	for _, fs := range s.Files {
		if letterGroup(fs.File) == len(letterGroups)-1 {
			yz.Predicted += fs.Predicted
			yz.Matched += fs.Matched
			yz.Required += fs.Required
			yz.Found += fs.Found
		}
	}
	return s.Total, yz
}

func f1(c eval.Counts) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func line(name string, c, yz eval.Counts) {
	fmt.Printf("  %-44s P %.3f R %.3f F1 %.3f (%d/%d found, %d predicted); y-z P %.3f R %.3f\n",
		name, c.Precision(), c.Recall(), f1(c), c.Found, c.Required, c.Predicted, yz.Precision(), yz.Recall())
}

// completionCost turns the share of the time a kept act must be right
// into pickThreshold's cost: dropping a right act must buy share/(1-share)
// wrong ones.
func completionCost(share float64) float64 { return (1 - share) / share }

func trainCompletion(cd *completionData, outFile string, k int, lambdas []float64) error {
	none := make([]bool, len(cd.exs))
	base, baseYZ := cd.rescore(none)
	allC, allYZ := cd.rescore(nil)
	pos := 0
	for _, e := range cd.exs {
		if e.right {
			pos++
		}
	}
	share := base.Precision()
	if completeCost != "" {
		v, err := strconv.ParseFloat(completeCost, 64)
		if err != nil {
			return fmt.Errorf("parse -complete-cost: %w", err)
		}
		share = v
	}
	cost := completionCost(share)
	fmt.Printf("completion check: %d completed acts on dev, %d right; keep at share %.3f (cost %.3f)\n", len(cd.exs), pos, share, cost)
	line("rules, no completion", base, baseYZ)
	line("every completion kept", allC, allYZ)
	if len(cd.exs) < 2*k {
		return fmt.Errorf("completion check: %d completed acts, too few to train", len(cd.exs))
	}
	fold := foldsByGroup(cd.exs, k)
	bestL, bestLoss := 0.0, math.Inf(1)
	for _, l := range lambdas {
		scores, err := crossValidate(cd.exs, fold, k, l)
		if err != nil {
			return err
		}
		loss := logLoss(scores, labels(cd.exs))
		fmt.Printf("  lambda %-6g cross-validated log loss %.4f\n", l, loss)
		if loss < bestLoss {
			bestL, bestLoss = l, loss
		}
	}
	note := map[string]any{}
	for _, by := range []string{"events", "letter_groups"} {
		keep, err := nestedKeep(cd.exs, by, k, bestL, cost)
		if err != nil {
			return err
		}
		c, yz := cd.rescore(keep)
		kr, kw := 0, 0
		for i, e := range cd.exs {
			if keep[i] && e.right {
				kr++
			} else if keep[i] {
				kw++
			}
		}
		line(fmt.Sprintf("nested held-out by %s (kept %d right, %d wrong)", by, kr, kw), c, yz)
		note[by] = map[string]any{"precision": round(c.Precision()), "recall": round(c.Recall()), "found": c.Found,
			"kept_right": kr, "kept_wrong": kw, "yz_precision": round(yz.Precision()), "yz_recall": round(yz.Recall())}
	}
	xs := make([][]float64, len(cd.exs))
	for i, e := range cd.exs {
		xs[i] = e.x
	}
	scores, err := crossValidate(cd.exs, fold, k, bestL)
	if err != nil {
		return err
	}
	t := pickThreshold(scores, labels(cd.exs), cost)
	m, err := fitLogit(xs, labels(cd.exs), bestL)
	if err != nil {
		return err
	}
	w, b := m.raw()
	for i := range w {
		w[i] = round(w[i])
	}
	keep := make([]bool, len(cd.exs))
	for i, e := range cd.exs {
		keep[i] = m.score(e.x) >= t
	}
	c, yz := cd.rescore(keep)
	line(fmt.Sprintf("trained on all dev (lambda %g, threshold %.3f)", bestL, t), c, yz)
	model := coder.FilterModel{
		Features: coder.CompleteFeatureNames(), Weights: w, Bias: round(b), Threshold: round(t),
		Note: map[string]any{
			"trained_by":       "go run ./scripts/trainfilter",
			"completed_acts":   len(cd.exs),
			"completed_right":  pos,
			"keep_share":       round(share),
			"lambda":           bestL,
			"no_completion":    map[string]any{"precision": round(base.Precision()), "recall": round(base.Recall())},
			"every_completion": map[string]any{"precision": round(allC.Precision()), "recall": round(allC.Recall())},
			"nested_held_out":  note,
		},
	}
	out, err := json.MarshalIndent(model, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(outFile, append(out, '\n'), 0o644); err != nil {
		return fmt.Errorf("write completion model: %w", err)
	}
	fmt.Printf("wrote %s\n", outFile)
	return nil
}

// nestedKeep says, for each example, whether a model and a threshold
// chosen without its part keep it.
func nestedKeep(exs []example, by string, k int, lambda, cost float64) ([]bool, error) {
	part := make([]int, len(exs))
	parts := k
	if by == "events" {
		part = foldsByGroup(exs, k)
	} else {
		parts = len(letterGroups)
		for i, e := range exs {
			part[i] = letterGroup(e.file)
		}
	}
	keep := make([]bool, len(exs))
	for f := 0; f < parts; f++ {
		var train []example
		for i, e := range exs {
			if part[i] != f {
				train = append(train, e)
			}
		}
		if len(train) == len(exs) {
			continue
		}
		inner := foldsByGroup(train, k-1)
		scores, err := crossValidate(train, inner, k-1, lambda)
		if err != nil {
			return nil, err
		}
		t := pickThreshold(scores, labels(train), cost)
		xs := make([][]float64, len(train))
		for i, e := range train {
			xs[i] = e.x
		}
		m, err := fitLogit(xs, labels(train), lambda)
		if err != nil {
			return nil, err
		}
		for i, e := range exs {
			if part[i] == f {
				keep[i] = m.score(e.x) >= t
			}
		}
	}
	return keep, nil
}
