"""The authoring bad-input catalogue: each case is a file (under quizzes/ of a copy of the course) and its content."""

from __future__ import annotations

QUIZ_HEAD = "schema: 1\nid: zz-quiz\nmodule: 3\ntitle: Broken\npass_mark: 70\nquestions:\n"
Q = "  - id: zz-q1\n    type: {type}\n    prompt: Which?\n    explanation: Because.\n    lesson: \"#what-it-means\"\n"
SIM_HEAD = "schema: 1\nid: sim-zz\nmodule: 8\ntitle: Broken call\nintro: A call.\nmood: {start: 3}\nstart: a\nnodes:\n"
END = "  done:\n    ending: resolved\n    customer: Thanks.\n    summary: Fine.\n"
SCEN = (
    "schema: 1\nid: zz-scenario\nmodule: 4\ntitle: T\nsituation: S.\ncustomer: C.\n"
    "rubric:\n  required: [{req}]\n  forbidden: [blame]\nfeedback:\n  acknowledge: A.\n  blame: B.\n"
    "expert: {expert}\nlesson: \"#how-to-do-it\"\nmodel_reply: M.\n"
)

CASES: list[tuple[str, str, str | bytes]] = [
    ("YAML syntax error", "quizzes/zz.yml", 'schema: 1\nid: "unclosed\n'),
    ("tab indentation", "quizzes/zz.yml", "schema: 1\nquestions:\n\t- id: x\n"),
    ("wrong type", "quizzes/zz.yml", QUIZ_HEAD.replace("pass_mark: 70", "pass_mark: seventy") + Q.format(type="short_text") + "    accept: [x]\n"),
    ("unknown key", "quizzes/zz.yml", QUIZ_HEAD.replace("title:", "titel:") + Q.format(type="short_text") + "    accept: [x]\n"),
    ("duplicate question ids", "quizzes/zz.yml", QUIZ_HEAD + (Q.format(type="short_text") + "    accept: [x]\n") * 2),
    ("duplicate keys", "quizzes/zz.yml", QUIZ_HEAD.replace("module: 3\n", "module: 3\nmodule: 4\n") + Q.format(type="short_text") + "    accept: [x]\n"),
    ("empty file", "quizzes/zz.yml", "# nothing yet\n"),
    ("not UTF-8", "quizzes/zz.yml", b"schema: 1\ntitle: caf\xe9\n"),
    ("10 MB file", "quizzes/zz.yml", "# " + "x" * 10_000_000 + "\n"),
    ("unknown question type", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="essay")),
    ("no correct answer", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="single") + "    options:\n      - text: A\n      - text: B\n"),
    ("options written as plain text", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="multiple") + "    options: [A, B]\n"),
    ("ordering with 2 items", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="ordering") + "    items: [one, two]\n"),
    ("matching with unequal sides", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="matching") + "    pairs:\n      - {left: a, right: x}\n      - {left: b, right: x}\n      - {left: c, right: y}\n"),
    ("dangling expert", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="matching") + "    experts: [hyken, squillaro, nobody]\n"),
    ("link to a missing section", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="short_text").replace("#what-it-means", "#nowhere") + "    accept: [x]\n"),
    ("module that does not exist", "quizzes/zz.yml", QUIZ_HEAD.replace("module: 3", "module: 42") + Q.format(type="short_text") + "    accept: [x]\n"),
    ("pass mark out of range", "quizzes/zz.yml", QUIZ_HEAD.replace("pass_mark: 70", "pass_mark: 170") + Q.format(type="short_text") + "    accept: [x]\n"),
    ("questions not a list", "quizzes/zz.yml", QUIZ_HEAD + "  oops: true\n"),
    ("empty prompt", "quizzes/zz.yml", QUIZ_HEAD + Q.format(type="short_text").replace("Which?", '""') + "    accept: [x]\n"),
    ("expert without a quote", "quizzes/experts.yml", "schema: 1\nexperts:\n  - id: a\n    expert: A\n    role: R\n    organisation: O\n    tip: 1\n"),
    ("scenario: unknown behaviour", "quizzes/scenarios/zz.yml", SCEN.format(req="acknowledge, shouting", expert="hyken")),
    ("scenario: dangling expert", "quizzes/scenarios/zz.yml", SCEN.format(req="acknowledge", expert="nobody")),
    ("simulation: unknown target", "quizzes/simulations/zz.yml", SIM_HEAD + "  a:\n    customer: Hi.\n    turn:\n      kind: choice\n      choices:\n        - {text: X, feedback: F, next: done}\n        - {text: Y, feedback: F, next: nowhere}\n" + END),
    ("simulation: unreachable node", "quizzes/simulations/zz.yml", SIM_HEAD + "  a:\n    customer: Hi.\n    turn:\n      kind: choice\n      choices:\n        - {text: X, feedback: F, next: done}\n        - {text: Y, feedback: F, next: done}\n  island:\n    ending: lost\n    customer: Bye.\n    summary: S.\n" + END),
    ("simulation: loop with no ending", "quizzes/simulations/zz.yml", SIM_HEAD + "  a:\n    customer: Hi.\n    turn:\n      kind: choice\n      choices:\n        - {text: X, feedback: F, next: b}\n        - {text: Y, feedback: F, next: done}\n  b:\n    customer: Again.\n    turn:\n      kind: reply\n      routes:\n        - {otherwise: true, feedback: F, next: b}\n" + END),
    ("simulation: choice without feedback", "quizzes/simulations/zz.yml", SIM_HEAD + "  a:\n    customer: Hi.\n    turn:\n      kind: choice\n      choices:\n        - {text: X, next: done}\n        - {text: Y, feedback: F, next: done}\n" + END),
]

EXPECTED = {
    'YAML syntax error': 'quizzes/zz.yml:3:1: YAML syntax error: found unexpected end of stream (scanning a quoted scalar that starts on line 2)',
    'tab indentation': 'quizzes/zz.yml:3:1: YAML syntax error: found a tab character that cannot start any token (scanning for the next token); YAML does not allow tabs for indentation, use spaces',
    'wrong type': 'quizzes/zz.yml:5:1: pass_mark: must be a whole number, got text',
    'unknown key': "quizzes/zz.yml:1:1: missing required key 'title'",
    'duplicate question ids': "quizzes/zz.yml:13:5: questions[1].id: duplicate question id 'zz-q1'",
    'duplicate keys': "quizzes/zz.yml:4:1: duplicate key 'module' (first given on line 3)",
    'empty file': 'quizzes/zz.yml:1: file is empty',
    'not UTF-8': 'quizzes/zz.yml:2: not valid UTF-8 (byte 0xe9); save the file as UTF-8',
    '10 MB file': 'quizzes/zz.yml:1: file is 10,000,003 bytes; the limit is 1,000,000',
    'unknown question type': "quizzes/zz.yml:8:5: questions[0].type: unknown question type 'essay' (text); use one of: matching, multiple, ordering, short_text, single, true_false",
    'no correct answer': 'quizzes/zz.yml:7:5: questions[0]: a single-answer question needs exactly one correct option, found 0',
    'options written as plain text': "quizzes/zz.yml:7:5: questions[0]: no correct answer: mark at least one option 'correct: true'",
    'ordering with 2 items': 'quizzes/zz.yml:12:5: questions[0].items: needs at least 3 entries, got 2',
    'matching with unequal sides': 'quizzes/zz.yml:7:5: questions[0]: the right-hand items must be different from each other (unequal sides)',
    'dangling expert': "quizzes/zz.yml:12:33: questions[0].experts[2]: unknown expert 'nobody' (not in experts.yml)",
    'link to a missing section': "quizzes/zz.yml:11: questions[0].lesson: no section '#nowhere' in modules/03-dont-take-it-personally.md",
    'module that does not exist': 'quizzes/zz.yml:3: module: no module 42 in course.yml',
    'pass mark out of range': 'quizzes/zz.yml:5:1: pass_mark: must be between 0 and 100, got 170',
    'questions not a list': 'quizzes/zz.yml:6:1: questions: must be a list, got a mapping',
    'empty prompt': 'quizzes/zz.yml:9:5: questions[0].prompt: must not be empty',
    'expert without a quote': "quizzes/experts.yml:3:5: experts[0]: missing required key 'quote'",
    'scenario: unknown behaviour': "quizzes/scenarios/zz.yml:8:27: rubric.required[1]: unknown behaviour 'shouting' (one of: acknowledge, apology, clarify, options, commit, policy, escalate, boundary, blame, antagonize, hedge)",
    'scenario: dangling expert': "quizzes/scenarios/zz.yml:13: expert: unknown expert 'nobody' (not in experts.yml)",
    'simulation: unknown target': "quizzes/simulations/zz.yml:9:3: nodes.a: route 2 goes to unknown node 'nowhere'",
    'simulation: unreachable node': "quizzes/simulations/zz.yml:16:3: nodes.island: node 'island' cannot be reached from the start",
    'simulation: loop with no ending': "quizzes/simulations/zz.yml:16:3: nodes.b: node 'b' can never reach an ending (a loop with no way out)",
    'simulation: choice without feedback': "quizzes/simulations/zz.yml:14:11: nodes.a.turn.choices[0]: missing required key 'feedback'",
}
