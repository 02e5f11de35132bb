// Command trainfilter trains the coder's learned filter on the dev pages of
// the real-news corpus and writes its weights to internal/coder/data/filter.json.
//
//	go run ./scripts/trainfilter            # from the repository root
//
// It codes every dev page with the rules alone, labels each proposed event by
// whether the corpus scorer (internal/eval) matches it to a gold event of its
// page, and fits an L2-regularised logistic regression on the features the
// coder hands to Options.Observe. The events of three or more countries,
// which the filter does not score (coder.FilterScores), are left out of the
// fit and always kept in the figures. The regularisation and the threshold are
// chosen by cross-validation over folds of real events (every page of an
// event in one fold), so the figures it prints are for events the model did
// not see. The check pages are never read. Retrain after any change to the
// coder's rules: the features and the proposals change with them.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/eval"
	"storyline/internal/event"
	"storyline/scripts/internal/devcorpus"
)

// The defaults, which the committed model was trained with. The cost was 3
// until stop 44, when its threshold (0.2478) dropped a meeting of the sample
// captures the rules code right (score 0.230): the issue wants those
// captures kept and no right event of the extraction benchmark lost, so a
// right event dropped must now buy four wrong ones (threshold 0.2006).
const (
	defaultFolds   = 5
	defaultCost    = 4
	defaultLambdas = "1,3,10,30,100"
)

func main() {
	pages := flag.String("pages", "testdata/realnews", "real-news corpus `folder`")
	out := flag.String("out", "internal/coder/data/filter.json", "model `file` to write")
	folds := flag.Int("folds", defaultFolds, "cross-validation folds (by real event)")
	cost := flag.Float64("cost", defaultCost, "how many wrong events dropping one right event must buy")
	lambdas := flag.String("lambdas", defaultLambdas, "L2 weights to try, comma-separated")
	flag.StringVar(&benchPages, "bench-pages", "", "also print what the model drops on the labelled extraction-benchmark pages in `folder` (../shared/bench/article-extraction/html)")
	flag.StringVar(&seedGold, "seed-gold", "", "also print what the model drops on the sample captures, scored against the gold `file` (../shared/gold/seeds.json)")
	flag.BoolVar(&explainGuards, "explain", false, "with -bench-pages or -seed-gold: print each of their events' score and the features that weigh most in it")
	leave := flag.String("leave-out", "", "feature name `prefixes` to hold at zero, comma-separated (\"type.,parties.\"), to measure what they bring")
	hold := flag.String("hold-out", "", "page `groups` (the letters of their files, comma-separated: \"bh,bi\") to leave out of training and score after it, as pages the model never saw; groups whose gold says \"unread\": true always are")
	flag.StringVar(&dumpFile, "dump", "", "write every dev example with its cross-validated score to `file` (JSON lines), to read what the filter keeps")
	flag.IntVar(&boostRounds, "boost", 0, "measure boosted trees of depth two with `n` rounds instead of the logistic model in the cross-validation (lambda then weighs their leaves); the model written and the guards stay logistic")
	flag.Parse()
	for _, g := range strings.Split(*hold, ",") {
		if g = strings.TrimSpace(g); g != "" {
			holdOut = append(holdOut, g)
		}
	}
	for _, p := range strings.Split(*leave, ",") {
		if p = strings.TrimSpace(p); p != "" {
			leaveOut = append(leaveOut, p)
		}
	}
	if err := run(*pages, *out, *folds, *cost, *lambdas); err != nil {
		fmt.Fprintln(os.Stderr, "trainfilter:", err)
		os.Exit(1)
	}
}

// example is one proposed event of a dev page.
type example struct {
	x        []float64
	right    bool // matched to a gold event of its page
	required bool // matched to a required gold event
	group    string
	file     string // the page
	out      bool   // outside the filter's scope: never scored, always kept
	ev       event.Event
}

