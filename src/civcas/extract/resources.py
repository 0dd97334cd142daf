"""Build one phrase table per language from its lexicon files."""

from __future__ import annotations

from functools import cache
from typing import Any

from civcas.extract.lexicon import PhraseTable
from civcas.lang import Language, load


def _entries(lang: Language) -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []

    def add_map(category: str, table: dict) -> None:
        # {payload: [phrases]}
        for payload, phrases in table.items():
            for phrase in phrases:
                out.append((phrase, category, payload))

    def add_values(category: str, table: dict) -> None:
        # {phrase: payload}
        for phrase, payload in table.items():
            out.append((phrase, category, payload))

    def add_list(category: str, phrases: list) -> None:
        for phrase in phrases:
            out.append((phrase, category, True))

    add_map("harm", lang.table("harm"))
    groups = lang.table("groups")
    add_map("group", groups.get("plural", {}))
    add_map("singular", groups.get("singular", {}))
    add_map("noun_gender", groups.get("gender", {}))
    add_map("dual", groups.get("dual", {}))
    add_map("dual_harm", groups.get("dual_harm", {}))
    add_map("singular_harm", groups.get("singular_harm", {}))
    add_map("counted_pair", groups.get("counted_pair", {}))
    add_list("told_harm", groups.get("told_harm", []))
    add_list("another", groups.get("another", []))
    add_list("others", groups.get("others", []))
    add_list("dual_others", groups.get("dual_others", []))
    add_list("one_of_them", groups.get("one_of_them", []))
    add_list("including", groups.get("including", []))
    add_list("of_them", groups.get("of_them", []))
    add_list("copula", groups.get("copula", []))
    add_list("civilian_word", groups.get("civilian_words", []))
    add_list("adjectival", groups.get("adjectival", []))
    add_list("attributive", groups.get("attributive", []))
    numbers = lang.table("numbers")
    add_values("number", numbers.get("words", {}))
    add_values("multiplier", numbers.get("multipliers", {}))
    add_list("joiner", numbers.get("joiners", []))
    add_list("indefinite", numbers.get("indefinite", []))
    add_list("postnominal", numbers.get("postnominal", []))
    add_list("definite", numbers.get("definite", []))
    add_list("needs_noun", numbers.get("needs_noun", []))
    add_list("partitive", numbers.get("partitive", []))
    add_list("filler", lang.table("context").get("filler", []))
    quant = lang.table("quantifiers")
    add_values("quantity", quant.get("figures", {}))
    add_map("modifier", quant.get("before", {}))
    add_map("modifier_after", quant.get("after", {}))
    add_list("range", quant.get("range", []))
    add_list("between", quant.get("between", []))
    add_map("belligerent", lang.table("belligerents"))
    add_map("strike", lang.table("strikes"))
    add_list("attack", lang.table("attacks").get("cues", []))
    add_list("strike_event", lang.table("attacks").get("events", []))
    add_list("support", lang.table("attacks").get("support", []))
    add_list("war", lang.table("attacks").get("war", []))
    add_list("war_target", lang.table("attacks").get("war_target", []))
    add_list("concurrent", lang.table("attacks").get("concurrent", []))
    add_list("recap", lang.table("attacks").get("recap", []))
    add_map("site", lang.table("sites"))
    dates = lang.table("dates")
    add_values("month", dates.get("months", {}))
    add_values("weekday", dates.get("weekdays", {}))
    add_values("relative", dates.get("relative", {}))
    add_list("time_of_day", dates.get("time_of_day", []))
    add_list("day_link", dates.get("day_links", []))
    add_list("day_of", dates.get("day_of", []))
    add_list("day_clitic", dates.get("day_clitics", []))
    add_values("ordinal", dates.get("ordinals", {}))
    add_list("ordinal_suffix", dates.get("ordinal_suffixes", []))
    add_list("year_word", dates.get("year_words", []))
    add_list("year_before", dates.get("year_before", []))
    add_list("year_determiner", dates.get("year_determiners", []))
    add_list("year_other", dates.get("year_others", []))
    add_list("date_other", dates.get("date_others", []))
    add_list("date_topic", dates.get("date_topics", []))
    add_values("month_offset", dates.get("month_offsets", {}))
    add_list("past_before", dates.get("past_before", []))
    add_list("past_after", dates.get("past_after", []))
    add_list("same_day_before", dates.get("same_day_before", []))
    add_list("same_day_after", dates.get("same_day_after", []))
    add_list("since", dates.get("since", []))
    add_list("night_before", dates.get("night_before", []))
    add_list("night_after", dates.get("night_after", []))
    add_list("night_joiner", dates.get("night_joiners", []))
    add_list("published_label", dates.get("published_labels", []))
    speakers = lang.table("speakers")
    add_map("speaker", speakers.get("kinds", {}))
    add_list("attribution", speakers.get("attribution", []))
    add_list("denial", speakers.get("denial", []))
    add_list("clause_speech", speakers.get("clause_speech", []))
    add_list("denied_report", speakers.get("denied_report", []))
    add_list("responsibility", speakers.get("responsibility", []))
    add_list("claims_by", speakers.get("claims_by", []))
    add_list("according_to", speakers.get("according_to", []))
    add_list("acknowledgement", speakers.get("acknowledgement", []))
    context = lang.table("context")
    for category in ("total", "preliminary", "background", "background_span", "record", "state_since", "unit_after", "unit_before", "family_of", "name_head", "not_in_name", "own_state", "victim_place_before", "list_cue", "weak_harm",
                     "bystander_before", "bystander_after", "origin", "held_origin_before", "held_origin_after", "around_name", "mishap", "died_of", "wounds_of", "unsaid_harm",
                     "where_clause", "relative_pronoun", "resumptive_in", "list_joiner", "name_list", "among", "place_list_before", "further_strike",
                     "interrogative", "plural_harm_verb", "clause_opener", "harm_predicate", "unit_modifiers", "negation",
                     "negation_of_noun", "denial_noun", "negated_count", "unprevented", "prevent_after_modal",
                     "modal_negation", "apposition_article", "naming", "name_particle", "name_link", "count_question",
                     "auxiliary", "progressive", "prevent_object", "demand_verb", "demand_link", "object_stop", "bare_count_after", "toll_rise", "age_word", "intransitive_harm",
                     "negated_result", "result_link", "exception", "verb_negation", "not_only",
                     "possessor_link", "object_damage", "tally_attack", "tally_back", "other_outcome", "bereavement_verb", "period_lead", "period_unit", "period_unit_long", "period_span", "period_span_long", "period_dates", "hour_word", "rank_word", "result_verb", "also", "war_toll", "escalation_toll", "many_places", "many_places_within",
                     "unmade_detention", "unmade_verb", "unmade_gap_break", "detention_noun",
                     "earlier_event", "perfect_particle", "other_event_word", "cites_verb", "age_unit", "site_aside_before", "site_to", "taken_to_verb", "separate_event", "elsewhere_opener", "wider_event"):
        add_list(category, context.get(category, []))
    for category in ("one_victim_harm", "one_victim_object"):  # {grammatical gender: [phrases]}
        add_map(category, context.get(category, {}))
    return out


@cache
def phrase_table(codes: tuple[str, ...]) -> PhraseTable:
    """One table for the document's language and, after it, the others: pages
    quote across languages (an Arabic post with an English caption), and
    lexicons in different scripts do not collide."""
    langs = [load(code) for code in codes]
    articles = tuple(dict.fromkeys(a for lang in langs for a in lang.table("clitics").get("articles", [])))
    return PhraseTable(langs[0], [entry for lang in langs for entry in _entries(lang)], articles)


@cache
def endings(codes: tuple[str, ...], table: str, key: str) -> tuple[str, ...]:
    """Word endings a language lists under `key` in one of its tables: how a dual written
    with its vowels ends ("مواطنَين": a fatha before the ending, where the plural
    "مواطنِين" has a kasra), how a participle ends ("working")."""
    return tuple(e for code in codes for e in load(code).table(table).get(key, []))
