"""The command line: `python -m callcoach validate | grade | list | detect | eval | check | roster | export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["main"]


def _root() -> Path:
    """The course folder: the nearest folder above the working directory holding quizzes/."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "quizzes").is_dir():
            return folder
    return here


def _load(paths: list[str] | None = None) -> tuple[Any, list[Any]]:
    # The YAML loader lives outside the engine (the engine must run in the browser without PyYAML).
    from callcoach_build.content import load_course

    root = _root()
    return load_course(root, [Path(p) for p in paths] if paths else None)


def cmd_validate(args: argparse.Namespace) -> int:
    course, problems = _load(args.paths)
    for problem in sorted(problems, key=lambda p: (p.path, p.line or 0)):
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.", file=sys.stderr)
        return 1
    questions = sum(len(q.questions) for q in course.quizzes.values())
    print(
        f"OK: {len(course.modules)} modules, {len(course.quizzes)} quizzes, {questions} questions, "
        f"{len(course.scenarios)} scenarios, {len(course.simulations)} simulations, {len(course.experts)} quotes."
    )
    return 0


def _find(kind: str, key: str) -> Any:
    """A loaded quiz or scenario by id, or an exit code after saying what went wrong."""
    course, problems = _load()
    if problems:
        return cmd_validate(argparse.Namespace(paths=None))
    table = getattr(course, kind + "zes" if kind == "quiz" else kind + "s")
    if key not in table:
        print(f"error: no {kind} '{key}' (known: {', '.join(sorted(table))})", file=sys.stderr)
        return 2
    return table[key]


