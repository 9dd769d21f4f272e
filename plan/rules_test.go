package plan_test

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"testing"

	"github.com/slimfront/slimfront/plan"
)

// Every rule has a one-line description and a README section under its
// anchor, which `--call check` links to; the README documents no other.
func TestRulesDocumented(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var documented []string
	for _, m := range regexp.MustCompile(`<a id="(rule-[a-z]+)"></a>`).FindAllSubmatch(readme, -1) {
		documented = append(documented, string(m[1]))
	}
	var want []string
	for rule, desc := range plan.Rules {
		if !regexp.MustCompile(`^[A-Z][a-z]+([A-Z][a-z]+)+$`).MatchString(rule) {
			t.Errorf("rule %q is not a CamelCase name such as RootUser", rule)
		}
		if desc == "" || regexp.MustCompile(`[.\n]$`).MatchString(desc) {
			t.Errorf("rule %s: description %q, want one line without a final period", rule, desc)
		}
		want = append(want, plan.RuleAnchor(rule))
	}
	sort.Strings(want)
	sort.Strings(documented)
	if !slices.Equal(documented, want) {
		t.Errorf("README anchors = %q, want one per rule: %q", documented, want)
	}
}

func TestRuleAnchor(t *testing.T) {
	if got := plan.RuleAnchor(plan.RuleRootUser); got != "rule-rootuser" {
		t.Errorf("RuleAnchor(RootUser) = %q, want rule-rootuser", got)
	}
}