func run(dir, outFile string, k int, cost float64, lambdaList string) error {
	var lambdas []float64
	for _, s := range strings.Split(lambdaList, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return fmt.Errorf("parse -lambdas %q: %w", lambdaList, err)
		}
		lambdas = append(lambdas, v)
	}
	exs, byFile, err := examples(dir)
	if err != nil {
		return err
	}
	exs, heldExs := splitHeldOut(exs)
	base := countsOf(byFile, false)
	pos := 0
	for _, e := range exs {
		if e.right {
			pos++
		}
	}
	fmt.Printf("dev: %d proposed events, %d right; rules alone P %.3f R %.3f (%d/%d found, %d extras)\n",
		len(exs), pos, base.Precision(), base.Recall(), base.Found, base.Required, base.Predicted-base.Matched)

	fold := foldsByGroup(exs, k)
	bestL, bestLoss := 0.0, math.Inf(1)
	var oof []float64
	for _, l := range lambdas {
		scores, err := crossValidate(exs, fold, k, l)
		if err != nil {
			return err
		}
		loss := logLoss(scoredOnly(exs, scores))
		fmt.Printf("lambda %-6g cross-validated log loss %.4f\n", l, loss)
		if loss < bestLoss {
			bestL, bestLoss, oof = l, loss, scores
		}
	}
	t := steadyThreshold(oof, labels(exs), groupsOf(exs), cost)
	if dumpFile != "" {
		if err := dump(dumpFile, exs, oof, t); err != nil {
			return err
		}
	}
	fmt.Printf("chosen lambda %g; threshold %.4f (cost %g; the highest gain is at %.4f); cross-validated AUC %.4f\n",
		bestL, t, cost, pickThreshold(oof, labels(exs), cost), auc(scoredOnly(exs, oof)))
	fmt.Printf("cross-validated wrong events dropped for the first right ones dropped:%s\n", curve(scoredOnly(exs, oof)))
	fmt.Println("cross-validated on dev (held-out events), dropping scores below each threshold:")
	var cvNote map[string]any
	for _, th := range []float64{0.1, 0.2, 0.3, 0.4, 0.5, t} {
		f := filtered(exs, oof, th, base)
		fmt.Printf("  threshold %.4f: P %.3f R %.3f, %d kept, dropped %d right and %d wrong\n", th, f.p, f.r, f.kept, f.dropRight, f.dropWrong)
		if th == t {
			cvNote = map[string]any{"precision": round(f.p), "recall": round(f.r), "dropped_right": f.dropRight, "dropped_wrong": f.dropWrong}
		}
	}

	// The figures above choose the threshold on the scores they report.
	// Nested: each held-out part gets a model and a threshold chosen on
	// the other parts alone (lambda as chosen), by real event and by the
	// corpus's letter groups (a-c, d-h, i-l, m-p, q-t, y-z).
	heldOut := map[string]any{}
	for _, by := range []string{"events", "letter_groups"} {
		h, err := nestedCV(exs, by, k, bestL, cost, base)
		if err != nil {
			return err
		}
		fmt.Printf("nested held-out by %s: P %.3f R %.3f (%d/%d found, %d extras), dropped %d right and %d wrong; y-z P %.3f R %.3f (rules %.3f %.3f)\n",
			by, h.p, h.r, h.found, base.Required, h.extras, h.dropRight, h.dropWrong, h.yz.p, h.yz.r, h.yzBase.p, h.yzBase.r)
		heldOut[by] = map[string]any{"precision": round(h.p), "recall": round(h.r), "found": h.found, "extras": h.extras,
			"dropped_right": h.dropRight, "dropped_wrong": h.dropWrong, "yz_precision": round(h.yz.p), "yz_recall": round(h.yz.r)}
	}

	xs, ys := inScope(exs)
	m, err := fitLogit(xs, ys, bestL)
	if err != nil {
		return err
	}
	w, b := m.raw()
	for i := range w {
		w[i] = round(w[i])
	}
	var final scorer = m
	model := coder.FilterModel{
		Features: coder.FeatureNames(), Weights: w, Bias: round(b), Threshold: round(t),
		Note: map[string]any{
			"trained_by":      "go run ./scripts/trainfilter",
			"dev_proposals":   len(exs),
			"dev_right":       pos,
			"rules_alone":     map[string]any{"precision": round(base.Precision()), "recall": round(base.Recall())},
			"cross_validated": cvNote,
			"nested_held_out": heldOut,
			"folds":           k,
			"lambda":          bestL,
			"cost":            cost,
		},
	}
	b2, err := json.MarshalIndent(model, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(outFile, append(b2, '\n'), 0o644); err != nil {
		return fmt.Errorf("write filter model: %w", err)
	}
	type fw struct {
		name string
		w    float64
	}
	var ws []fw
	for j, name := range coder.FeatureNames() {
		ws = append(ws, fw{name, m.w[j]})
	}
	sort.Slice(ws, func(a, b int) bool { return math.Abs(ws[a].w) > math.Abs(ws[b].w) })
	fmt.Println("largest standardised weights:")
	for _, x := range ws[:min(12, len(ws))] {
		fmt.Printf("  %-28s %+.3f\n", x.name, x.w)
	}
	fmt.Printf("wrote %s\n", outFile)
	if len(holdOut) > 0 {
		reportHeldOut(heldExs, countsOf(byFile, true), final, t)
	}
	keepIt := func(e event.Event, x []float64) bool { return !coder.FilterScores(e) || final.score(held(x)) >= t }
	if explainGuards {
		explain = func(x []float64) string {
			x = held(x)
			type c struct {
				n string
				v float64
			}
			var cs []c
			for j, name := range coder.FeatureNames() {
				cs = append(cs, c{name, m.w[j] * (x[j] - m.mean[j]) / m.scale[j]})
			}
			sort.Slice(cs, func(a, b int) bool { return math.Abs(cs[a].v) > math.Abs(cs[b].v) })
			s := fmt.Sprintf("score %.3f (t %.3f):", m.score(x), t)
			for _, x := range cs[:8] {
				s += fmt.Sprintf(" %s %+.2f", x.n, x.v)
			}
			return s
		}
	}
	if benchPages != "" {
		if err := guardBench(benchPages, keepIt); err != nil {
			fmt.Fprintln(os.Stderr, "trainfilter: benchmark pages:", err)
		}
	}
	if seedGold != "" {
		if err := guardSeeds(seedGold, keepIt); err != nil {
			fmt.Fprintln(os.Stderr, "trainfilter: sample captures:", err)
		}
	}
	return nil
}

