package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"storyline/internal/store"
)

// metrics are the server's Prometheus series, on a registry of its own so
// two servers in one process (tests) do not collide.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	inflight  prometheus.Gauge
	unmatched prometheus.Counter
	ingested  *prometheus.CounterVec
}

func newMetrics(st *store.Store) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storyline_http_requests_total",
			Help: "HTTP requests answered, by route pattern and status code.",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storyline_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route pattern.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "storyline_http_requests_in_flight",
			Help: "HTTP requests being answered.",
		}),
		unmatched: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storyline_http_unmatched_requests_total",
			Help: "HTTP requests no route takes (404 and 405).",
		}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storyline_ingested_total",
			Help: "What POST /api/ingest stored: articles, reports, failed captures.",
		}, []string{"kind"}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.inflight, m.unmatched, m.ingested,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewDBStatsCollector(st.DB(), string(st.Engine())))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// instrument counts and times the requests of one route.
func (m *metrics) instrument(pattern string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		m.inflight.Inc()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			m.inflight.Dec()
			if p := recover(); p != nil {
				// Count it as the 500 the recovering middleware will send.
				rec.status = http.StatusInternalServerError
				defer panic(p)
			}
			m.requests.WithLabelValues(pattern, strconv.Itoa(rec.status)).Inc()
			m.duration.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
		}()
		h(rec, r)
	})
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusRecorder) WriteHeader(code int) {
	if !s.wrote {
		s.status, s.wrote = code, true
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	s.wrote = true
	return s.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }
