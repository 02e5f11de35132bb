package main

import (
	"fmt"
	"math"
	"sort"
)

// logit is a logistic model over standardised features: the score of x is
// the logistic of b + Σ w[j]·(x[j]-mean[j])/scale[j].
type logit struct {
	w, mean, scale []float64
	b              float64
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func (m *logit) score(x []float64) float64 {
	z := m.b
	for j, w := range m.w {
		z += w * (x[j] - m.mean[j]) / m.scale[j]
	}
	return sigmoid(z)
}

// raw folds the standardisation into the weights: the same scores from raw
// features.
func (m *logit) raw() (w []float64, b float64) {
	w = make([]float64, len(m.w))
	b = m.b
	for j := range m.w {
		w[j] = m.w[j] / m.scale[j]
		b -= m.w[j] * m.mean[j] / m.scale[j]
	}
	return w, b
}

// fitLogit fits an L2-regularised logistic regression by Newton's method
// (iteratively reweighted least squares); lambda weighs the squared norm of
// the weights on standardised features (the bias is not penalised).
func fitLogit(xs [][]float64, ys []bool, lambda float64) (*logit, error) {
	if len(xs) == 0 {
		return nil, fmt.Errorf("fit logistic model: no examples")
	}
	d := len(xs[0])
	m := &logit{w: make([]float64, d), mean: make([]float64, d), scale: make([]float64, d)}
	n := float64(len(xs))
	for _, x := range xs {
		for j, v := range x {
			m.mean[j] += v / n
		}
	}
	for _, x := range xs {
		for j, v := range x {
			m.scale[j] += (v - m.mean[j]) * (v - m.mean[j]) / n
		}
	}
	for j := range m.scale {
		m.scale[j] = math.Sqrt(m.scale[j])
		if m.scale[j] < 1e-9 {
			m.scale[j] = 1 // a constant feature: its standardised value is 0
		}
	}
	// z[i] is the standardised example with a leading 1 for the bias.
	z := make([][]float64, len(xs))
	for i, x := range xs {
		z[i] = make([]float64, d+1)
		z[i][0] = 1
		for j, v := range x {
			z[i][j+1] = (v - m.mean[j]) / m.scale[j]
		}
	}
	beta := make([]float64, d+1)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, d+1)
		hess := make([][]float64, d+1)
		for j := range hess {
			hess[j] = make([]float64, d+1)
		}
		for i, zi := range z {
			s := 0.0
			for j, v := range zi {
				s += beta[j] * v
			}
			p := sigmoid(s)
			y := 0.0
			if ys[i] {
				y = 1
			}
			wgt := max(p*(1-p), 1e-9)
			for j, v := range zi {
				grad[j] += (p - y) * v
				for k := j; k < len(zi); k++ {
					hess[j][k] += wgt * v * zi[k]
				}
			}
		}
		for j := 1; j <= d; j++ {
			grad[j] += lambda * beta[j]
			hess[j][j] += lambda
		}
		for j := range hess {
			for k := 0; k < j; k++ {
				hess[j][k] = hess[k][j]
			}
		}
		step, err := solve(hess, grad)
		if err != nil {
			return nil, fmt.Errorf("fit logistic model, iteration %d: %w", iter, err)
		}
		change := 0.0
		for j := range beta {
			beta[j] -= step[j]
			change = max(change, math.Abs(step[j]))
		}
		if change < 1e-8 {
			break
		}
	}
	m.b = beta[0]
	copy(m.w, beta[1:])
	return m, nil
}

// solve solves a·x = y for a symmetric positive-definite a by Gaussian
// elimination with partial pivoting; a and y are not changed.
func solve(a [][]float64, y []float64) ([]float64, error) {
	n := len(y)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), y[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, fmt.Errorf("singular system at column %d", c)
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x, nil
}

// logLoss is the mean negative log-likelihood of labels under scores.
func logLoss(scores []float64, ys []bool) float64 {
	s := 0.0
	for i, p := range scores {
		p = min(max(p, 1e-12), 1-1e-12)
		if ys[i] {
			s -= math.Log(p)
		} else {
			s -= math.Log(1 - p)
		}
	}
	return s / float64(len(scores))
}

// pickThreshold chooses the score below which events are dropped: the one
// that drops the most wrong events net of cost times the right ones
// (matched to any gold event) it drops; on a tie, the lowest. Zero drops
// nothing.
func pickThreshold(scores []float64, ys []bool, cost float64) float64 {
	idx := byScore(scores)
	best, bestT, gain := 0.0, 0.0, 0.0
	for k, i := range idx {
		if ys[i] {
			gain -= cost
		} else {
			gain++
		}
		// Drop everything up to k: the threshold sits above scores[i]
		// and at or below the next score.
		if k+1 < len(idx) && scores[idx[k+1]] == scores[i] {
			continue
		}
		if gain > best {
			best = gain
			if k+1 < len(idx) {
				bestT = (scores[i] + scores[idx[k+1]]) / 2
			} else {
				bestT = scores[i] + 1e-9
			}
		}
	}
	return bestT
}

// byScore gives the indices of scores from the lowest score up: the order
// in which a rising threshold drops examples.
func byScore(scores []float64) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	return idx
}
