package main

import (
	"fmt"
	"math"
	"slices"
)

// The -boost flag measures another small model against the logistic one:
// boosted decision trees of depth two over the same features, fitted by
// Newton steps on the log loss. It is used in the cross-validation only
// (the model written is the logistic one; stop 38 measured it and kept
// the logistic model, docs/coding.md): it answers whether a model that
// reads interactions (a type told late, a noun cue far from its parties)
// scores held-out events better.

// scorer is a model that scores a feature vector.
type scorer interface{ score([]float64) float64 }

// boostRounds (-boost) is the number of trees; 0 fits the logistic model.
var boostRounds int

// boostRate is the shrinkage of each tree's leaves.
const boostRate = 0.1

// fitModel fits the model the cross-validation measures.
func fitModel(xs [][]float64, ys []bool, lambda float64) (scorer, error) {
	if boostRounds > 0 {
		return fitBoost(xs, ys, boostRounds, lambda)
	}
	return fitLogit(xs, ys, lambda)
}

// tree is a depth-two tree: a split, then a split on each side.
type tree struct {
	feat int
	cut  float64
	kids [2]*leafSplit
}

type leafSplit struct {
	feat  int
	cut   float64
	value [2]float64
}

type boosted struct {
	base  float64
	trees []tree
}

func (b *boosted) score(x []float64) float64 {
	z := b.base
	for _, t := range b.trees {
		s := t.kids[side(x, t.feat, t.cut)]
		z += s.value[side(x, s.feat, s.cut)]
	}
	return sigmoid(z)
}

func side(x []float64, f int, cut float64) int {
	if x[f] <= cut {
		return 0
	}
	return 1
}

// cuts are the candidate split points of each feature: midpoints between
// its values, at most 16 (by quantile).
func cuts(xs [][]float64) [][]float64 {
	d := len(xs[0])
	out := make([][]float64, d)
	for j := 0; j < d; j++ {
		var vs []float64
		for _, x := range xs {
			vs = append(vs, x[j])
		}
		slices.Sort(vs)
		vs = slices.Compact(vs)
		if len(vs) > 17 {
			var q []float64
			for k := 1; k <= 16; k++ {
				q = append(q, vs[k*(len(vs)-1)/17])
			}
			vs = slices.Compact(q)
		}
		for k := 0; k+1 < len(vs); k++ {
			out[j] = append(out[j], (vs[k]+vs[k+1])/2)
		}
	}
	return out
}

// bestSplit is the split of the examples idx that most lowers the
// second-order loss, with lambda on the leaf values.
func bestSplit(xs [][]float64, g, h []float64, idx []int, cs [][]float64, lambda float64) (feat int, cut, gain float64) {
	feat = -1
	var G, H float64
	for _, i := range idx {
		G += g[i]
		H += h[i]
	}
	parent := G * G / (H + lambda)
	for j, cj := range cs {
		for _, c := range cj {
			var gl, hl float64
			for _, i := range idx {
				if xs[i][j] <= c {
					gl += g[i]
					hl += h[i]
				}
			}
			gr, hr := G-gl, H-hl
			if hl < 1 || hr < 1 {
				continue
			}
			if v := gl*gl/(hl+lambda) + gr*gr/(hr+lambda) - parent; v > gain {
				feat, cut, gain = j, c, v
			}
		}
	}
	return feat, cut, gain
}

func leafValue(g, h []float64, idx []int, lambda float64) float64 {
	var G, H float64
	for _, i := range idx {
		G += g[i]
		H += h[i]
	}
	return -G / (H + lambda) * boostRate
}

func fitBoost(xs [][]float64, ys []bool, rounds int, lambda float64) (*boosted, error) {
	if len(xs) == 0 {
		return nil, fmt.Errorf("fit boosted trees: no examples")
	}
	pos := 0.0
	for _, y := range ys {
		if y {
			pos++
		}
	}
	p0 := pos / float64(len(ys))
	b := &boosted{base: math.Log(p0 / (1 - p0))}
	z := make([]float64, len(xs))
	for i := range z {
		z[i] = b.base
	}
	cs := cuts(xs)
	all := make([]int, len(xs))
	for i := range all {
		all[i] = i
	}
	g, h := make([]float64, len(xs)), make([]float64, len(xs))
	for r := 0; r < rounds; r++ {
		for i := range xs {
			p := sigmoid(z[i])
			y := 0.0
			if ys[i] {
				y = 1
			}
			g[i], h[i] = p-y, max(p*(1-p), 1e-9)
		}
		f, c, _ := bestSplit(xs, g, h, all, cs, lambda)
		if f < 0 {
			break
		}
		t := tree{feat: f, cut: c}
		var parts [2][]int
		for _, i := range all {
			s := side(xs[i], f, c)
			parts[s] = append(parts[s], i)
		}
		for s, part := range parts {
			f2, c2, _ := bestSplit(xs, g, h, part, cs, lambda)
			ls := &leafSplit{feat: f2, cut: c2}
			if f2 < 0 {
				ls.feat, ls.cut = 0, math.Inf(1)
				ls.value[0] = leafValue(g, h, part, lambda)
			} else {
				var sub [2][]int
				for _, i := range part {
					sub[side(xs[i], f2, c2)] = append(sub[side(xs[i], f2, c2)], i)
				}
				ls.value[0], ls.value[1] = leafValue(g, h, sub[0], lambda), leafValue(g, h, sub[1], lambda)
			}
			t.kids[s] = ls
		}
		b.trees = append(b.trees, t)
		for i := range xs {
			s := t.kids[side(xs[i], t.feat, t.cut)]
			z[i] += s.value[side(xs[i], s.feat, s.cut)]
		}
	}
	return b, nil
}
