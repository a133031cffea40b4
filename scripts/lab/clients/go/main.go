// The lab's Go client: net/http's default client, as Debian's golang-go builds it.
//
// Reads {"timeout": seconds, "requests": [...]} on stdin (the requests of
// src/lib/lab/probes.ts) and prints {"version", "reports": {id: report}}.
// Interim responses are reported through httptrace, the way Go hands them to a caller.
package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

type request struct {
	ID      string            `json:"id"`
	Method  string            `json:"method"`
	URL     string            `json:"url"`
	Headers map[string]string `json:"headers"`
	Body    *string           `json:"body"`
	Times   int               `json:"times"`
}

type report struct {
	OK      bool   `json:"ok"`
	Status  int    `json:"status,omitempty"`
	Error   string `json:"error,omitempty"`
	Interim []int  `json:"interim,omitempty"`
}

func once(client *http.Client, r request) report {
	var body io.Reader
	if r.Body != nil {
		body = strings.NewReader(*r.Body)
	}
	req, err := http.NewRequest(r.Method, r.URL, body)
	if err != nil {
		return report{Error: err.Error()}
	}
	for name, value := range r.Headers {
		req.Header.Set(name, value)
	}
	var mu sync.Mutex
	interim := []int{}
	trace := &httptrace.ClientTrace{Got1xxResponse: func(code int, _ textproto.MIMEHeader) error {
		mu.Lock()
		defer mu.Unlock()
		interim = append(interim, code)
		return nil
	}}
	res, err := client.Do(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
	if err != nil {
		return report{Error: err.Error(), Interim: interim}
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return report{Error: err.Error(), Interim: interim}
	}
	return report{OK: true, Status: res.StatusCode, Interim: interim}
}

func main() {
	var plan struct {
		Timeout  float64   `json:"timeout"`
		Requests []request `json:"requests"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&plan); err != nil {
		panic(err)
	}
	client := &http.Client{Timeout: time.Duration(plan.Timeout * float64(time.Second))}
	reports := make(map[string]report, len(plan.Requests))
	var mu sync.Mutex
	var wg sync.WaitGroup
	limit := make(chan struct{}, 8)
	for _, r := range plan.Requests {
		wg.Add(1)
		go func(r request) {
			defer wg.Done()
			limit <- struct{}{}
			defer func() { <-limit }()
			var result report
			for i := 0; i < r.Times; i++ {
				result = once(client, r)
			}
			mu.Lock()
			reports[r.ID] = result
			mu.Unlock()
		}(r)
	}
	wg.Wait()
	json.NewEncoder(os.Stdout).Encode(map[string]any{"version": strings.TrimPrefix(runtime.Version(), "go"), "reports": reports})
}
