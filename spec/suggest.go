package spec

import (
	"strings"
	"unicode/utf8"
)

// maxSuggestDistance is how many single-character edits a misspelling may
// be from the name Suggest offers instead.
const maxSuggestDistance = 2

// Suggest returns the candidate the user most likely meant by s: one equal
// to s ignoring case, else the closest at most two edits (insertions,
// deletions, substitutions) away, the first in candidates on a tie. It
// returns "" when none is close, or when s is itself a candidate.
func Suggest(s string, candidates []string) string {
	best, bestDist := "", maxSuggestDistance+1
	n := utf8.RuneCountInString(s)
	for _, c := range candidates {
		if c == s {
			return ""
		}
		if strings.EqualFold(c, s) {
			best, bestDist = c, -1 // beats any edit distance
			continue
		}
		if diff := n - utf8.RuneCountInString(c); diff > maxSuggestDistance || -diff > maxSuggestDistance {
			continue // at least diff edits away: skip the costly count
		}
		if d := editDistance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range ra {
		cur[0] = i + 1
		for j := range rb {
			subst := prev[j]
			if ra[i] != rb[j] {
				subst++
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, subst)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
