package frontend

import (
	"errors"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/solver/errdefs"
	"github.com/moby/buildkit/solver/pb"

	"github.com/slimfront/slimfront/spec"
)

// withSource attaches the app.toml lines named by spec errors to err, so
// buildx prints the offending lines of the user's file under the message.
func withSource(err error, sm *llb.SourceMap) error {
	if err == nil || sm == nil {
		return err
	}
	var ranges []*pb.Range
	var list *spec.Errors
	var one *spec.Error
	switch {
	case errors.As(err, &list):
		for _, e := range *list {
			if e.Line > 0 {
				ranges = append(ranges, lineRange(e.Line, e.Line))
			}
		}
	case errors.As(err, &one):
		if one.Line > 0 {
			ranges = append(ranges, lineRange(one.Line, one.Line))
		}
	}
	if len(ranges) == 0 {
		return err
	}
	return errdefs.WithSource(err, &errdefs.Source{
		Info:   sourceInfo(sm),
		Ranges: ranges,
	})
}

func lineRange(start, end int) *pb.Range {
	return &pb.Range{Start: &pb.Position{Line: int32(start)}, End: &pb.Position{Line: int32(end)}}
}

func sourceInfo(sm *llb.SourceMap) *pb.SourceInfo {
	return &pb.SourceInfo{Filename: sm.Filename, Data: sm.Data, Language: sm.Language}
}