// examples codes the dev pages and labels every proposed event; it also
// gives the rules' counts of every page.
func examples(dir string) ([]example, map[string]eval.Counts, error) {
	corpus, err := eval.LoadPages(dir)
	if err != nil {
		return nil, nil, err
	}
	corpus = corpus.Split("dev")
	holdOutUnread(corpus.Docs)
	var caps []capture.Capture
	groups := map[string]string{} // page file -> its real event
	gold := &eval.Gold{}
	for _, d := range corpus.Docs {
		body, err := os.ReadFile(corpus.TextPath(d))
		if err != nil {
			return nil, nil, fmt.Errorf("read dev page (re-create the texts as testdata/realnews/README.md says): %w", err)
		}
		caps = append(caps, capture.Capture{Source: corpus.TextPath(d), URI: d.URL, ContentType: "text/plain", Body: body})
		gold.Docs = append(gold.Docs, d.GoldDoc)
		groups[d.File] = "page:" + d.File
		for _, ge := range d.Events {
			if ge.Required && ge.Event != "" {
				groups[d.File] = ge.Event
				break
			}
		}
	}
	feats := map[string][]float64{}
	yzRequired = 0
	for _, d := range corpus.Docs {
		if devcorpus.LetterGroup(d.File) == len(devcorpus.LetterGroups)-1 {
			for _, ge := range d.Events {
				if ge.Required {
					yzRequired++
				}
			}
		}
	}
	// The filter learns the rules' proposals alone: the learned proposer's
	// events have their own threshold and the filter never scores them.
	opts := coder.Options{NoLearnedFilter: true, NoLearnedProposer: true, Observe: func(e event.Event, x []float64) { feats[e.ID] = x }}
	preds, err := devcorpus.Events(capture.NewList(caps), opts, func(ie *capture.InputError) error {
		return fmt.Errorf("extract dev page %s: %w", ie.Source, ie.Err)
	})
	if err != nil {
		return nil, nil, err
	}
	score := eval.ScoreEvents(gold, preds)
	required := map[string]bool{} // prediction id -> matched a required gold event
	right := map[string]bool{}
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
	var exs []example
	for _, p := range preds {
		x, ok := feats[p.ID]
		if !ok {
			return nil, nil, fmt.Errorf("event %s of %s has no features", p.ID, p.Evidence[0].Source)
		}
		file := p.Evidence[0].Source[strings.LastIndexByte(p.Evidence[0].Source, '/')+1:]
		exs = append(exs, example{x: held(x), right: right[p.ID], required: required[p.ID], group: groups[file], file: file,
			out: !coder.FilterScores(p), ev: p})
	}
	byFile := map[string]eval.Counts{}
	for _, fs := range score.Files {
		byFile[fs.File] = fs.Counts
	}
	return exs, byFile, nil
}

