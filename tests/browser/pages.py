"""Page objects for the course's widgets, so tests read like a learner's actions."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


class QuizWidget:
    """One quiz on a page."""

    def __init__(self, page: Page, quiz_id: str) -> None:
        self.page = page
        self.root: Locator = page.locator(f'[data-cc-quiz="{quiz_id}"]')

    def question(self, qid: str) -> Locator:
        return self.root.locator(f'[data-cc-question="{qid}"]')

    def choose(self, qid: str, text: str) -> QuizWidget:
        self.question(qid).get_by_label(text, exact=True).check()
        return self

    def tick(self, qid: str, texts: list[str]) -> QuizWidget:
        for text in texts:
            self.question(qid).get_by_label(text, exact=True).check()
        return self

    def order(self, qid: str, texts_in_order: list[str]) -> QuizWidget:
        for position, text in enumerate(texts_in_order, 1):
            item = self.question(qid).locator("li", has_text=text)
            item.locator("select").select_option(str(position))
        return self

    def match(self, qid: str, pairs: list[tuple[str, str]]) -> QuizWidget:
        items = self.question(qid).locator("li")
        for index, (_, right) in enumerate(pairs):
            items.nth(index).locator("select").select_option(label=right)
        return self

    def type(self, qid: str, text: str) -> QuizWidget:
        self.question(qid).locator("input[type=text]").fill(text)
        return self

    def submit(self) -> float:
        self.root.locator("[data-cc-submit]").click()
        result = self.root.locator("[data-cc-result]")
        expect(result.locator(".cc-score")).to_be_visible(timeout=60_000)
        return float(result.get_attribute("data-cc-score"))

    def wait_ready(self) -> None:
        expect(self.root).to_have_attribute("data-cc-engine", "ready", timeout=60_000)


def open_ready_quiz(page: Page, url: str, quiz) -> QuizWidget:
    """Open the page at url, bring `quiz` (an engine Quiz) into view, wait for the engine, and answer it all right."""
    page.goto(url)
    widget = QuizWidget(page, quiz.id)
    widget.root.scroll_into_view_if_needed()
    widget.wait_ready()
    answer_all_right(widget, quiz)
    return widget


def answer_all_right(widget: QuizWidget, quiz) -> None:
    """Answer every question of `quiz` (an engine Quiz) correctly through the page."""
    for q in quiz.questions:
        qid = q.common.id
        if q.kind == "single":
            widget.choose(qid, next(o.text for o in q.options if o.correct))
        elif q.kind == "multiple":
            widget.tick(qid, [o.text for o in q.options if o.correct])
        elif q.kind == "true_false":
            widget.choose(qid, "True" if q.answer else "False")
        elif q.kind == "ordering":
            widget.order(qid, list(q.items))
        elif q.kind == "matching":
            widget.match(qid, list(q.pairs))
        else:
            widget.type(qid, q.accept[0])
