"""Transcripts (qa.speakers): a speaker's "I" is read as their name, and an answer found there is
the name in the speaker's label, quoted with the words it answers from."""

from __future__ import annotations

import pytest

from qa.config import Settings
from qa.evaluate import grounded
from qa.extract import extract
from qa.index import open_index
from qa.reader import Reading, Span
from qa.retrieve import retrieve
from qa.speakers import as_read, speaker_lines
from tests.conftest import CARD, write_corpus

CHAT = ("Group chat: Porthmere trip\n\n"
        "10:41 marco: ok are we doing porthmere in august or not\n"
        "10:42 jen: yes!! I checked the ferry, 22 euros return\n"
        "10:43 marco: nice. I'll book the cottage tonight then\n"
        "10:45 jen: wait. My sister's wedding is on the 9th, I'm out that week\n"
        "10:46 marco: ok then 21-24 aug. jen can you do the ferry?\n"
        "10:47 jen: sure, I'll book it at lunch\n")
MEETING = ("Millbrook Town Council, 14 January 2026\n"
           "Present: Dana Whitlock (Chair), Raj Patel, Ellen Moss\n\n"
           "CHAIR (Dana Whitlock): Let's start with the library roof.\n\n"
           "ELLEN MOSS: If we wait, the leaks get worse. I move that we accept the Hartley bid.\n\n"
           "RAJ PATEL: I'll second it.\n\n"
           "CHAIR (Dana Whitlock): The motion passes.\n")
NEWS = ("Putin will visit India on December 4-5, the Kremlin said.\n"
        "\"I am sure the visit will be a success,\" Peskov told reporters.\n"
        "Note: this story was updated at 10:45.\n"
        "The summit is the 23rd annual meeting.\n")


def test_a_chat_and_a_meeting_are_transcripts_and_news_is_not():
    chat = speaker_lines(CHAT)
    assert [CHAT[ln.name_start:ln.name_end] for ln in chat] == [
        "Group chat", "marco", "jen", "marco", "jen", "marco", "jen"]
    meeting = speaker_lines(MEETING)
    # the name in a role's parentheses, not the role
    assert [MEETING[ln.name_start:ln.name_end] for ln in meeting] == [
        "Present", "Dana Whitlock", "ELLEN MOSS", "RAJ PATEL", "Dana Whitlock"]
    assert speaker_lines(NEWS) == []


def test_i_reads_as_the_speakers_name_and_maps_back_to_the_label():
    lines = speaker_lines(CHAT)
    start = CHAT.index("10:43")
    m = as_read(CHAT, lines, start, len(CHAT))
    assert "10:43 marco: nice. marco will book the cottage tonight then" in m.text
    assert "10:45 jen: wait. jen's sister's wedding is on the 9th, jen is out that week" in m.text
    assert "10:47 jen: sure, jen will book it at lunch" in m.text
    put_in = m.text.index("jen will book")
    s, e, reach = m.span(put_in, put_in + 3)
    label = CHAT.index("jen: sure")
    assert (s, e) == (label, label + 3)  # the name in the label, an exact slice
    assert CHAT[reach - len("I'll"):reach] == "I'll"  # the evidence runs to the "I'll" it stood for
    assert m.span(put_in, put_in + len("jen will")) is None  # "will" was never in the article
    copied = m.text.index("the cottage")
    assert m.span(copied, copied + 11) == (CHAT.index("the cottage"), CHAT.index("the cottage") + 11,
                                           CHAT.index("the cottage") + 11)


def test_a_lower_case_i_is_first_person_only_where_names_are_typed_in_lower_case():
    lines = speaker_lines(CHAT.replace("I'll book it", "i'll book it"))
    assert "jen will book it" in as_read(CHAT.replace("I'll book it", "i'll book it"), lines, 0, len(CHAT)).text
    text = "ANNA: We need option i or ii.\nBEN: Option i.\nANNA: Fine.\nBEN: Done.\n"
    assert "option i or ii" in as_read(text, speaker_lines(text), 0, len(text)).text


class FindsTheSpeaker:
    """Answers with the name put in for the first "I" of the passage (where the reader finds it)."""

    card = CARD

    def read(self, question, passages, top=20):
        spans = []
        for i, p in enumerate(passages):
            at = p.find("jen will book it")
            if at >= 0:
                spans.append(Span(i, at, at + 3, 9.0, 0.0, i))
        return Reading(tuple(spans), 0.0, tuple(0.0 for _ in passages), tuple(range(len(passages))))


def test_the_answer_is_the_label_and_the_quote_holds_what_the_speaker_said(tmp_path, fake_models):
    corpus = write_corpus(tmp_path / "corpus", {"trip.txt": CHAT})
    index = open_index(corpus, tmp_path / "index", Settings(), fake_models)
    hits, _ = retrieve(index, "Who is booking the ferry?", index.settings.k_support)
    a = extract(index, "Who is booking the ferry?", hits, FindsTheSpeaker())
    assert a.text == "jen"
    assert a.quote == "10:47 jen: sure, I'll book it at lunch"
    assert grounded(a, index)


@pytest.mark.xfail(strict=True, reason="the GPU-trained reader picks 'marco' (span score 6.8) over 'jen' (5.6) on this "
                   "chat; the CPU-trained reader before it named jen")
def test_the_real_reader_names_the_speaker(tmp_path, fake_models):
    corpus = write_corpus(tmp_path / "corpus", {"trip.txt": CHAT})
    index = open_index(corpus, tmp_path / "index", Settings(), fake_models)
    hits, _ = retrieve(index, "Who checked the ferry price?", index.settings.k_support)
    a = extract(index, "Who checked the ferry price?", hits, index.reader)
    assert a.text == "jen"  # "10:42 jen: yes!! I checked the ferry, 22 euros return"
    assert a.quote == "10:42 jen: yes!! I checked the ferry, 22 euros return"
    assert grounded(a, index)
