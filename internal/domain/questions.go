package domain

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"sync"
)

// Question is one question of the threshold analysis.
type Question struct {
	ID            string `json:"id"`   // A1 … A3, B1 … B9, C1, C2
	Part          string `json:"part"` // "A", "B" or "C"
	Label         string `json:"label"`
	LabelEN       string `json:"label_en"`
	Explanation   string `json:"explanation"`
	ExplanationEN string `json:"explanation_en"`
	Example       string `json:"example"`
	ExampleEN     string `json:"example_en"`
}

// QuestionSet is a versioned set of threshold questions. An analysis
// keeps the ID and version it was answered with, and is always shown
// with that version's texts.
type QuestionSet struct {
	ID        string     `json:"id"`
	Version   int        `json:"version"`
	Name      string     `json:"name"`
	Questions []Question `json:"questions"`
}

// Question returns the question with the given ID.
func (s *QuestionSet) Question(id string) (Question, bool) {
	for _, q := range s.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// Part returns the questions of part p ("A", "B" or "C") in order.
func (s *QuestionSet) Part(p string) []Question {
	var out []Question
	for _, q := range s.Questions {
		if q.Part == p {
			out = append(out, q)
		}
	}
	return out
}

//go:embed questions/*.json
var questionFiles embed.FS

var (
	questionsOnce sync.Once
	questionSets  []*QuestionSet // by version, ascending
)

func loadQuestionSets() {
	names, err := fs.Glob(questionFiles, "questions/*.json")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		b, err := questionFiles.ReadFile(n)
		if err != nil {
			panic(err)
		}
		s, err := ParseQuestionSet(b)
		if err != nil {
			panic(fmt.Sprintf("%s: %v", n, err))
		}
		questionSets = append(questionSets, s)
	}
	sort.Slice(questionSets, func(i, j int) bool { return questionSets[i].Version < questionSets[j].Version })
}

// ParseQuestionSet decodes and checks a question set.
func ParseQuestionSet(b []byte) (*QuestionSet, error) {
	var s QuestionSet
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("parse question set: %w", err)
	}
	if s.ID == "" || s.Version < 1 {
		return nil, fmt.Errorf("question set needs an id and a version")
	}
	seen := map[string]bool{}
	for _, q := range s.Questions {
		if seen[q.ID] || q.Label == "" || q.Explanation == "" || (q.Part != "A" && q.Part != "B" && q.Part != "C") {
			return nil, fmt.Errorf("question %q is duplicated, incomplete or in an unknown part", q.ID)
		}
		seen[q.ID] = true
	}
	return &s, nil
}

// ThresholdQuestions returns the newest question set.
func ThresholdQuestions() *QuestionSet {
	questionsOnce.Do(loadQuestionSets)
	return questionSets[len(questionSets)-1]
}

// QuestionSetVersion returns the question set of the given version.
func QuestionSetVersion(version int) (*QuestionSet, bool) {
	questionsOnce.Do(loadQuestionSets)
	for _, s := range questionSets {
		if s.Version == version {
			return s, true
		}
	}
	return nil, false
}
