package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Network struct {
	adj map[string][]Edge
}

func (n *Network) Connect(a, b string, w float64) {
	if n.adj == nil {
		n.adj = make(map[string][]Edge)
	}
	n.adj[a] = append(n.adj[a], Edge{b, w})
	n.adj[b] = append(n.adj[b], Edge{a, w})
}

func (n *Network) Nodes() []string {
	var out []string
	for k := range n.adj {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (n *Network) Dijkstra(src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	done := map[string]bool{}
	for _, v := range n.Nodes() {
		dist[v] = math.Inf(1)
	}
	dist[src] = 0
	for {
		cur, best := "", math.Inf(1)
		for _, v := range n.Nodes() {
			if !done[v] && dist[v] < best {
				cur, best = v, dist[v]
			}
		}
		if cur == "" {
			break
		}
		done[cur] = true
		for _, e := range n.adj[cur] {
			if alt := dist[cur] + e.Weight; alt < dist[e.To] {
				dist[e.To] = alt
				prev[e.To] = cur
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) string {
	var p []string
	for cur := dst; ; cur = prev[cur] {
		p = append([]string{cur}, p...)
		if cur == src {
			break
		}
		if _, ok := prev[cur]; !ok {
			return "(none)"
		}
	}
	return strings.Join(p, "->")
}

func main() {
	var net Network
	net.Connect("Amsterdam", "Berlin", 655.5)
	net.Connect("Amsterdam", "Brussels", 210)
	net.Connect("Brussels", "Paris", 312.25)
	net.Connect("Paris", "Zurich", 600)
	net.Connect("Berlin", "Prague", 350)
	net.Connect("Prague", "Vienna", 330.75)
	net.Connect("Zurich", "Vienna", 750)
	net.Connect("Berlin", "Zurich", 840)
	net.Connect("Lisbon", "Madrid", 625)

	dist, prev := net.Dijkstra("Amsterdam")
	for _, city := range net.Nodes() {
		d := dist[city]
		if math.IsInf(d, 1) {
			fmt.Printf("%-10s unreachable  %s\n", city, path(prev, "Amsterdam", city))
			continue
		}
		fmt.Printf("%-10s %8.2f km  %s\n", city, d, path(prev, "Amsterdam", city))
	}
	fmt.Println("distance map:", dist["Vienna"], dist["Lisbon"])
	fmt.Printf("rounded Vienna: %v, sqrt: %.3f\n", math.Round(dist["Vienna"]), math.Sqrt(dist["Vienna"]))
}