// inScope is the features and labels of the examples the filter scores.
func inScope(exs []example) ([][]float64, []bool) {
	var xs [][]float64
	var ys []bool
	for _, e := range exs {
		if !e.out {
			xs = append(xs, e.x)
			ys = append(ys, e.right)
		}
	}
	return xs, ys
}

// scoredOnly is the scores and labels of the examples the filter scores:
// the others' score (unscored) is no probability.
func scoredOnly(exs []example, scores []float64) ([]float64, []bool) {
	var ss []float64
	var ys []bool
	for i, e := range exs {
		if !e.out {
			ss = append(ss, scores[i])
			ys = append(ys, e.right)
		}
	}
	return ss, ys
}

func labels(exs []example) []bool {
	ys := make([]bool, len(exs))
	for i, e := range exs {
		ys[i] = e.right
	}
	return ys
}

// groupsOf is each example's real event.
func groupsOf(exs []example) []string {
	gs := make([]string, len(exs))
	for i, e := range exs {
		gs[i] = e.group
	}
	return gs
}

// foldsByGroup gives each example the fold of its real event: events are
// sorted by name and dealt round the folds.
func foldsByGroup(exs []example, k int) []int {
	var names []string
	for _, e := range exs {
		if !slices.Contains(names, e.group) {
			names = append(names, e.group)
		}
	}
	sort.Strings(names)
	of := map[string]int{}
	for i, n := range names {
		of[n] = i % k
	}
	fold := make([]int, len(exs))
	for i, e := range exs {
		fold[i] = of[e.group]
	}
	return fold
}

// unscored is the score of an example the filter does not score
// (coder.FilterScores): above any threshold, so it is always kept.
const unscored = 2.0

// crossValidate scores every example with a model fitted on the other folds,
// and fits on the examples the filter scores only.
func crossValidate(exs []example, fold []int, k int, lambda float64) ([]float64, error) {
	scores := make([]float64, len(exs))
	for f := 0; f < k; f++ {
		var xs [][]float64
		var ys []bool
		for i, e := range exs {
			if fold[i] != f && !e.out {
				xs = append(xs, e.x)
				ys = append(ys, e.right)
			}
		}
		m, err := fitModel(xs, ys, lambda)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f, err)
		}
		for i, e := range exs {
			if fold[i] == f {
				scores[i] = m.score(e.x)
				if e.out {
					scores[i] = unscored
				}
			}
		}
	}
	return scores, nil
}

// outcome is what dropping the examples scored below a threshold leaves:
// the precision and recall, and the counts behind them.
type outcome struct {
	p, r                 float64
	kept, matched, found int
	dropRight, dropWrong int
}

// filtered is the outcome of dropping the examples scored below t: a
// dropped right event lowers the matched count, and a dropped event
// matched to a required gold event lowers the found count.
func filtered(exs []example, scores []float64, t float64, base eval.Counts) outcome {
	o := outcome{matched: base.Matched, found: base.Found}
	for i, e := range exs {
		if scores[i] >= t {
			o.kept++
			continue
		}
		if e.right {
			o.dropRight++
			o.matched--
			if e.required {
				o.found--
			}
		} else {
			o.dropWrong++
		}
	}
	if o.kept > 0 {
		o.p = float64(o.matched) / float64(o.kept)
	}
	if base.Required > 0 {
		o.r = float64(o.found) / float64(base.Required)
	}
	return o
}

