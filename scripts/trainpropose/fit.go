package main

import (
	"encoding/json"
	"math"
	"sort"

	"storyline/internal/coder"
)

// iterations of full-batch Adam; the loss is flat well before.
const (
	iterations = 300
	rate       = 0.05
)

// vocabulary is the features seen in at least minEvents real events, sorted.
func vocabulary(exs []example) []string {
	seen := map[string]map[string]bool{}
	for _, e := range exs {
		for _, f := range e.feats {
			if seen[f] == nil {
				seen[f] = map[string]bool{}
			}
			seen[f][e.group] = true
		}
	}
	var out []string
	for f, gs := range seen {
		if len(gs) >= minEvents {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// fit trains a multinomial L2 logistic model: one score per type, the
// class NONE scoring zero, the loss the examples' cross-entropy plus
// lambda/2 times the squared weights (the biases are free). The weights
// below pruneBelow are dropped, as in the model written.
func fit(exs []example, lambda float64) *coder.ProposeModel {
	classSet := map[string]bool{}
	for _, e := range exs {
		if e.label != "" {
			classSet[e.label] = true
		}
	}
	var classes []string
	for c := range classSet {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	col := map[string]int{}
	for k, c := range classes {
		col[c] = k
	}
	vocab := vocabulary(exs)
	idx := map[string]int32{}
	for i, f := range vocab {
		idx[f] = int32(i)
	}
	C, F := len(classes), len(vocab)
	xs := make([][]int32, len(exs))
	ys := make([]int, len(exs))
	for i, e := range exs {
		seen := map[int32]bool{}
		for _, f := range e.feats {
			if j, ok := idx[f]; ok && !seen[j] {
				seen[j] = true
				xs[i] = append(xs[i], j)
			}
		}
		ys[i] = -1
		if e.label != "" {
			ys[i] = col[e.label]
		}
	}
	w := make([]float64, F*C)
	b := make([]float64, C)
	gw := make([]float64, F*C)
	gb := make([]float64, C)
	mw, vw := make([]float64, F*C), make([]float64, F*C)
	mb, vb := make([]float64, C), make([]float64, C)
	z := make([]float64, C)
	n := float64(len(exs))
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for it := 1; it <= iterations; it++ {
		for j := range gw {
			gw[j] = lambda * w[j]
		}
		clear(gb)
		for i, x := range xs {
			copy(z, b)
			for _, j := range x {
				row := w[int(j)*C : int(j)*C+C]
				for k := range z {
					z[k] += row[k]
				}
			}
			top := 0.0
			for _, v := range z {
				top = max(top, v)
			}
			sum := math.Exp(-top)
			for k, v := range z {
				z[k] = math.Exp(v - top)
				sum += z[k]
			}
			for k := range z {
				z[k] /= sum // the probability of class k
				if k == ys[i] {
					z[k]--
				}
				gb[k] += z[k]
			}
			for _, j := range x {
				row := gw[int(j)*C : int(j)*C+C]
				for k := range z {
					row[k] += z[k]
				}
			}
		}
		c1, c2 := 1-math.Pow(b1, float64(it)), 1-math.Pow(b2, float64(it))
		step := func(p, g, m, v []float64) {
			for j := range p {
				gj := g[j] / n
				m[j] = b1*m[j] + (1-b1)*gj
				v[j] = b2*v[j] + (1-b2)*gj*gj
				p[j] -= rate * (m[j] / c1) / (math.Sqrt(v[j]/c2) + eps)
			}
		}
		step(w, gw, mw, vw)
		step(b, gb, mb, vb)
	}
	m := &coder.ProposeModel{Classes: classes, Bias: make([]float64, C), Weights: map[string]map[string]float64{}}
	for k := range b {
		m.Bias[k] = math.Round(b[k]*1e3) / 1e3
	}
	for j, f := range vocab {
		for k, c := range classes {
			if v := math.Round(w[j*C+k]*1e3) / 1e3; math.Abs(v) >= pruneBelow {
				if m.Weights[f] == nil {
					m.Weights[f] = map[string]float64{}
				}
				m.Weights[f][c] = v
			}
		}
	}
	return indexed(m)
}

// indexed is m as the coder reads it from its file.
func indexed(m *coder.ProposeModel) *coder.ProposeModel {
	bs, err := json.Marshal(m)
	if err == nil {
		m, err = coder.ParseProposeModel(bs)
	}
	if err != nil {
		panic(err) // a model fit builds always parses
	}
	return m
}
