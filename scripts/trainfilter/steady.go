package main

import (
	"maps"
	"math/rand/v2"
	"slices"
)

// bootstrapRounds is how many resamples of the real events
// steadyThreshold draws.
const bootstrapRounds = 200

// steadyThreshold chooses the score below which events are dropped, as
// pickThreshold does, but steadily. The gain (wrong events dropped net of
// cost times the right ones) is flat near its top on the dev corpus, so its
// highest point moves with any change to the rules: across stop 40's
// retrains it went 0.21, 0.35, 0.25, 0.37, and a high one dropped right
// events the corpus does not hold. Here the real events are resampled with
// replacement (every page of an event goes together, as the folds do), the
// highest cut of each resample is found, and the threshold is the median
// of those cuts: the choice is bagged. groups names each example's real
// event. The draw is seeded, so a retrain on the same examples gives the
// same threshold.
func steadyThreshold(scores []float64, ys []bool, groups []string, cost float64) float64 {
	idx := byScore(scores)

	// The cuts: after each run of equal scores; cut c drops idx[:ends[c]].
	// Cut zero drops nothing.
	ends := []int{0}
	for k := range idx {
		if k+1 == len(idx) || scores[idx[k+1]] != scores[idx[k]] {
			ends = append(ends, k+1)
		}
	}
	names := slices.Sorted(maps.Keys(uniq(groups)))
	of := make(map[string]int, len(names))
	for i, n := range names {
		of[n] = i
	}

	// Each resample counts an event as often as it was drawn.
	weight := make([]float64, len(names))
	rng := rand.New(rand.NewPCG(41, 1))
	ts := make([]float64, 0, bootstrapRounds)
	for range bootstrapRounds {
		clear(weight)
		for range names {
			weight[rng.IntN(len(names))]++
		}
		g := cutGains(idx, ends, ys, groups, of, weight, cost)
		best := 0
		for c, v := range g {
			if v > g[best] {
				best = c
			}
		}
		ts = append(ts, cutAt(scores, idx, ends, best))
	}
	slices.Sort(ts)
	return ts[len(ts)/2]
}

// cutGains is each cut's gain with each example counted weight-of-its-event
// times.
func cutGains(idx, ends []int, ys []bool, groups []string, of map[string]int, weight []float64, cost float64) []float64 {
	out := make([]float64, len(ends))
	gain, k := 0.0, 0
	for c, end := range ends {
		for ; k < end; k++ {
			i := idx[k]
			w := weight[of[groups[i]]]
			if ys[i] {
				gain -= cost * w
			} else {
				gain += w
			}
		}
		out[c] = gain
	}
	return out
}

// cutAt is the threshold of cut c: between the last score it drops and the
// next, as pickThreshold places it; zero for the cut that drops nothing.
func cutAt(scores []float64, idx, ends []int, c int) float64 {
	if c == 0 {
		return 0
	}
	last := scores[idx[ends[c]-1]]
	if ends[c] == len(idx) {
		return last + 1e-9
	}
	return (last + scores[idx[ends[c]]]) / 2
}

func uniq(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