func round(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// leaveOut lists the feature name prefixes held at zero (-leave-out).
var leaveOut []string

// held is x with the features of leaveOut at zero: a constant feature
// gets no weight.
func held(x []float64) []float64 {
	if len(leaveOut) == 0 {
		return x
	}
	x = slices.Clone(x)
	for j, name := range coder.FeatureNames() {
		for _, p := range leaveOut {
			if strings.HasPrefix(name, p) {
				x[j] = 0
			}
		}
	}
	return x
}

// benchPages and seedGold, when set, name the sets outside the repository
// on which main prints, after training, what the model drops (guard.go).
var benchPages, seedGold string

// explainGuards (-explain) sets explain, which says why the model scores a
// guard event as it does.
var (
	explainGuards bool
	explain       func([]float64) string
)

// yzRequired is the number of required gold events on the pages of the
// last letter group (y-z), the group nobody read before stop 28.
var yzRequired int

// pr is a precision and a recall.
type pr struct{ p, r float64 }

// heldOut is what nestedCV measured.
type heldOut struct {
	p, r                 float64
	found, extras        int
	dropRight, dropWrong int
	yz, yzBase           pr
}

// nestedCV scores every example with a model and a threshold chosen without
// its part: parts are folds of real events (k of them) or the letter groups.
// Within the other parts, the threshold is chosen on scores cross-validated
// over k-1 folds of real events, as for the shipped model.
func nestedCV(exs []example, by string, k int, lambda, cost float64, base eval.Counts) (heldOut, error) {
	part := make([]int, len(exs))
	parts := k
	if by == "events" {
		part = foldsByGroup(exs, k)
	} else {
		parts = len(devcorpus.LetterGroups)
		for i, e := range exs {
			part[i] = devcorpus.LetterGroup(e.file)
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
		inner := foldsByGroup(train, k-1)
		scores, err := crossValidate(train, inner, k-1, lambda)
		if err != nil {
			return heldOut{}, err
		}
		t := steadyThreshold(scores, labels(train), groupsOf(train), cost)
		xs, ys := inScope(train)
		m, err := fitModel(xs, ys, lambda)
		if err != nil {
			return heldOut{}, err
		}
		for i, e := range exs {
			if part[i] == f {
				keep[i] = e.out || m.score(e.x) >= t
			}
		}
	}
	var h heldOut
	matched, found, kept := base.Matched, base.Found, 0
	var yz, yzKept struct{ pred, matched, found int }
	for i, e := range exs {
		last := devcorpus.LetterGroup(e.file) == len(devcorpus.LetterGroups)-1
		if last {
			yz.pred++
			if e.right {
				yz.matched++
			}
			if e.required {
				yz.found++
			}
		}
		if keep[i] {
			kept++
			if last {
				yzKept.pred++
				if e.right {
					yzKept.matched++
				}
				if e.required {
					yzKept.found++
				}
			}
			continue
		}
		if e.right {
			h.dropRight++
			matched--
			if e.required {
				found--
			}
		} else {
			h.dropWrong++
		}
	}
	h.p, h.r, h.found, h.extras = ratio(matched, kept), ratio(found, base.Required), found, kept-matched
	h.yz = pr{ratio(yzKept.matched, yzKept.pred), ratio(yzKept.found, yzRequired)}
	h.yzBase = pr{ratio(yz.matched, yz.pred), ratio(yz.found, yzRequired)}
	return h, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// holdOut lists the page groups left out of training (-hold-out).
var holdOut []string

// holdOutUnread adds the groups of pages whose gold says "unread" to
// holdOut: a group nobody has read yet is the next stop's unread test, and
// the shipped model must not have seen it.
func holdOutUnread(docs []eval.PageDoc) {
	for _, d := range docs {
		if g := pageGroup(d.File); d.Unread && !slices.Contains(holdOut, g) {
			holdOut = append(holdOut, g)
		}
	}
}

// pageGroup is the group of a page: the letters of its file name before
// the first digit ("bh" of "bh07.txt").
func pageGroup(file string) string {
	i := strings.IndexAny(file, "0123456789")
	if i < 0 {
		return file
	}
	return file[:i]
}

// splitHeldOut parts the examples into those training sees and those of
// the held-out groups.
func splitHeldOut(exs []example) (train, held []example) {
	for _, e := range exs {
		if slices.Contains(holdOut, pageGroup(e.file)) {
			held = append(held, e)
		} else {
			train = append(train, e)
		}
	}
	return train, held
}

// countsOf sums the rules' counts of the pages in the held-out groups
// (held) or of the others.
func countsOf(byFile map[string]eval.Counts, held bool) eval.Counts {
	var c eval.Counts
	for file, fc := range byFile {
		if slices.Contains(holdOut, pageGroup(file)) == held {
			c.Predicted += fc.Predicted
			c.Matched += fc.Matched
			c.Required += fc.Required
			c.Found += fc.Found
		}
	}
	return c
}

// reportHeldOut prints what the model trained without the held-out groups
// does on them.
func reportHeldOut(held []example, base eval.Counts, m scorer, t float64) {
	scores := make([]float64, len(held))
	for i, e := range held {
		scores[i] = m.score(e.x)
		if e.out {
			scores[i] = unscored
		}
	}
	f := filtered(held, scores, t, base)
	fmt.Printf("held-out groups %s: rules alone P %.3f R %.3f (%d/%d found, %d extras); filtered P %.3f R %.3f (%d found, %d extras), dropped %d right and %d wrong\n",
		strings.Join(holdOut, ","), base.Precision(), base.Recall(), base.Found, base.Required, base.Predicted-base.Matched,
		f.p, f.r, f.found, f.kept-f.matched, f.dropRight, f.dropWrong)
}

// dumpFile (-dump) names the file dump writes.
var dumpFile string

// dump writes each example with its cross-validated score, so a reader can
// group the wrong events the filter keeps by how they are told.
func dump(file string, exs []example, scores []float64, t float64) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for i, e := range exs {
		x := map[string]float64{}
		for j, name := range coder.FeatureNames() {
			if e.x[j] != 0 {
				x[name] = round(e.x[j])
			}
		}
		var texts []string
		for _, v := range e.ev.Evidence {
			texts = append(texts, v.Text)
		}
		rec := map[string]any{"file": e.file, "group": e.group, "type": e.ev.Type, "countries": e.ev.Countries(),
			"right": e.right, "required": e.required, "out": e.out, "score": round(scores[i]), "kept": scores[i] >= t,
			"status": e.ev.Status, "evidence": texts, "x": x}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// auc is the area under the ROC curve of scores against labels: the chance
// a right event scores above a wrong one (ties count half).
func auc(scores []float64, ys []bool) float64 {
	idx := byScore(scores)
	var pos, neg, sum float64
	for k := 0; k < len(idx); {
		j := k
		for j < len(idx) && scores[idx[j]] == scores[idx[k]] {
			j++
		}
		rank := float64(k+j+1) / 2 // mean 1-based rank of the tie
		for _, i := range idx[k:j] {
			if ys[i] {
				pos++
				sum += rank
			} else {
				neg++
			}
		}
		k = j
	}
	if pos == 0 || neg == 0 {
		return 0
	}
	return (sum - pos*(pos+1)/2) / (pos * neg)
}

// curve is how many wrong events the lowest scores drop before they drop
// 5, 10, 20 and 40 right ones: the filter's trade at any threshold.
func curve(scores []float64, ys []bool) string {
	idx := byScore(scores)
	out, right, wrong := "", 0, 0
	marks := []int{5, 10, 20, 40}
	for _, i := range idx {
		if !ys[i] {
			wrong++
			continue
		}
		right++
		if len(marks) > 0 && right == marks[0] {
			out += fmt.Sprintf(" %d right: %d wrong;", right, wrong)
			marks = marks[1:]
		}
	}
	return out
}