def cmd_grade(args: argparse.Namespace) -> int:
    from callcoach.quiz import grade_quiz

    quiz = _find("quiz", args.quiz)
    if isinstance(quiz, int):
        return quiz
    try:
        text = sys.stdin.read() if args.answers == "-" else Path(args.answers).read_text(encoding="utf-8")
        answers = json.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.answers}: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {args.answers}: not valid JSON ({exc})", file=sys.stderr)
        return 2
    result = grade_quiz(quiz, answers)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for q in result["questions"]:
            print(f"{q['id']:<10} {q['status']:<11} {q['score']:.2f}")
        print(f"score {result['score']}% ({result['points']}/{result['max_points']}), pass mark {result['pass_mark']}%: {'passed' if result['passed'] else 'not passed'}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    course, problems = _load()
    if problems:
        return cmd_validate(argparse.Namespace(paths=None))
    listing = {
        "quizzes": [{"id": q.id, "module": q.module, "title": q.title} for q in course.quizzes.values()],
        "scenarios": [{"id": x.id, "module": x.module, "title": x.title} for x in course.scenarios.values()],
        "simulations": [{"id": x.id, "module": x.module, "title": x.title} for x in course.simulations.values()],
    }
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for kind, entries in listing.items():
            for e in entries:
                print(f"{kind.removesuffix('s').removesuffix('ze'):<10} {e['id']:<24} module {e['module']}  {e['title']}")
    return 0


def _text(value: str | None) -> str:
    """The TEXT argument, or standard input for '-' or when it is left out."""
    return sys.stdin.read() if value in (None, "-") else value  # type: ignore[return-value]


def cmd_detect(args: argparse.Namespace) -> int:
    from callcoach.detect import detect
    from callcoach.scenario import read_reply

    text, error = read_reply(_text(args.text))
    if text is None:
        print(f"error: {error['message']}", file=sys.stderr)
        return 2
    found = detect(text).to_json()
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
    else:
        for behaviour in found["behaviours"]:
            quotes = ", ".join(repr(text[a:b]) for a, b in found["evidence"][behaviour])
            print(f"{behaviour:<12} {quotes}")
        if not found["behaviours"]:
            print("(no behaviours found)")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from callcoach.detect.evaluate import evaluate, format_report

    records = []
    try:
        lines = Path(args.file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            assert isinstance(record, dict) and isinstance(record.get("text"), str) and isinstance(record.get("labels"), list)
        except (ValueError, AssertionError):
            print(f"{args.file}:{number}: expected a JSON object with 'text' and 'labels'", file=sys.stderr)
            return 2
        records.append(record)
    report = evaluate(records)
    print(json.dumps(report.to_json(), indent=2) if args.json else format_report(report))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from callcoach.scenario import check_reply

    scenario = _find("scenario", args.scenario)
    if isinstance(scenario, int):
        return scenario
    result = check_reply(scenario, _text(args.text))
    if not result["ok"]:
        print(f"error: {result['error']['message']}", file=sys.stderr)
        return 2
    keys = ("passed", "met", "missing", "forbidden", "feedback")
    if args.json:
        print(json.dumps({k: result[k] for k in keys} | {"praise": result["praise"]}, ensure_ascii=False, indent=2))
    else:
        print("PASSED" if result["passed"] else "NOT YET")
        for item in result["feedback"]:
            print(f"- {item['kind']} {item['behaviour']}: {item['text']}")
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    from callcoach.course import known_ids
    from callcoach.progress_merge import course_version
    from callcoach.roster import COLUMNS, roster_rows, to_csv

    course, problems = _load()
    if problems:
        return cmd_validate(argparse.Namespace(paths=None))
    data = course.to_json()
    rows, unreadable = roster_rows([Path(p) for p in args.files], known_ids(data), course_version(data))
    for message in unreadable:
        print(f"skipped {message}", file=sys.stderr)
    if args.csv:
        Path(args.csv).write_text(to_csv(rows), encoding="utf-8")
        print(f"Wrote {len(rows)} rows for {len(args.files) - len(unreadable)} learners to {args.csv}.")
    else:
        widths = {c: max([len(c)] + [len(r[c]) for r in rows]) for c in COLUMNS if c != "simulations"}
        print("  ".join(c.ljust(w) for c, w in widths.items()))
        for row in rows:
            print("  ".join(row[c].ljust(w) for c, w in widths.items()))
    return 1 if unreadable else 0


def cmd_export(args: argparse.Namespace) -> int:
    from callcoach.export import export

    paths = [*args.paths, *args.quizzes] or None
    course, problems = _load(paths)
    if problems:
        return cmd_validate(argparse.Namespace(paths=paths))
    if not course.quizzes:
        print("error: no quizzes to export", file=sys.stderr)
        return 2
    result = export(course.quizzes.values(), args.format)
    for skipped in result.skipped:
        print(f"warning: {skipped}", file=sys.stderr)
    out = args.out or ("-" if args.format == "gift" else str(_root() / "dist" / "question-bank-qti.zip"))
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(result.data)
        return 0
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_bytes(result.data)
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Wrote {result.questions} questions from {result.quizzes} quizzes to {out} ({len(result.skipped)} skipped).")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and help text)."""
    p = argparse.ArgumentParser(prog="python -m callcoach", description="Check, grade and inspect the course's quizzes.")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check quiz files; print every problem as path:line: message")
    v.add_argument("paths", nargs="*", help="files or folders (default: quizzes/)")
    v.set_defaults(run=cmd_validate)
    g = sub.add_parser("grade", help="grade a JSON answers file the way the browser does")
    g.add_argument("quiz", metavar="QUIZ_ID")
    g.add_argument("--answers", required=True, metavar="FILE", help="JSON object of question id to answer, or - for stdin")
    g.add_argument("--json", action="store_true", help="print the full result as JSON")
    g.set_defaults(run=cmd_grade)
    ls = sub.add_parser("list", help="list quizzes, scenarios and simulations")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(run=cmd_list)
    d = sub.add_parser("detect", help="show which call-handling behaviours a reply shows")
    d.add_argument("text", nargs="?", metavar="TEXT", help="the reply, or - (default) for standard input")
    d.add_argument("--json", action="store_true")
    d.set_defaults(run=cmd_detect)
    e = sub.add_parser("eval", help="precision, recall and F1 of the detector on a labelled JSON-lines file")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--json", action="store_true")
    e.set_defaults(run=cmd_eval)
    c = sub.add_parser("check", help="judge a reply against a scenario's rubric")
    c.add_argument("scenario", metavar="SCENARIO_ID")
    c.add_argument("text", nargs="?", metavar="TEXT", help="the reply, or - (default) for standard input")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=cmd_check)
    r = sub.add_parser("roster", help="merge learners' progress files into one table")
    r.add_argument("files", nargs="+", metavar="FILE")
    r.add_argument("--csv", metavar="OUT", help="write the table as CSV to OUT")
    r.set_defaults(run=cmd_roster)
    x = sub.add_parser("export", help="write every quiz question for a learning platform: Moodle GIFT or a QTI 2.1 zip")
    x.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: quizzes/)")
    x.add_argument("--quizzes", nargs="+", default=[], metavar="PATH", help="the same files or folders, given as an option")
    x.add_argument("--format", required=True, choices=("gift", "qti"), help="gift: Moodle GIFT text; qti: an IMS QTI 2.1 content package (zip)")
    x.add_argument("--out", metavar="FILE", help="where to write (default: standard output for gift, dist/question-bank-qti.zip for qti; - for standard output)")
    x.set_defaults(run=cmd_export)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit code."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
