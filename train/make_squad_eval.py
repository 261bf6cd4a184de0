"""Write eval/squad/: SQuAD 2.0 dev articles as a corpus of .txt files and their questions as gold.

    python -m train.make_squad_eval

- ``eval/squad/test/``: articles 26–30 of the dev file, every question (the reported split).
- ``eval/squad/tune/``: articles 21–25, a seeded sample of 300 questions (a quick gate for
  ``make test``; thresholds and k are chosen on the whole of 21–25).
Each article is its title line, then its paragraphs separated by blank lines.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from train.squad import DEV_TEST, DEV_TUNE, load  # noqa: E402

NOTICE = """# SQuAD 2.0 dev articles as `qa eval` sets

Made by `python -m train.make_squad_eval` from `../shared/data/qa-train/squad-v2.0-dev-30articles.json.gz`
(SQuAD 2.0, Rajpurkar, Jia and Liang 2018; Wikipedia text). Licence: CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); the questions and articles are reproduced
unchanged, each article as its title line followed by its paragraphs.

- `test/`: articles 26–30 of that file (Islamism, Imperialism, Warsaw, French and Indian War, Force),
  every question: the reported split, never tuned on.
- `tune/`: articles 21–25 (Immune system, IPCC, Prime number, Rhine, Scottish Parliament), a seeded
  sample of 300 questions: `make test` gates on it. The reader's thresholds and k were chosen on
  all questions of these five articles.

An unanswerable question has `"answerable": false`; `sources` names the article holding the paragraph.
"""


def article_id(n: int, title: str) -> str:
    return f"{n:02d}_{re.sub(r'[^A-Za-z0-9]+', '_', title).strip('_')}"


def write(split: str, articles: range, sample: int | None) -> None:
    out = ROOT / "eval" / "squad" / split
    shutil.rmtree(out / "corpus", ignore_errors=True)
    (out / "corpus").mkdir(parents=True)
    examples = load("v2_dev", articles=articles)
    texts: dict[int, tuple[str, list[str]]] = {}
    for e in examples:
        title, paras = texts.setdefault(e.article, (e.title.replace("_", " "), []))
        if len(paras) == e.paragraph:
            paras.append(e.context)
    for n, (title, paras) in texts.items():
        text = title + "\n\n" + "\n\n".join(paras) + "\n"
        (out / "corpus" / f"{article_id(n, title)}.txt").write_text(text, encoding="utf-8")
    if sample:
        examples = sorted(random.Random(21).sample(examples, sample), key=lambda e: (e.article, e.paragraph))
    with open(out / "gold.jsonl", "w", encoding="utf-8") as f:
        for e in examples:
            answers = list(dict.fromkeys(a for a, _ in e.answers))
            f.write(json.dumps({"id": e.qid, "question": e.question, "answers": answers,
                                "answerable": bool(answers),
                                "sources": [article_id(e.article, e.title.replace("_", " "))]},
                               ensure_ascii=False) + "\n")
    print(f"{out}: {len(texts)} articles, {len(examples)} questions")


def main() -> int:
    write("test", DEV_TEST, None)
    write("tune", DEV_TUNE, 300)
    (ROOT / "eval" / "squad" / "README.md").write_text(NOTICE, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
